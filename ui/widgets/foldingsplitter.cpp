// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/foldingsplitter.h"

#include <QResizeEvent>

namespace spotter {

FoldingSplitter::FoldingSplitter(int foldBelow, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent), m_foldBelow(foldBelow)
{
    setChildrenCollapsible(false);
}

void FoldingSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    const Qt::Orientation wanted = event->size().width() < m_foldBelow ? Qt::Vertical : Qt::Horizontal;
    if (wanted == orientation())
        return;
    setOrientation(wanted);
    if (wanted == Qt::Vertical)
        setSizes({3 * height() / 5, 2 * height() / 5});
}

} // namespace spotter
