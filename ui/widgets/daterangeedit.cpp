// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/daterangeedit.h"

#include "model/clock.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace spotter {

DateRangeEdit::DateRangeEdit(QWidget *parent)
    : QWidget(parent)
    , m_fromOn(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(this))
    , m_toOn(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(this))
{
    const QDate today = Clock::today();
    m_from->setDate(today.addMonths(-3));
    m_to->setDate(today);
    for (QDateEdit *edit : {m_from, m_to}) {
        // ISO dates, as the files and the command line write them.
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &DateRangeEdit::changed);
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromOn, &QCheckBox::toggled, this, &DateRangeEdit::changed);
    connect(m_toOn, &QCheckBox::toggled, this, &DateRangeEdit::changed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fromOn);
    layout->addWidget(m_from);
    layout->addSpacing(12);
    layout->addWidget(m_toOn);
    layout->addWidget(m_to);
    layout->addStretch(1);
    setToolTip(tr("Leave both unticked for everything"));
    setFocusProxy(m_fromOn); // a form label's mnemonic ("&Range:") lands on the first box
}

std::optional<QDate> DateRangeEdit::from() const
{
    return m_fromOn->isChecked() ? std::optional(m_from->date()) : std::nullopt;
}

std::optional<QDate> DateRangeEdit::to() const
{
    return m_toOn->isChecked() ? std::optional(m_to->date()) : std::nullopt;
}

void DateRangeEdit::setRange(std::optional<QDate> from, std::optional<QDate> to)
{
    m_fromOn->setChecked(from.has_value());
    if (from)
        m_from->setDate(*from);
    m_toOn->setChecked(to.has_value());
    if (to)
        m_to->setDate(*to);
}

} // namespace spotter
