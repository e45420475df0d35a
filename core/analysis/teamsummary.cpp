// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/teamsummary.h"

#include "analysis/sessionanalysis.h"
#include "analysis/thresholds.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct TeamSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(spotter::TeamSummaryText)
};

// Ranks of the reasons; see-doctor adds the severity rank so that an emergency outranks "soon".
constexpr int kSeeDoctorRank = 100;
constexpr int kWarningRank = 90;
constexpr int kTestingRank = 60;
constexpr int kLoadRank = 50;

int thInt(Threshold id)
{
    return static_cast<int>(std::lround(th(id)));
}

} // namespace

std::optional<double> rollingAcwr(const QList<DailyLoad> &daily, QDate today)
{
    QMap<QDate, double> byDay;
    for (const DailyLoad &d : daily) {
        if (d.day <= today)
            byDay[d.day] += d.load;
    }
    if (byDay.isEmpty())
        return std::nullopt;
    const QDate first = byDay.firstKey();
    QList<double> series;
    for (QDate d = first; d <= today; d = d.addDays(1))
        series.append(byDay.value(d, 0.0));
    const QList<double> acute = ewma(series, thInt(Threshold::Lm03AcuteDays));
    const QList<double> chronic = ewma(series, thInt(Threshold::Lm03ChronicDays));
    double sum = 0.0;
    int counted = 0;
    for (QDate d = std::max(first, today.addDays(-6)); d <= today; d = d.addDays(1)) {
        const auto i = first.daysTo(d);
        if (i + 1 >= thInt(Threshold::Lm03MinDays) && chronic[i] > 0.0) {
            sum += acute[i] / chronic[i];
            ++counted;
        }
    }
    return counted > 0 ? std::optional(sum / counted) : std::nullopt;
}

QString displayName(AttentionReason reason)
{
    switch (reason) {
    case AttentionReason::SeeDoctor: return TeamSummaryText::tr("See a doctor");
    case AttentionReason::Warning: return TeamSummaryText::tr("Warning");
    case AttentionReason::TestingTooOften: return TeamSummaryText::tr("Testing too often");
    case AttentionReason::LoadSpike: return TeamSummaryText::tr("Load above usual");
    }
    return {};
}

int TeamSummary::attentionRank() const
{
    if (reasons.isEmpty())
        return 0;
    switch (reasons.first()) {
    case AttentionReason::SeeDoctor: return kSeeDoctorRank + openItems.first().severity.rank();
    case AttentionReason::Warning: return kWarningRank;
    case AttentionReason::TestingTooOften: return kTestingRank;
    case AttentionReason::LoadSpike: return kLoadRank;
    }
    return 0;
}

QStringList TeamSummary::attentionText() const
{
    QStringList out;
    const auto firstOf = [this](SorenessClass cls) {
        return std::find_if(openItems.cbegin(), openItems.cend(),
                            [cls](const SorenessItem &i) { return i.severity.cls == cls; });
    };
    for (AttentionReason r : reasons) {
        switch (r) {
        case AttentionReason::SeeDoctor:
        case AttentionReason::Warning: {
            const auto item =
                firstOf(r == AttentionReason::SeeDoctor ? SorenessClass::SeeDoctor : SorenessClass::Warning);
            out.append(
                TeamSummaryText::tr("%1: %2").arg(item->severity.displayName(), displayName(item->region)));
            break;
        }
        case AttentionReason::TestingTooOften:
            out.append(TeamSummaryText::tr("Tested a lift more than once in 4 weeks"));
            break;
        case AttentionReason::LoadSpike:
            out.append(TeamSummaryText::tr("The last 7 days' load is well above the recent average (ACWR %1)")
                           .arg(QString::number(acwr.value_or(0.0), 'f', 2)));
            break;
        }
    }
    return out;
}

TeamSummary buildTeamSummary(const TeamInputs &in, const QDateTime &now)
{
    TeamSummary s;
    s.athleteId = in.athlete.id;
    s.name = in.athlete.name;
    s.lastSession = in.lastSession;
    s.sessions = in.sessionsInWindow;

    const QDate today = now.date();
    const QDate windowStart = today.addDays(1 - kTeamWindowDays);
    bool testingTooOften = false;
    for (const SessionAnalysis &a : analyzeSessions(in.sessions, in.exercises)) {
        const QDate day = a.start.date();
        if (day < windowStart || day > today)
            continue;
        if (a.intensity.cls == IntensityClass::Testing)
            ++s.testingSessions;
        testingTooOften = testingTooOften || a.hasFlag(u"testing_too_often");
    }

    s.acwr = rollingAcwr(in.daily, today);
    if (s.acwr)
        s.band = acwrBand(*s.acwr);
    // Last week's monotony: a week in progress would count its future days as rest.
    const QList<WeekLoad> weeks = weeklyLoads(in.daily, today.addDays(-7), today.addDays(-7));
    if (!weeks.isEmpty())
        s.monotony = weeks.first().monotony.monotony;

    const QDateTime openSince = now.addDays(-kOpenResolvedDays);
    for (const auto &[report, history] : in.soreness) {
        SorenessItem item{report.id, report.region, report.noticedAt, report.resolvedAt,
                          triageReport(report, history, now).severity};
        const bool open = !report.resolvedAt || *report.resolvedAt >= openSince;
        if (open && item.severity.cls >= SorenessClass::Warning)
            s.openItems.append(item);
        if (!s.lastSoreness || report.noticedAt > s.lastSoreness->noticedAt)
            s.lastSoreness = item;
    }
    std::sort(s.openItems.begin(), s.openItems.end(), [](const SorenessItem &a, const SorenessItem &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.noticedAt > b.noticedAt;
    });

    const auto has = [&s](SorenessClass cls) {
        return std::any_of(s.openItems.cbegin(), s.openItems.cend(),
                           [cls](const SorenessItem &i) { return i.severity.cls == cls; });
    };
    if (has(SorenessClass::SeeDoctor))
        s.reasons.append(AttentionReason::SeeDoctor);
    if (has(SorenessClass::Warning))
        s.reasons.append(AttentionReason::Warning);
    if (testingTooOften)
        s.reasons.append(AttentionReason::TestingTooOften);
    if (s.band && (*s.band == AcwrBand::Caution || *s.band == AcwrBand::Spike))
        s.reasons.append(AttentionReason::LoadSpike);
    return s;
}

} // namespace spotter
