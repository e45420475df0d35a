// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace spotter {

/// The house policy against silent edits: the mouse wheel changes a spin box, a date or time
/// edit, a combo box or a slider only when it has the keyboard focus. Over any other such field
/// the wheel scrolls what holds it, as if the field were not there; the wheel never gives them
/// focus either. One filter on the application applies it to every widget, present and future.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    /// Installs the one guard on the application (again is harmless).
    static void install();
    /// Whether @p widget is a field the policy covers.
    [[nodiscard]] static bool isGuarded(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace spotter
