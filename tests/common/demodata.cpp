// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "store/transaction.h"

#include <cmath>
#include <optional>
#include <stdexcept>

namespace spotter::test {

namespace {

class Writer
{
public:
    Writer(const Database &db, const QDateTime &now) : m_db(db), m_now(now) {}

    [[nodiscard]] QDate today() const { return m_now.date(); }
    /// Monday of the week @p weeksBack weeks before the current one.
    [[nodiscard]] QDate monday(int weeksBack) const
    {
        const QDate t = today();
        return t.addDays(1 - t.dayOfWeek() - 7 * weeksBack);
    }

    qint64 athlete(const QString &name, int birthYear, WeightUnit unit)
    {
        Athlete a;
        a.name = name;
        a.birthYear = birthYear;
        a.unit = unit;
        return AthleteRepository(m_db).add(a);
    }

    qint64 exercise(const QString &name)
    {
        const auto e = ExerciseRepository(m_db).find(name);
        if (!e)
            throw std::runtime_error("demo exercise missing from the catalogue");
        return e->id;
    }

    /// A session at 18:00 on @p day, or nothing when that is not in the past.
    std::optional<Session> session(qint64 athleteId, QDate day, const QString &title, int minutes,
                                   double srpe)
    {
        const QDateTime start(day, QTime(18, 0));
        if (start.addSecs(minutes * 60) > m_now)
            return std::nullopt;
        Session s;
        s.athleteId = athleteId;
        s.start = withLocalOffset(start);
        s.title = title;
        s.durationMin = minutes;
        s.sessionRpe = srpe;
        s.source.kind = SourceKind::Generated;
        return s;
    }

    void sets(Session &s, const QString &exerciseName, double kg, int count, int reps,
              std::optional<double> rpe)
    {
        const qint64 id = exercise(exerciseName);
        for (int i = 0; i < count; ++i) {
            WorkoutSet w;
            w.exerciseId = id;
            w.position = static_cast<int>(s.sets.size());
            w.weight = Weight::fromKg(std::round(kg / 2.5) * 2.5);
            w.reps = reps;
            w.rpe = rpe;
            s.sets.append(w);
        }
    }

    qint64 save(Session &s) { return SessionRepository(m_db).add(s); }

