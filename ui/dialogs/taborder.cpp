// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/taborder.h"

#include <QWidget>

namespace spotter {

void chainTabOrder(const QList<QWidget *> &widgets)
{
    for (qsizetype i = 0; i + 1 < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i), widgets.at(i + 1));
}

} // namespace spotter
