// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;

namespace spotter {

/// "The lift before it" and "it was one-sided" of the check-in. Naming the lift is optional (the
/// session's lifts are used otherwise); choosing a one-sided lift of the catalogue ticks
/// "one-sided", which the lifter can untick.
class LiftPicker : public QWidget
{
    Q_OBJECT

public:
    struct Choice
    {
        QString name;
        bool unilateral = false;
    };

    explicit LiftPicker(QWidget *parent = nullptr);

    /// The lifts offered by name; "From the session" is always offered first. The chosen lift is
    /// kept.
    void setLifts(const QList<Choice> &lifts);
    /// Shows a stored answer (a lift the catalogue no longer has is kept), without emitting
    /// changed() and without ticking one-sided on its own.
    void setAnswer(const QString &lift, bool oneSided);

    [[nodiscard]] QString lift() const; ///< empty: from the session
    [[nodiscard]] bool oneSided() const;

    [[nodiscard]] QComboBox *combo() const { return m_lift; }
    [[nodiscard]] QCheckBox *oneSidedBox() const { return m_oneSided; }

signals:
    void changed();

private:
    void choose(const QString &name);

    QComboBox *m_lift;
    QCheckBox *m_oneSided;
    bool m_setting = false;
};

} // namespace spotter
