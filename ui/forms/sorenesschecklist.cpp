// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/sorenesschecklist.h"

#include "analysis/checkinquestions.h"
#include "shell/icons.h"
#include "widgets/badges.h"
#include "widgets/wrappedcheckbox.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace spotter {

namespace {

/// Red flags grouped by what a lifter would notice, not by the rule they trigger.
struct FlagGroup
{
    const char *title;
    QList<RedFlag> flags;
};

QList<FlagGroup> flagGroups()
{
    return {
        {QT_TRANSLATE_NOOP("spotter::SorenessForm", "Head, chest, or a tearing pain"),
         {RedFlag::SuddenHeadache, RedFlag::ChestPain, RedFlag::TearingPain}},
        {QT_TRANSLATE_NOOP("spotter::SorenessForm", "Numbness, weakness or balance"),
         {RedFlag::SaddleNumbness, RedFlag::BothLegs, RedFlag::SevereLegWeakness, RedFlag::LegWeakness,
          RedFlag::OneLegNerve, RedFlag::ClumsyHands, RedFlag::WalkingChange, RedFlag::Balance}},
        {QT_TRANSLATE_NOOP("spotter::SorenessForm", "Bladder, bowel or sex"),
         {RedFlag::BladderBowel, RedFlag::SexualDysfunction}},
        {QT_TRANSLATE_NOOP("spotter::SorenessForm", "How it started"), {RedFlag::Accident}},
        {QT_TRANSLATE_NOOP("spotter::SorenessForm", "The joint or the limb"),
         {RedFlag::HotJoint, RedFlag::PaleColdLimb}},
        {QT_TRANSLATE_NOOP("spotter::SorenessForm", "How the pain behaves"),
         {RedFlag::NightPain, RedFlag::SleepDisrupted, RedFlag::CoughSneeze, RedFlag::UpperBackSpinal,
          RedFlag::BackLump}},
        {QT_TRANSLATE_NOOP("spotter::SorenessForm", "Your body in general"),
         {RedFlag::DarkUrine, RedFlag::LittleUrine, RedFlag::VeryUnwell, RedFlag::Fever,
          RedFlag::WeightLoss}},
    };
}

} // namespace

SorenessChecklist::SorenessChecklist(QWidget *parent)
    : QWidget(parent)
    , m_showAll(new QCheckBox(tr("Show &every question"), this))
    , m_moreQuestions(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildSigns());
    layout->addWidget(buildRedFlags());
    m_moreQuestions->setWordWrap(true);
    QFont small = m_moreQuestions->font();
    small.setItalic(true);
    m_moreQuestions->setFont(small);
    layout->addWidget(m_moreQuestions);
    layout->addWidget(m_showAll);
    m_showAll->setToolTip(
        tr("Something else to tell? Every answer counts, whichever part of the body it is"));

    for (QCheckBox *box : m_signs.values() + m_redFlags.values()) {
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                emit changed();
        });
    }
    connect(m_showAll, &QCheckBox::toggled, this, &SorenessChecklist::updateAsked);
    updateAsked();
}

QWidget *SorenessChecklist::buildSigns()
{
    auto *box = new QGroupBox(tr("Signs — tick what is true"), this);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(4);
    for (Sign s : allValues(kSignKeys))
        m_signs.insert(s, addCheck(layout, displayName(s)));
    return box;
}

