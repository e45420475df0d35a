// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/intensitysummary.h"

#include "analysis/ruletable.h"
#include "models/exercisecatalogue.h"
#include "widgets/badges.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace spotter {

IntensitySummary::IntensitySummary(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_class(new QLabel(this)), m_notes(new QLabel(this))
{
    setAccessibleName(tr("Session intensity"));
    m_class->setTextFormat(Qt::PlainText);
    m_class->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    QFont bold = m_class->font();
    bold.setBold(true);
    m_class->setFont(bold);
    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_class, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_notes);
    setVisible(false);
}

QString IntensitySummary::classText() const
{
    return m_class->text();
}

QString IntensitySummary::notesText() const
{
    return m_notes->text();
}

void IntensitySummary::setIntensity(const SessionIntensity &intensity, const ExerciseCatalogue &catalogue,
                                    WeightUnit unit, bool hasSets)
{
    setVisible(hasSets);
    if (!hasSets)
        return;
    const Badge badge = badgeFor(intensity.cls);
    // The first set rule with advice says why in the lifter's words; the ids are for looking
    // the rule up (docs/rules.md, `spotter-cli rules`).
    QString reason;
    for (const QString &rule : intensity.rules) {
        if (rule.startsWith(u"IR-") && RuleTable::contains(rule)
            && RuleTable::rule(rule).result == toKey(intensity.cls)) {
            reason = RuleTable::advice(rule);
            if (!reason.isEmpty())
                break;
        }
    }
    if (reason.isEmpty()) {
        switch (intensity.cls) {
        case IntensityClass::Training: reason = tr("Sub-maximal work with reps left in reserve."); break;
        case IntensityClass::Hard:
            reason = tr("Near-maximal but planned work, about 1 rep in reserve.");
            break;
        case IntensityClass::Testing: reason = tr("A max effort."); break;
        }
    }
    // The session rule and the set rules that gave its class; the others are in the grid.
    QStringList ids;
    for (const QString &rule : intensity.rules) {
        if (!rule.startsWith(u"IR-")
            || (RuleTable::contains(rule) && RuleTable::rule(rule).result == toKey(intensity.cls)))
            ids.append(rule);
    }
    m_class->setText(tr("%1 session — %2 (%3)").arg(badge.text, reason, ids.join(QStringLiteral(", "))));
    QPalette p = m_class->palette();
    p.setColor(QPalette::WindowText, badge.color);
    m_class->setPalette(p);
    const int size = m_class->fontMetrics().height() + 2;
    m_icon->setPixmap(badge.icon.pixmap(QSize(size, size), devicePixelRatioF()));
    m_icon->setAccessibleName(badge.text);
    const QString isAdvice =
        intensity.rules.isEmpty() ? QString() : RuleTable::advice(intensity.rules.first());
    m_class->setToolTip(isAdvice.isEmpty() ? badge.toolTip : isAdvice);

    QStringList notes;
    for (const LiftIntensity &lift : intensity.lifts) {
        if (!lift.pr || !lift.bestE1rm)
            continue;
        const QString before = lift.baseline.bestEver ? lift.baseline.bestEver->format(unit, 1) : QString();
        // Without an RPE the estimate treats the set as taken to failure: say so.
        notes.append(lift.bestE1rmMethod == E1rmMethod::Epley
                         ? tr("★ New best e1RM for %1: %2, estimated from reps alone (best before: %3)")
                               .arg(catalogue.name(lift.exerciseId), lift.bestE1rm->format(unit, 1), before)
                         : tr("★ New best e1RM for %1: %2 (best before: %3)")
                               .arg(catalogue.name(lift.exerciseId), lift.bestE1rm->format(unit, 1), before));
    }
    for (const Tip &tip : intensity.tips)
        notes.append(tr("Tip (%1): %2").arg(tip.id, tip.text));
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
}

} // namespace spotter
