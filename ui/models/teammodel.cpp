// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/teammodel.h"

#include "widgets/badges.h"

#include <QFont>
#include <QLocale>

namespace spotter {

namespace {

constexpr double kNone = -1.0; // sorts "no value" below every real value

QString dateText(const QDateTime &t)
{
    return QLocale().toString(t, QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

Badge attentionBadge(const TeamSummary &s)
{
    switch (s.reasons.first()) {
    case AttentionReason::SeeDoctor:
    case AttentionReason::Warning: return badgeFor(s.openItems.first().severity);
    case AttentionReason::TestingTooOften: return badgeFor(IntensityClass::Testing);
    case AttentionReason::LoadSpike: return badgeFor(IntensityClass::Hard);
    }
    return {};
}

} // namespace

void TeamModel::setSummaries(QList<TeamSummary> summaries, const QDateTime &now)
{
    beginResetModel();
    m_rows = std::move(summaries);
    m_now = now;
    endResetModel();
}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TeamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TeamModel::ago(const QDateTime &t) const
{
    const qint64 days = t.date().daysTo(m_now.date());
    if (days < 0)
        return QLocale().toString(t.date(), QLocale::ShortFormat);
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    if (days < 14)
        return tr("%n day(s) ago", nullptr, static_cast<int>(days));
    if (days < 61)
        return tr("%n week(s) ago", nullptr, static_cast<int>(days / 7));
    return tr("%n month(s) ago", nullptr, static_cast<int>(days / 30));
}

QVariant TeamModel::display(const TeamSummary &s, int column, bool spoken) const
{
    const auto classText = [spoken](const Severity &severity) {
        return spoken ? severity.displayName() : badgeFor(severity).shortText;
    };
    switch (column) {
    case Athlete: return s.name;
    case Attention: {
        // Every reason in a few words; the tooltip has them in full.
        QStringList words;
        for (AttentionReason r : s.reasons) {
            // The open items are most urgent first: the first one says which doctor's urgency.
            words.append(r == AttentionReason::SeeDoctor ? classText(s.openItems.first().severity)
                                                         : displayName(r));
        }
        return words.join(QStringLiteral(" · "));
    }
    case LastSession: return s.lastSession ? ago(*s.lastSession) : tr("never");
    case Sessions: return s.sessions;
    case Testing: return s.testingSessions;
    case OpenItems: {
        if (s.openItems.isEmpty())
            return QString();
        const SorenessItem &first = s.openItems.first();
        const QString text = tr("%1: %2").arg(classText(first.severity), displayName(first.region));
        return s.openItems.size() == 1 ? text : tr("%1 (+%2 more)").arg(text).arg(s.openItems.size() - 1);
    }
    case Acwr: return s.acwr ? number(*s.acwr, 2) : QStringLiteral("—");
    case Monotony: return s.monotony ? number(*s.monotony, 1) : QStringLiteral("—");
    case LastSoreness:
        if (!s.lastSoreness)
            return QString();
        return tr("%1, %2, %3")
            .arg(classText(s.lastSoreness->severity), displayName(s.lastSoreness->region),
                 ago(s.lastSoreness->noticedAt));
    default: return {};
    }
}

QVariant TeamModel::toolTip(const TeamSummary &s, int column) const
{
    switch (column) {
    case Athlete:
    case Attention: return s.attentionText().join(u'\n');
    case LastSession: return s.lastSession ? dateText(*s.lastSession) : tr("No session logged yet");
    case Sessions: return tr("Sessions in the last 28 days");
    case Testing:
        return tr(
            "Sessions in the last 28 days classed testing (a max effort). Testing a lift every 8–12 weeks "
            "is plenty.");
    case OpenItems: {
        QStringList lines;
        for (const SorenessItem &i : s.openItems) {
            lines.append(
                tr("%1: %2, noticed %3, %4")
                    .arg(i.severity.displayName(), displayName(i.region), dateText(i.noticedAt),
                         i.resolvedAt ? tr("gone %1").arg(dateText(*i.resolvedAt)) : tr("still there")));
        }
        lines.append(
            tr("Open: not resolved yet, or resolved within the last %1 days.").arg(kOpenResolvedDays));
        return lines.join(u'\n');
    }
    case Acwr: {
        if (!s.acwr)
            return tr("Shown after 28 days of logged session load (session RPE × minutes).");
        QString where;
        switch (s.band.value_or(AcwrBand::Typical)) {
        case AcwrBand::Low: where = tr("below the typical 0.8–1.3"); break;
        case AcwrBand::Typical: where = tr("within the typical 0.8–1.3"); break;
        case AcwrBand::Caution: where = tr("above the typical 0.8–1.3"); break;
        case AcwrBand::Spike: where = tr("well above the typical 0.8–1.3 (1.5 or more)"); break;
        }
        return tr("ACWR over the last 7 days: %1, %2. It compares that week's load with the weeks before; it "
                  "is "
                  "information, "
                  "not a verdict or an injury risk.")
            .arg(number(*s.acwr, 2), where);
    }
    case Monotony:
        return tr("Monotony of last week's daily loads (mean ÷ SD, rest days 0). Above 2: the days were all "
                  "alike.");
    case LastSoreness:
        if (!s.lastSoreness)
            return tr("No soreness reported");
        return tr("%1: %2, noticed %3")
            .arg(s.lastSoreness->severity.displayName(), displayName(s.lastSoreness->region),
                 dateText(s.lastSoreness->noticedAt));
    default: return {};
    }
}

QVariant TeamModel::sortValue(const TeamSummary &s, int column) const
{
    switch (column) {
    case Athlete: return s.name;
    case Attention: return s.attentionRank();
    case LastSession: return s.lastSession ? static_cast<double>(s.lastSession->toSecsSinceEpoch()) : -1.0e18;
    case Sessions: return s.sessions;
    case Testing: return s.testingSessions;
    case OpenItems:
        return s.openItems.isEmpty()
                   ? kNone
                   : s.openItems.first().severity.rank() * 100.0 + static_cast<double>(s.openItems.size());
    case Acwr: return s.acwr.value_or(kNone);
    case Monotony: return s.monotony.value_or(kNone);
    case LastSoreness: return s.lastSoreness ? s.lastSoreness->severity.rank() : kNone;
    default: return {};
    }
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamSummary &s = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(s, column);
    case Qt::AccessibleTextRole: return display(s, column, true);
    case Qt::ToolTipRole: return toolTip(s, column);
    case AthleteIdRole: return s.athleteId;
    case SortRole: return sortValue(s, column);
    case AttentionRankRole: return s.attentionRank();
    case Qt::DecorationRole:
        if (column == Attention && s.needsAttention())
            return attentionBadge(s).icon;
        if (column == OpenItems && !s.openItems.isEmpty())
            return badgeFor(s.openItems.first().severity).icon;
        if (column == LastSoreness && s.lastSoreness)
            return badgeFor(s.lastSoreness->severity).icon;
        return {};
    case Qt::ForegroundRole:
        if (column == Attention && s.needsAttention())
            return attentionBadge(s).color;
        if (column == OpenItems && !s.openItems.isEmpty())
            return badgeFor(s.openItems.first().severity).color;
        // Above the typical band: the hard-work colour, as a cue to read the tooltip, not a verdict.
        if (column == Acwr && s.band && (*s.band == AcwrBand::Caution || *s.band == AcwrBand::Spike))
            return badgeFor(IntensityClass::Hard).color;
        return {};
    case Qt::FontRole:
        if (column == Athlete && s.needsAttention()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Sessions || column == Testing || column == Acwr || column == Monotony)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Athlete: return tr("Athlete");
        case Attention: return tr("Needs attention");
        case LastSession: return tr("Last\nsession");
        case Sessions: return tr("Sessions\n28 days");
        case Testing: return tr("Testing\n28 days");
        case OpenItems: return tr("Open\nwarnings");
        case Acwr: return tr("ACWR\n7 days");
        case Monotony: return tr("Monotony\nlast week");
        case LastSoreness: return tr("Last soreness");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OpenItems:
            return tr("Warnings and see-a-doctor reports not resolved yet or resolved in the last week");
        case Acwr:
            return tr("Acute:chronic workload ratio, mean of the last 7 days: information about load, not a "
                      "verdict");
        case Monotony: return tr("Monotony of the last complete week: above 2, the days were all alike");
        default: return {};
        }
    }
    return {};
}

} // namespace spotter
