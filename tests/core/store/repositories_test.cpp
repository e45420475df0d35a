// SPDX-License-Identifier: GPL-3.0-or-later
#include "backendtest.h"
#include "model/session.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/query.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "store/storeerror.h"
#include "testutil.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

class Repositories : public spotter::test::BackendTest
{
protected:
    Athlete addAthlete(const QString &name, WeightUnit unit = WeightUnit::Kg)
    {
        Athlete a;
        a.name = name;
        a.unit = unit;
        AthleteRepository(db()).add(a);
        return a;
    }
    qint64 exerciseId(const QString &name) { return ExerciseRepository(db()).find(name)->id; }

    Session makeSession(qint64 athleteId, const QString &when)
    {
        Session s;
        s.athleteId = athleteId;
        s.start = *parseDateTime(when);
        s.title = QStringLiteral("Heavy day");
        s.durationMin = 75;
        s.sessionRpe = 7.5;
        s.bodyweight = Weight::fromKg(82.4);
        s.warmupDone = true;
        s.notes = QStringLiteral("felt good");
        WorkoutSet w;
        w.exerciseId = exerciseId(QStringLiteral("Back Squat"));
        w.kind = SetKind::Warmup;
        w.weight = Weight::fromKg(60);
        w.reps = 5;
        s.sets.append(w);
        w.kind = SetKind::Working;
        w.weight = Weight::fromKg(140);
        w.rpe = 8;
        w.restSeconds = 180;
        s.sets.append(w);
        WorkoutSet plank;
        plank.exerciseId = exerciseId(QStringLiteral("Plank"));
        plank.weight = Weight::fromKg(0);
        plank.reps = 0;
        plank.seconds = 60;
        s.sets.append(plank);
        return s;
    }
    qint64 count(const QString &table)
    {
        return Query::scalar(db().connection(), QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }
};

} // namespace

TEST_P(Repositories, AthleteRoundTrip)
{
    AthleteRepository repo(db());
    Athlete a;
    a.name = QStringLiteral("Zoë O'Brien");
    a.unit = WeightUnit::Lb;
    a.birthYear = 1970;
    a.notes = QStringLiteral("coach: Sam");
    a.health = {true, false, true};
    repo.add(a);
    EXPECT_GT(a.id, 0);
    EXPECT_EQ(repo.get(a.id), a);
    EXPECT_EQ(repo.findByName(QStringLiteral("ZOË O'BRIEN")), a) << "names compare case-insensitively";
    a.unit = WeightUnit::Kg;
    a.birthYear.reset();
    repo.update(a);
    EXPECT_EQ(repo.get(a.id), a);
    EXPECT_EQ(repo.count(), 1);
    repo.remove(a.id);
    EXPECT_EQ(repo.get(a.id), std::nullopt);
}

TEST_P(Repositories, AthleteNamesAreUniqueIgnoringCase)
{
    addAthlete(QStringLiteral("Émile"));
    Athlete dup;
    dup.name = QStringLiteral("ÉMILE");
    try {
        AthleteRepository(db()).add(dup);
        FAIL() << "duplicate accepted";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Duplicate);
        EXPECT_EQ(e.message(), QStringLiteral("An athlete named 'Émile' already exists"));
    }
}

TEST_P(Repositories, InvalidValuesNeverReachTheDatabase)
{
    Athlete a;
    a.name = QStringLiteral("  ");
    try {
        AthleteRepository(db()).add(a);
        FAIL();
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Invalid);
        EXPECT_EQ(e.message(), QStringLiteral("Athlete name must not be empty"));
    }
    const Athlete ann = addAthlete(QStringLiteral("Ann"));
    Session s = makeSession(ann.id, QStringLiteral("2026-11-01T18:00"));
    s.sets[1].rpe = 11;
    EXPECT_THROW(SessionRepository(db()).add(s), StoreError);
    EXPECT_EQ(count(QStringLiteral("session")), 0);
    EXPECT_EQ(count(QStringLiteral("workout_set")), 0);
}

TEST_P(Repositories, HostileStringsRoundTripVerbatim)
{
    for (const QString &name :
         {QStringLiteral("'); DROP TABLE workout_set;--"), QStringLiteral("Robert \"Bobby\" Tables"),
          QStringLiteral("💪 Ana 🏋️‍♀️"), QStringLiteral("محمد العلي"), QString(1000, u'x')}) {
        const Athlete a = addAthlete(name);
        EXPECT_EQ(AthleteRepository(db()).get(a.id)->name, name);
    }
    EXPECT_EQ(count(QStringLiteral("workout_set")), 0) << "the table still exists";
}

