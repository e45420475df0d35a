// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/elidedtooltips.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemView>
#include <QHelpEvent>
#include <QStyleOptionViewItem>
#include <QToolTip>

namespace spotter {

ElidedToolTips::ElidedToolTips(QAbstractItemView *view) : QObject(view), m_view(view) {}

void ElidedToolTips::install(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new ElidedToolTips(view));
}

bool ElidedToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
        return QObject::eventFilter(watched, event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    if (!index.isValid() || !index.data(Qt::ToolTipRole).toString().isEmpty())
        return QObject::eventFilter(watched, event);
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect rect = m_view->visualRect(index);
    QStyleOptionViewItem option;
    option.initFrom(m_view->viewport());
    option.rect = rect;
    option.font = m_view->font();
    option.textElideMode = m_view->textElideMode();
    // What the cell would need to show everything, as its own delegate measures it.
    const QSize needed = m_view->itemDelegateForIndex(index)->sizeHint(option, index);
    if (text.isEmpty() || (needed.width() <= rect.width() && needed.height() <= rect.height()))
        return QObject::eventFilter(watched, event);
    QToolTip::showText(help->globalPos(), text, m_view->viewport(), rect);
    return true;
}

} // namespace spotter
