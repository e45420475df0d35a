// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QWidget;

namespace spotter {

/// Makes Tab visit @p widgets in this order (the order the eye reads the dialog), whatever order
/// they were created in; hidden and disabled ones are skipped by Tab as usual. A dialog button
/// box orders its own buttons for the platform: leave them out.
void chainTabOrder(const QList<QWidget *> &widgets);

} // namespace spotter