TEST_P(Repositories, CatalogueIsSeededAndAliasesResolve)
{
    ExerciseRepository repo(db());
    const auto deadlift = repo.find(QStringLiteral("deadlift (barbell)"));
    ASSERT_TRUE(deadlift);
    EXPECT_EQ(deadlift->name, QStringLiteral("Deadlift"));
    EXPECT_EQ(deadlift->kind, ExerciseKind::Main);
    EXPECT_TRUE(deadlift->loadsLowerBack);
    EXPECT_TRUE(deadlift->regions.contains(Region::LowerBack));
    EXPECT_TRUE(deadlift->aliases.contains(QStringLiteral("Deadlift (Barbell)")));
    EXPECT_EQ(repo.find(QStringLiteral("Trap Bar Deadlift"))->name, QStringLiteral("Trap-Bar Deadlift"));
    EXPECT_EQ(repo.find(QStringLiteral("  squat   (barbell) "))->name, QStringLiteral("Back Squat"));
    for (const char *name : {"Glute Bridge", "Bird Dog", "Mini Hip Hinge"})
        EXPECT_TRUE(repo.find(QString::fromUtf8(name))) << name;
    EXPECT_GE(repo.list().size(), 40);
    EXPECT_EQ(repo.find(QStringLiteral("Underwater Basket Weaving")), std::nullopt);
}

TEST_P(Repositories, ExercisesCanBeAddedEditedAndRemovedUnlessUsed)
{
    ExerciseRepository repo(db());
    Exercise e;
    e.name = QStringLiteral("Zercher Squat");
    e.kind = ExerciseKind::Main;
    e.loadsLowerBack = true;
    e.regions = {Region::Quads, Region::UpperBack};
    e.aliases = {QStringLiteral("Zercher Squat (Barbell)")};
    repo.add(e);
    EXPECT_EQ(repo.get(e.id), e);
    EXPECT_EQ(repo.find(QStringLiteral("zercher squat (barbell)"))->id, e.id);

    e.aliases = {QStringLiteral("Zercher")};
    repo.update(e);
    EXPECT_EQ(repo.find(QStringLiteral("Zercher Squat (Barbell)")), std::nullopt);
    EXPECT_EQ(repo.find(QStringLiteral("ZERCHER"))->id, e.id);

    Exercise clash;
    clash.name = QStringLiteral("Custom");
    clash.aliases = {QStringLiteral("Deadlift (Barbell)")};
    try {
        repo.add(clash);
        FAIL();
    } catch (const StoreError &err) {
        EXPECT_EQ(err.message(),
                  QStringLiteral("'Deadlift (Barbell)' is already another name of 'Deadlift'"));
    }
    Exercise sameName;
    sameName.name = QStringLiteral("deadlift");
    EXPECT_THROW(repo.add(sameName), StoreError);

    const Athlete ann = addAthlete(QStringLiteral("Ann"));
    Session s = makeSession(ann.id, QStringLiteral("2026-11-01T18:00"));
    s.sets[0].exerciseId = e.id;
    SessionRepository(db()).add(s);
    try {
        repo.remove(e.id);
        FAIL();
    } catch (const StoreError &err) {
        EXPECT_EQ(err.kind(), StoreError::Kind::InUse);
        EXPECT_EQ(err.message(),
                  QStringLiteral("'Zercher Squat' is used by 1 logged sets and cannot be deleted"));
    }
    SessionRepository(db()).remove(s.id);
    repo.remove(e.id);
    EXPECT_EQ(repo.get(e.id), std::nullopt);
}

