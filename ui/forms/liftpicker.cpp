// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/liftpicker.h"

#include "widgets/wrappedcheckbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

namespace spotter {

namespace {
constexpr int kUnilateralRole = Qt::UserRole + 1;
}

LiftPicker::LiftPicker(QWidget *parent) : QWidget(parent), m_lift(new QComboBox(this))
{
    // The examples make the text long; it wraps rather than widen the soreness form (issue 16).
    auto *oneSided = new WrappedCheckBox(tr("A one-sided lift (split s&quat, one-arm row)"), this);
    oneSided->useMnemonic();
    m_oneSided = oneSided->checkBox();
    m_lift->setAccessibleName(tr("The lift before it"));
    m_lift->setToolTip(
        tr("Name the lift if it was not the session's main one: the advice names what to leave out"));
    m_lift->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_lift->setMinimumContentsLength(14);
    m_lift->addItem(tr("From the session"), QString());
    m_oneSided->setToolTip(tr("After a one-sided lift, soreness on one side is expected"));
    auto *label = new QLabel(tr("The li&ft before it:"), this);
    label->setBuddy(m_lift);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_lift);
    layout->addWidget(oneSided);

    connect(m_lift, &QComboBox::currentIndexChanged, this, [this] {
        if (m_setting)
            return;
        if (m_lift->currentData(kUnilateralRole).toBool())
            m_oneSided->setChecked(true); // emits changed() itself
        emit changed();
    });
    connect(m_oneSided, &QCheckBox::toggled, this, [this] {
        if (!m_setting)
            emit changed();
    });
}

void LiftPicker::setLifts(const QList<Choice> &lifts)
{
    const QString current = lift();
    m_setting = true;
    while (m_lift->count() > 1)
        m_lift->removeItem(1);
    for (const Choice &c : lifts) {
        m_lift->addItem(c.name, c.name);
        m_lift->setItemData(m_lift->count() - 1, c.unilateral, kUnilateralRole);
    }
    choose(current);
    m_setting = false;
}

void LiftPicker::setAnswer(const QString &name, bool oneSided)
{
    m_setting = true;
    choose(name);
    m_oneSided->setChecked(oneSided);
    m_setting = false;
}

void LiftPicker::choose(const QString &name)
{
    int index = name.isEmpty() ? 0 : m_lift->findData(name);
    if (index < 0) {
        // A lift named in a stored report that the catalogue no longer has: keep it.
        m_lift->addItem(name, name);
        index = m_lift->count() - 1;
    }
    m_lift->setCurrentIndex(index);
}

QString LiftPicker::lift() const
{
    return m_lift->currentData().toString();
}

bool LiftPicker::oneSided() const
{
    return m_oneSided->isChecked();
}

} // namespace spotter
