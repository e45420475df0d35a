// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/sorenesschoices.h"

#include "model/sessionsummary.h"
#include "pages/sorenesspage.h"
#include "store/sessionrepository.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace spotter {

QList<Session> recentSessions(const Database &db, qint64 athleteId, std::optional<qint64> offered, int count)
{
    const SessionRepository sessions(db);
    QList<Session> recent = sessions.page(athleteId, {}, std::nullopt, count, true);
    const bool listed = std::any_of(recent.cbegin(), recent.cend(),
                                    [&](const Session &s) { return offered && s.id == *offered; });
    if (offered && !listed) {
        if (const auto older = sessions.get(*offered); older && older->athleteId == athleteId)
            recent.append(*older);
    }
    return recent;
}

QList<SorenessForm::SessionChoice> sessionChoices(const QList<Session> &sessions,
                                                  const QList<Exercise> &catalogue, int thisYear)
{
    ExerciseIndex exercises;
    for (const Exercise &e : catalogue)
        exercises.insert(e.id, e);
    QList<SorenessForm::SessionChoice> choices;
    for (const Session &s : sessions) {
        const QString format = s.start.date().year() == thisYear ? QStringLiteral("ddd d MMM HH:mm")
                                                                 : QStringLiteral("ddd d MMM yyyy HH:mm");
        QString what = s.title;
        if (what.isEmpty())
            what = summarize(s, exercises).exercises.mid(0, 3).join(QStringLiteral(", "));
        if (what.isEmpty())
            what = SorenessPage::tr("no exercises logged");
        choices.append({s.id, SorenessPage::tr("%1 — %2").arg(QLocale().toString(s.start, format), what)});
    }
    return choices;
}

QList<SorenessForm::LiftChoice> liftChoices(const QList<Exercise> &catalogue)
{
    QList<SorenessForm::LiftChoice> lifts;
    for (const Exercise &e : catalogue)
        lifts.append({e.name, e.unilateral});
    std::sort(lifts.begin(), lifts.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    return lifts;
}

QString healthSummary(const Athlete &athlete)
{
    QStringList history;
    if (athlete.health.priorBackInjury)
        history.append(SorenessPage::tr("a past back injury"));
    if (athlete.health.steroidsOrOsteoporosis)
        history.append(SorenessPage::tr("long-term steroids or osteoporosis"));
    if (athlete.health.cancerHistory)
        history.append(SorenessPage::tr("cancer"));
    if (athlete.health.immunosuppressed)
        history.append(SorenessPage::tr("a weakened immune system"));
    return history.isEmpty() ? SorenessPage::tr("Health history of %1: nothing recorded.").arg(athlete.name)
                             : SorenessPage::tr("Health history of %1: %2.")
                                   .arg(athlete.name, history.join(SorenessPage::tr(", ")));
}

} // namespace spotter