QWidget *SorenessChecklist::buildRedFlags()
{
    auto *box = new QGroupBox(tr("Red flags — tick anything that applies"), this);
    box->setAccessibleDescription(tr("Any of these means: see a doctor"));
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(4);
    auto *intro =
        new QLabel(tr("Any of these means Spotter will tell you to see a doctor, and how soon."), box);
    intro->setWordWrap(true);
    auto *icon = new QLabel(box);
    icon->setPixmap(
        Icons::get(iconName(SorenessClass::SeeDoctor)).pixmap(QSize(20, 20), devicePixelRatioF()));
    auto *introRow = new QHBoxLayout;
    introRow->addWidget(icon, 0, Qt::AlignTop);
    introRow->addWidget(intro, 1);
    layout->addLayout(introRow);
    for (const FlagGroup &group : flagGroups()) {
        auto *title = new QLabel(QCoreApplication::translate("spotter::SorenessForm", group.title), box);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setContentsMargins(0, 4, 0, 0);
        layout->addWidget(title);
        for (RedFlag f : group.flags)
            m_redFlags.insert(f, addCheck(layout, displayName(f)));
        m_groups.append({title, group.flags});
    }
    return box;
}

QCheckBox *SorenessChecklist::addCheck(QBoxLayout *layout, const QString &text)
{
    auto *check = new WrappedCheckBox(text, this);
    layout->addWidget(check);
    return check->checkBox();
}

void SorenessChecklist::setRegion(std::optional<Region> region)
{
    if (region == m_region)
        return;
    m_region = region;
    updateAsked();
}

void SorenessChecklist::updateAsked()
{
    const CheckinQuestions asked = checkinQuestions(m_region);
    const bool all = m_showAll->isChecked();
    int hidden = 0;
    const auto show = [&](QCheckBox *box, bool relevant) {
        // A ticked answer stays in sight: it counts, so the lifter must be able to see and untick it.
        const bool visible = all || relevant || box->isChecked();
        box->parentWidget()->setVisible(visible);
        hidden += visible ? 0 : 1;
    };
    for (auto it = m_signs.cbegin(); it != m_signs.cend(); ++it)
        show(it.value(), asked.signs.contains(it.key()));
    for (auto it = m_redFlags.cbegin(); it != m_redFlags.cend(); ++it)
        show(it.value(), asked.redFlags.contains(it.key()));
    for (const auto &[title, flags] : std::as_const(m_groups)) {
        const bool any = std::any_of(flags.cbegin(), flags.cend(), [this](RedFlag f) {
            return m_redFlags.value(f)->parentWidget()->isVisibleTo(this);
        });
        title->setVisible(any);
    }
    m_moreQuestions->setText(
        hidden == 1
            ? tr("1 more question is about other parts of the body. The red-flag checklist with the "
                 "result always lists every red flag.")
            : tr("%1 more questions are about other parts of the body. The red-flag checklist with the "
                 "result always lists every red flag.")
                  .arg(hidden));
    m_moreQuestions->setVisible(hidden > 0);
}

Signs SorenessChecklist::signs() const
{
    Signs out;
    for (auto it = m_signs.cbegin(); it != m_signs.cend(); ++it)
        out.set(it.key(), it.value()->isChecked());
    return out;
}

RedFlags SorenessChecklist::redFlags() const
{
    RedFlags out;
    for (auto it = m_redFlags.cbegin(); it != m_redFlags.cend(); ++it)
        out.set(it.key(), it.value()->isChecked());
    return out;
}

void SorenessChecklist::setAnswers(Signs signs, RedFlags flags)
{
    m_loading = true;
    for (auto it = m_signs.cbegin(); it != m_signs.cend(); ++it)
        it.value()->setChecked(signs.contains(it.key()));
    for (auto it = m_redFlags.cbegin(); it != m_redFlags.cend(); ++it)
        it.value()->setChecked(flags.contains(it.key()));
    m_loading = false;
    updateAsked();
}

bool SorenessChecklist::isAsked(const QCheckBox *box) const
{
    return box && box->parentWidget()->isVisibleTo(this);
}

QList<QWidget *> SorenessChecklist::focusOrder() const
{
    QList<QWidget *> order;
    for (Sign s : allValues(kSignKeys))
        order.append(m_signs.value(s));
    for (const FlagGroup &group : flagGroups()) {
        for (RedFlag f : group.flags)
            order.append(m_redFlags.value(f));
    }
    order.append(m_showAll);
    return order;
}

} // namespace spotter