    /// A report noticed @p onsetH hours after the end of @p s, gone @p durationH hours later
    /// (never resolved when negative); clamped to now.
    qint64 soreness(const Session &s, Region region, Character character, int intensity, double onsetH,
                    double durationH, std::optional<Trend> trend = std::nullopt, RedFlags flags = {})
    {
        SorenessReport r;
        r.athleteId = s.athleteId;
        r.sessionId = s.id;
        r.region = region;
        r.character = character;
        r.intensity = intensity;
        r.trend = trend;
        r.redFlags = flags;
        r.noticedAt = std::min(s.end().addSecs(static_cast<qint64>(onsetH * 3600.0)), m_now.addSecs(-3600));
        if (durationH >= 0.0)
            r.resolvedAt = std::min(r.noticedAt.addSecs(static_cast<qint64>(durationH * 3600.0)), m_now);
        return SorenessRepository(m_db).add(r);
    }

private:
    const Database &m_db;
    QDateTime m_now;
};

void addAnn(Writer &w, qint64 id)
{
    constexpr int kWeeks = 16; // plus the days of the current week before today
    constexpr int kTestWeek = 12;
    for (int k = 0; k <= kWeeks; ++k) {
        const QDate monday = w.monday(kWeeks - k);
        // Deloads cut the sets, not the load; effort creeps up as the loads do.
        const bool deload = k % 4 == 3;
        const bool testing = k == kTestWeek;
        const int work = deload ? 3 : 5;
        const double rpe = k < 6 ? 7.5 : k < kTestWeek ? 8.0 : 8.5;
        const double squat = 100.0 + 2.5 * k;
        const double bench = 70.0 + 1.25 * k;
        const double deadlift = 130.0 + 5.0 * k;

        if (auto s = w.session(id, monday,
                               testing ? QStringLiteral("Test day: squat, bench")
                                       : QStringLiteral("Squat and bench"),
                               testing ? 50 : 62 + (k * 5) % 13,
                               testing  ? 9.0
                               : deload ? 6.0
                                        : 7.0)) {
            // Test singles above the best e1RM so far (157 kg squat, 103 kg bench): PRs.
            w.sets(*s, QStringLiteral("Back Squat"), testing ? 160.0 : squat, testing ? 1 : work,
                   testing ? 1 : 5, testing ? 10.0 : rpe);
            w.sets(*s, QStringLiteral("Bench Press"), testing ? 105.0 : bench, testing ? 1 : work,
                   testing ? 1 : 5, testing ? 10.0 : rpe);
            if (!testing) {
                w.sets(*s, QStringLiteral("Dumbbell Row"), 25.0 + 0.5 * k, 3, 10, 7.0);
                w.sets(*s, QStringLiteral("Bicep Curl"), 15.0, 3, 12, std::nullopt);
            }
            w.save(*s);
            if (k == 1 || k == 14)
                w.soreness(*s, Region::Quads, Character::Ache, 4, 20.0, 40.0, Trend::Improving);
            if (testing) // DOMS-like, but after testing: watch (SR-23)
                w.soreness(*s, Region::Quads, Character::Ache, 5, 22.0, 50.0, Trend::Improving);
        }
        if (auto s = w.session(id, monday.addDays(2), QStringLiteral("Press"), 50 + (k * 3) % 11, 6.0)) {
            w.sets(*s, QStringLiteral("Overhead Press"), 45.0 + 1.0 * k, testing ? 3 : 4, 6, 7.0);
            w.sets(*s, QStringLiteral("Hip Thrust"), 90.0 + 2.5 * k, 3, 8, 7.0);
            w.sets(*s, QStringLiteral("Lat Pulldown"), 50.0, 3, 10, std::nullopt);
            w.save(*s);
        }
        if (auto s = w.session(id, monday.addDays(4),
                               testing ? QStringLiteral("Test day: deadlift") : QStringLiteral("Deadlift"),
                               testing ? 45 : 60 + (k * 7) % 9,
                               testing  ? 9.0
                               : deload ? 6.0
                                        : 7.5)) {
            w.sets(*s, QStringLiteral("Deadlift"), testing ? 235.0 : deadlift, testing ? 1 : 3,
                   testing ? 1 : 5, testing ? 10.0 : rpe);
            w.sets(*s, QStringLiteral("Bench Press"), bench - 10.0, 3, 8, 7.0);
            w.sets(*s, QStringLiteral("Leg Press"), 140.0 + 5.0 * k, 3, 10, std::nullopt);
            w.save(*s);
            if (k == 5)
                w.soreness(*s, Region::Hamstrings, Character::Ache, 3, 24.0, 30.0, Trend::Improving);
            if (k == 9) // right after, tight, gone in hours: fatigue (SR-26)
                w.soreness(*s, Region::Hamstrings, Character::Tight, 3, 0.5, 3.0);
            if (testing) // sharp during the lift: warning (SR-12, SR-13)
                w.soreness(*s, Region::LowerBack, Character::Sharp, 5, 0.0, 96.0, Trend::Improving);
        }
    }
}

void addBen(Writer &w, qint64 id)
{
    constexpr int kWeeks = 24;
    std::optional<Session> lastLower;
    bool kneeReported = false;
    for (int k = 0; k <= kWeeks; ++k) {
        const QDate monday = w.monday(kWeeks - k);
        for (int d : {0, 1, 3, 4}) {
            const QDate day = monday.addDays(d);
            // The last ten days: a sudden block of long, hard sessions.
            const bool heavy = day.daysTo(w.today()) <= 10;
            const bool lower = d == 0 || d == 3;
            auto s = w.session(id, day, lower ? QStringLiteral("Lower") : QStringLiteral("Upper"),
                               heavy ? 110 : 55 + (k * 7 + d) % 11, heavy ? 9.5 : 6.5);
            if (!s)
                continue;
            const double rpe = heavy ? 8.5 : 7.5;
            if (lower) {
                w.sets(*s, QStringLiteral("Back Squat"), 120.0 + 1.5 * k, heavy ? 6 : 4, 5, rpe);
                w.sets(*s, QStringLiteral("Trap-Bar Deadlift"), 150.0 + 2.0 * k, 3, 5, rpe);
                w.sets(*s, QStringLiteral("Lunge"), 20.0, 3, 10, std::nullopt);
            } else {
                w.sets(*s, QStringLiteral("Bench Press"), 90.0 + 1.0 * k, heavy ? 6 : 4, 5, rpe);
                w.sets(*s, QStringLiteral("Overhead Press"), 55.0 + 0.5 * k, 3, 6, rpe);
                w.sets(*s, QStringLiteral("Seated Cable Row"), 60.0, 3, 10, std::nullopt);
            }
            w.save(*s);
            if (lower)
                lastLower = s;
            if (k == 6 && d == 0)
                w.soreness(*s, Region::Glutes, Character::Stiff, 4, 18.0, 36.0, Trend::Improving);
            // Sharp in the knee after the first session 8 to 10 days ago (one of any three days
            // is a training day): a warning, gone three days ago.
            const qint64 daysAgo = day.daysTo(w.today());
            if (!kneeReported && daysAgo >= 8 && daysAgo <= 10) {
                kneeReported = true;
                w.soreness(*s, Region::Knees, Character::Sharp, 4, 2.0, (daysAgo - 3) * 24.0 - 2.0,
                           Trend::Improving);
            }
        }
    }
    if (lastLower) // nerve pain down one leg: see a doctor (SR-09), still there
        w.soreness(*lastLower, Region::LowerBack, Character::Ache, 5, 20.0, -1.0, Trend::Stable,
                   RedFlags{RedFlag::OneLegNerve});
}

void addCleo(Writer &w, qint64 id)
{
    constexpr int kWeeks = 10;
    for (int k = 0; k <= kWeeks; ++k) {
        const QDate monday = w.monday(kWeeks - k);
        const int weeksBack = kWeeks - k;
        if (auto s = w.session(id, monday.addDays(1), QStringLiteral("Squat and bench"), 75, 7.0)) {
            w.sets(*s, QStringLiteral("Back Squat"), 70.0 + 2.0 * k, 4, 6, 7.5);
            w.sets(*s, QStringLiteral("Bench Press"), 40.0 + 1.0 * k, 4, 6, 7.5);
            w.save(*s);
            if (weeksBack == 1)
                w.soreness(*s, Region::Glutes, Character::Ache, 3, 20.0, 30.0, Trend::Improving);
        }
        // Deadlift tested three weeks ago and again last week: twice in 28 days (IF-01).
        const bool testing = weeksBack == 3 || weeksBack == 1;
        if (auto s = w.session(id, monday.addDays(5),
                               testing ? QStringLiteral("Deadlift max") : QStringLiteral("Deadlift"),
                               testing ? 50 : 70, testing ? 9.5 : 7.0)) {
            w.sets(*s, QStringLiteral("Deadlift"), testing ? 125.0 + 2.5 * k : 95.0 + 2.5 * k,
                   testing ? 1 : 3, testing ? 1 : 5, testing ? 10.0 : 7.5);
            w.sets(*s, QStringLiteral("Hip Thrust"), 80.0, 3, 10, std::nullopt);
            w.save(*s);
        }
    }
}

} // namespace

DemoTeam addDemoTeam(const Database &db, const QDateTime &now)
{
    WriteTransaction tx(db.connection());
    Writer w(db, now);
    DemoTeam team;
    team.ann = w.athlete(QStringLiteral("Ann Moreno"), 1994, WeightUnit::Kg);
    team.ben = w.athlete(QStringLiteral("Ben Okafor"), 1988, WeightUnit::Kg);
    team.cleo = w.athlete(QStringLiteral("Cleo Lindqvist"), 1999, WeightUnit::Lb);
    addAnn(w, team.ann);
    addBen(w, team.ben);
    addCleo(w, team.cleo);
    tx.commit();
    return team;
}

qint64 addGeneratedAthlete(const Database &db, const QString &name, int weeks, const QDateTime &now)
{
    WriteTransaction tx(db.connection());
    Writer w(db, now);
    const qint64 id = w.athlete(name, 1990, WeightUnit::Kg);
    for (int weeksBack = weeks; weeksBack >= 0; --weeksBack) {
        const QDate monday = w.monday(weeksBack);
        // Loads cycle with the 12-week block, so every block looks alike whatever the history.
        const int inBlock = 11 - weeksBack % 12;
        if (auto s = w.session(id, monday, QStringLiteral("A"), 60, 6.5)) {
            w.sets(*s, QStringLiteral("Back Squat"), 100.0 + 2.5 * inBlock, 3, 5, 7.5);
            w.sets(*s, QStringLiteral("Bench Press"), 70.0 + 1.25 * inBlock, 3, 5, 7.5);
            w.sets(*s, QStringLiteral("Lat Pulldown"), 50.0, 2, 10, std::nullopt);
            w.save(*s);
            if (weeksBack % 6 == 2)
                w.soreness(*s, Region::Quads, Character::Ache, 4, 20.0, 40.0, Trend::Improving);
            if (weeksBack == 0)
                w.soreness(*s, Region::Quads, Character::Ache, 3, 20.0, -1.0, Trend::Improving);
        }
        if (auto s = w.session(id, monday.addDays(2), QStringLiteral("B"), 55, 6.0)) {
            w.sets(*s, QStringLiteral("Overhead Press"), 45.0 + 1.0 * inBlock, 3, 6, 7.0);
            w.sets(*s, QStringLiteral("Barbell Row"), 60.0 + 1.25 * inBlock, 3, 8, 7.0);
            w.save(*s);
        }
        const bool testing = weeksBack % 12 == 5;
        if (auto s = w.session(id, monday.addDays(4), QStringLiteral("C"), testing ? 45 : 60,
                               testing ? 9.0 : 6.5)) {
            w.sets(*s, QStringLiteral("Deadlift"), 130.0 + 5.0 * inBlock + (testing ? 25.0 : 0.0),
                   testing ? 1 : 3, testing ? 1 : 5, testing ? 10.0 : 7.5);
            w.sets(*s, QStringLiteral("Leg Press"), 150.0, 2, 10, std::nullopt);
            w.save(*s);
        }
    }
    tx.commit();
    return id;
}

} // namespace spotter::test