TEST_P(Repositories, SessionWithSetsRoundTrip)
{
    const Athlete ann = addAthlete(QStringLiteral("Ann"));
    SessionRepository repo(db());
    Session s = makeSession(ann.id, QStringLiteral("2026-11-01T18:30:00+05:30"));
    s.source = {SourceKind::Strong, QStringLiteral("strong.csv"), QStringLiteral("strong:2026-11-01|Heavy")};
    repo.add(s);
    ASSERT_GT(s.id, 0);
    for (const WorkoutSet &w : s.sets) {
        EXPECT_GT(w.id, 0);
        EXPECT_EQ(w.sessionId, s.id);
    }
    const auto loaded = repo.get(s.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, s);
    EXPECT_EQ(loaded->start.offsetFromUtc(), 5 * 3600 + 1800);
    EXPECT_EQ(loaded->sets[1].weight->grams(), 140'000);
    EXPECT_EQ(loaded->sets[2].seconds, 60);
    EXPECT_EQ(repo.findBySourceKey(ann.id, QStringLiteral("strong:2026-11-01|Heavy")), s.id);
    EXPECT_EQ(repo.findBySourceKey(ann.id, QStringLiteral("other")), std::nullopt);

    // Update replaces the sets, keeping the ids of the ones that stay.
    s.sets.removeFirst();
    s.sets[0].reps = 6;
    WorkoutSet added;
    added.exerciseId = exerciseId(QStringLiteral("Deadlift"));
    added.weight = Weight::fromLb(315);
    added.reps = 3;
    added.kind = SetKind::Amrap;
    s.sets.append(added);
    s.durationMin.reset();
    repo.update(s);
    EXPECT_EQ(*repo.get(s.id), s);
    EXPECT_EQ(count(QStringLiteral("workout_set")), 3);

    repo.remove(s.id);
    EXPECT_EQ(repo.get(s.id), std::nullopt);
    EXPECT_EQ(count(QStringLiteral("workout_set")), 0) << "sets go with their session";
}

TEST_P(Repositories, ASessionWithMoreSetsThanOneStatementTakesIsStoredWhole)
{
    // On a team server a session's sets go in statements of 1,000: PostgreSQL takes at most
    // 65,535 parameters in one, 4,681 sets at 14 each.
    const Athlete ann = addAthlete(QStringLiteral("Ann"));
    Session s = makeSession(ann.id, QStringLiteral("2026-11-01T18:30:00+01:00"));
    const WorkoutSet base = s.sets[1];
    s.sets.clear();
    for (int i = 0; i < 5'001; ++i) {
        WorkoutSet w = base;
        w.reps = 1 + i % 20;
        w.notes = QString::number(i);
        s.sets.append(w);
    }
    SessionRepository(db()).add(s);
    QSet<qint64> ids;
    for (const WorkoutSet &w : s.sets)
        ids.insert(w.id);
    EXPECT_EQ(ids.size(), 5'001);
    EXPECT_FALSE(ids.contains(0));
    const auto loaded = SessionRepository(db()).get(s.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, s);
    EXPECT_EQ(loaded->sets.last().position, 5'000);
    EXPECT_EQ(loaded->sets.last().notes, QStringLiteral("5000"));
    EXPECT_EQ(count(QStringLiteral("workout_set")), 5'001);
}

TEST_P(Repositories, ListFiltersAndPagesNewestFirst)
{
    const Athlete ann = addAthlete(QStringLiteral("Ann"));
    const Athlete bob = addAthlete(QStringLiteral("Bob"));
    SessionRepository repo(db());
    QList<qint64> ids;
    for (int day = 1; day <= 9; ++day) {
        Session s = makeSession(ann.id, QStringLiteral("2026-10-0%1T18:00").arg(day));
        if (day == 5) {
            s.title = QStringLiteral("Deadlift PR day");
            s.sets[1].exerciseId = exerciseId(QStringLiteral("Deadlift"));
        }
        repo.add(s);
        ids.append(s.id);
    }
    Session other = makeSession(bob.id, QStringLiteral("2026-10-03T18:00"));
    repo.add(other);

    const auto all = repo.list(ann.id);
    ASSERT_EQ(all.size(), 9);
    EXPECT_EQ(all.first().id, ids.first()) << "chronological";
    EXPECT_EQ(all.first().sets.size(), 3);
    SessionFilter range;
    range.from = QDate(2026, 10, 3);
    range.to = QDate(2026, 10, 4);
    EXPECT_EQ(repo.list(ann.id, range).size(), 2);
    SessionFilter byExercise;
    byExercise.exerciseId = exerciseId(QStringLiteral("Deadlift"));
    ASSERT_EQ(repo.list(ann.id, byExercise).size(), 1);
    SessionFilter search;
    search.search = QStringLiteral("pr day");
    EXPECT_EQ(repo.list(ann.id, search).size(), 1);
    search.search = QStringLiteral("DEADLIFT");
    EXPECT_EQ(repo.list(ann.id, search).size(), 1) << "matches the exercise name too";
    search.search = QStringLiteral("%' OR 1=1 --");
    EXPECT_EQ(repo.list(ann.id, search).size(), 0) << "search text is data, not SQL or a LIKE pattern";

    // Keyset paging, newest first, four at a time, with ties on the start time.
    Session twin = makeSession(ann.id, QStringLiteral("2026-10-09T18:00"));
    repo.add(twin);
    QList<qint64> paged;
    std::optional<SessionCursor> cursor;
    for (;;) {
        const auto page = repo.page(ann.id, {}, cursor, 4);
        for (const Session &s : page)
            paged.append(s.id);
        if (page.size() < 4)
            break;
        cursor = SessionCursor{page.last().start.toSecsSinceEpoch(), page.last().id};
    }
    ASSERT_EQ(paged.size(), 10);
    EXPECT_EQ(paged.first(), twin.id) << "same start: higher id first";
    EXPECT_EQ(paged.at(1), ids.last());
    EXPECT_EQ(paged.last(), ids.first());
    EXPECT_EQ(repo.latest(ann.id)->id, twin.id);
    EXPECT_EQ(repo.latest(ann.id)->sets.size(), 3);
    EXPECT_EQ(repo.count(ann.id), 10);
    EXPECT_EQ(repo.latest(addAthlete(QStringLiteral("Cy")).id), std::nullopt);
}

TEST_P(Repositories, SorenessRoundTripAndSessionLink)
{
    const Athlete ann = addAthlete(QStringLiteral("Ann"));
    Session s = makeSession(ann.id, QStringLiteral("2026-11-01T18:00:00+01:00"));
    SessionRepository(db()).add(s);
    SorenessRepository repo(db());
    SorenessReport r;
    r.athleteId = ann.id;
    r.sessionId = s.id;
    r.region = Region::LowerBack;
    r.side = Side::Left;
    r.noticedAt = *parseDateTime(u"2026-11-02T08:00:00+01:00");
    r.resolvedAt = *parseDateTime(u"2026-11-04T20:00:00+01:00");
    r.intensity = 6;
    r.character = Character::Sharp;
    r.trend = Trend::Improving;
    r.signs = {Sign::Pinpoint, Sign::Spine};
    r.redFlags = {RedFlag::NightPain};
    r.notes = QStringLiteral("after deadlifts");
    repo.add(r);
    EXPECT_EQ(repo.get(r.id), r);
    EXPECT_DOUBLE_EQ(r.onsetHours(s.end()), 12.75);
    EXPECT_DOUBLE_EQ(r.durationHours(QDateTime()), 60.0);

    r.resolvedAt.reset();
    r.trend.reset();
    repo.update(r);
    EXPECT_EQ(repo.get(r.id), r);
    EXPECT_EQ(repo.list(ann.id).size(), 1);
    EXPECT_EQ(repo.list(ann.id, QDate(2026, 11, 3)).size(), 0);
    EXPECT_EQ(repo.forSession(s.id).size(), 1);

    SessionRepository(db()).remove(s.id);
    EXPECT_EQ(repo.get(r.id)->sessionId, std::nullopt) << "a report outlives its session";
    AthleteRepository(db()).remove(ann.id);
    EXPECT_EQ(repo.get(r.id), std::nullopt) << "and goes with its athlete";
}

TEST_P(Repositories, SingleSetsCanBeInsertedEditedAndRemoved)
{
    const Athlete ann = addAthlete(QStringLiteral("Ann"));
    SessionRepository repo(db());
    Session s = makeSession(ann.id, QStringLiteral("2026-11-01T18:00"));
    repo.add(s);
    const auto positions = [&] {
        QList<qint64> ids;
        const Session stored = *repo.get(s.id);
        for (const WorkoutSet &w : stored.sets)
            ids.append(w.id);
        return ids;
    };
    WorkoutSet middle;
    middle.sessionId = s.id;
    middle.exerciseId = exerciseId(QStringLiteral("Back Squat"));
    middle.weight = Weight::fromKg(100);
    middle.reps = 3;
    middle.position = 1;
    repo.insertSet(middle);
    EXPECT_EQ(positions(), (QList<qint64>{s.sets[0].id, middle.id, s.sets[1].id, s.sets[2].id}));
    WorkoutSet last = middle;
    last.id = 0;
    last.position = 99;
    repo.insertSet(last);
    EXPECT_EQ(last.position, 4) << "past the end appends";

    middle.reps = 4;
    middle.rpe = 9;
    repo.updateSet(middle);
    EXPECT_EQ(repo.getSet(middle.id)->reps, 4);
    EXPECT_EQ(repo.getSet(middle.id)->position, 1);

    repo.removeSet(s.sets[0].id);
    EXPECT_EQ(positions(), (QList<qint64>{middle.id, s.sets[1].id, s.sets[2].id, last.id}));
    const auto loaded = repo.get(s.id);
    for (int i = 0; i < loaded->sets.size(); ++i)
        EXPECT_EQ(loaded->sets[i].position, i) << "no gaps";
    EXPECT_THROW(repo.removeSet(123456), StoreError);
    middle.rpe = 12;
    EXPECT_THROW(repo.updateSet(middle), StoreError);

    Session header = *repo.get(s.id);
    header.title = QStringLiteral("Renamed");
    header.sets.clear();
    repo.updateHeader(header);
    EXPECT_EQ(repo.get(s.id)->title, QStringLiteral("Renamed"));
    EXPECT_EQ(repo.get(s.id)->sets.size(), 4) << "the sets stay";
}

SPOTTER_ON_BOTH_BACKENDS(Repositories);

// Two people edit the same rows (two connections, as two laptops would): the second edit of a
// row, made from what it read before the first was saved, is refused and overwrites nothing.
TEST_P(Repositories, AnEditOfARowSomeoneElseChangedIsRefusedWithAMessage)
{
    const Athlete ann = addAthlete(QStringLiteral("Ann"));
    Session session = makeSession(ann.id, QStringLiteral("2026-11-02T18:00:00+01:00"));
    SessionRepository(db()).add(session);
    SorenessReport report;
    report.athleteId = ann.id;
    report.region = Region::LowerBack;
    report.noticedAt = *parseDateTime(QStringLiteral("2026-11-03T08:00:00+01:00"));
    report.intensity = 3;
    SorenessRepository(db()).add(report);

    const Database other(location());
    SessionRepository mine(db());
    SessionRepository theirs(other);
    WorkoutSet myCopy = *mine.getSet(session.sets.at(1).id);
    WorkoutSet theirCopy = *theirs.getSet(session.sets.at(1).id);
    theirCopy.reps = 3;
    theirs.updateSet(theirCopy);
    EXPECT_EQ(theirCopy.version, myCopy.version + 1);
    myCopy.weight = Weight::fromKg(150);
    try {
        mine.updateSet(myCopy);
        ADD_FAILURE() << "a stale edit overwrote another person's";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Conflict);
        EXPECT_EQ(e.message(),
                  QStringLiteral("This set was changed by someone else since you opened it; nothing "
                                 "was overwritten. It has been reloaded: make your change again."));
    }
    const WorkoutSet stored = *mine.getSet(myCopy.id);
    EXPECT_EQ(stored.reps, 3) << "their edit stands";
    EXPECT_EQ(stored.weight, Weight::fromKg(140));
    // After reloading, the edit goes through.
    WorkoutSet reloaded = stored;
    reloaded.weight = Weight::fromKg(150);
    mine.updateSet(reloaded);
    EXPECT_EQ(mine.getSet(myCopy.id)->weight, Weight::fromKg(150));

    // The same for a session's header, a soreness report and an athlete.
    Session myHeader = *mine.get(session.id);
    Session theirHeader = *theirs.get(session.id);
    theirHeader.title = QStringLiteral("Theirs");
    theirs.updateHeader(theirHeader);
    myHeader.title = QStringLiteral("Mine");
    EXPECT_THROW(mine.update(myHeader), StoreError);
    EXPECT_EQ(mine.get(session.id)->title, QStringLiteral("Theirs"));
    EXPECT_EQ(myHeader.version, mine.get(session.id)->version - 1)
        << "a refused edit leaves the copy's version";

    SorenessReport myReport = *SorenessRepository(db()).get(report.id);
    SorenessReport theirReport = *SorenessRepository(other).get(report.id);
    theirReport.intensity = 5;
    SorenessRepository(other).update(theirReport);
    myReport.intensity = 1;
    EXPECT_THROW(SorenessRepository(db()).update(myReport), StoreError);
    EXPECT_EQ(SorenessRepository(db()).get(report.id)->intensity, 5);

    Athlete myAnn = *AthleteRepository(db()).get(ann.id);
    Athlete theirAnn = *AthleteRepository(other).get(ann.id);
    theirAnn.notes = QStringLiteral("theirs");
    AthleteRepository(other).update(theirAnn);
    myAnn.notes = QStringLiteral("mine");
    EXPECT_THROW(AthleteRepository(db()).update(myAnn), StoreError);
    EXPECT_EQ(AthleteRepository(db()).get(ann.id)->notes, QStringLiteral("theirs"));
    // A row that is gone is "not found", not a conflict.
    SessionRepository(other).removeSet(stored.id);
    try {
        mine.updateSet(reloaded);
        ADD_FAILURE();
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::NotFound);
    }
}
