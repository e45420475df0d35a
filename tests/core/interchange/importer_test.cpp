// SPDX-License-Identifier: GPL-3.0-or-later
// The import pipeline against a real database: values as stored, all or nothing, idempotence.
#include "backendtest.h"
#include "interchange/importer.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

/// The helpers, over a database on either backend (Import) or a file only (ImportFile).
template <typename Base>
class ImportHelpers : public Base
{
protected:
    using Base::db;

    ImportResult run(const QString &fixture, ImportOptions options = {})
    {
        return Importer(db()).run(test::dataPath(u"import/"_s + fixture), options);
    }
    static ImportOptions forAthlete(const QString &name, std::optional<WeightUnit> unit = {})
    {
        ImportOptions o;
        o.athlete = name;
        o.unit = unit;
        return o;
    }
    std::optional<Athlete> athlete(const QString &name) { return AthleteRepository(db()).findByName(name); }
    QList<Session> sessionsOf(const QString &name)
    {
        const auto a = athlete(name);
        return a ? SessionRepository(db()).list(a->id) : QList<Session>();
    }
    QString exerciseName(qint64 id) { return ExerciseRepository(db()).get(id).value_or(Exercise()).name; }
    static QString errors(const ImportResult &r)
    {
        QStringList out;
        for (const ImportMessage &m : r.diagnostics.errors())
            out.append(QString::number(m.line) + u": "_s + m.text);
        return out.join(u'\n');
    }
    qint64 sessionRows()
    {
        qint64 n = 0;
        for (const Athlete &a : AthleteRepository(db()).list())
            n += SessionRepository(db()).count(a.id);
        return n;
    }
};

class Import : public ImportHelpers<test::BackendTest>
{
};

/// What only a file does: a file keeps the ids of Spotter's own files; a team server hands out
/// ids of its own to everyone (ImportWriter::sessionIdFree).
class ImportFile : public ImportHelpers<test::TempDatabase>
{
};

TEST_P(Import, StrongValuesAsStored)
{
    const ImportResult r = run(u"strong_v1_lb.csv"_s, forAthlete(u"Alice"_s, WeightUnit::Lb));
    ASSERT_EQ(r.status, ImportStatus::Imported) << errors(r).toStdString();
    EXPECT_TRUE(r.written);
    EXPECT_EQ(r.format, ImportFormat::Strong);
    EXPECT_EQ(r.rows, 16);
    EXPECT_EQ(r.sessions, 3);
    EXPECT_EQ(r.sets, 11);
    EXPECT_EQ(r.skippedDuplicates, 0);
    EXPECT_EQ(r.newAthletes, QStringList{u"Alice"_s});
    EXPECT_EQ(r.newExercises, QStringList{u"Smith Hip Thrust"_s});
    EXPECT_EQ(athlete(u"Alice"_s)->unit, WeightUnit::Lb);

    const QList<Session> sessions = sessionsOf(u"Alice"_s);
    ASSERT_EQ(sessions.size(), 3);
    const Session &push = sessions[0];
    EXPECT_EQ(push.title, u"Push, heavy"_s);
    EXPECT_EQ(push.durationMin, 68);
    EXPECT_EQ(push.source.kind, SourceKind::Strong);
    EXPECT_EQ(push.source.key, u"strong:2021-03-01T18:00:00|Push, heavy"_s);
    ASSERT_EQ(push.sets.size(), 7);
    EXPECT_EQ(exerciseName(push.sets[0].exerciseId), u"Bench Press"_s); // the alias resolved
    EXPECT_EQ(push.sets[0].kind, SetKind::Warmup);
    EXPECT_EQ(push.sets[1].weight, Weight::fromGrams(68'039));
    EXPECT_EQ(push.sets[2].restSeconds, 180);
    EXPECT_EQ(push.sets[2].rpe, 8.5);
    EXPECT_EQ(push.sets[3].kind, SetKind::Drop);
    EXPECT_EQ(push.sets[5].kind, SetKind::Failure);
    EXPECT_EQ(exerciseName(push.sets[6].exerciseId), u"Plank"_s);
    EXPECT_EQ(push.sets[6].seconds, 60);
    for (qsizetype i = 0; i < push.sets.size(); ++i)
        EXPECT_EQ(push.sets[i].position, i);
    EXPECT_FALSE(sessions[2].durationMin);
    const auto created = ExerciseRepository(db()).find(u"Smith Hip Thrust"_s);
    ASSERT_TRUE(created);
    EXPECT_EQ(created->kind, ExerciseKind::Accessory);
    EXPECT_FALSE(created->builtin);
    // The duration of a timer left running; a rest-timer row ending a workout is normal.
    EXPECT_EQ(r.diagnostics.warningCount(), 1);
}

TEST_P(Import, ImportingTheSameFileTwiceAddsNothing)
{
    ASSERT_EQ(run(u"strong_v1_lb.csv"_s, forAthlete(u"Alice"_s, WeightUnit::Lb)).status,
              ImportStatus::Imported);
    const QList<Session> before = sessionsOf(u"Alice"_s);
    const qsizetype exercises = ExerciseRepository(db()).list().size();
    const ImportResult again = run(u"strong_v1_lb.csv"_s, forAthlete(u"alice"_s, WeightUnit::Lb));
    ASSERT_EQ(again.status, ImportStatus::Imported);
    EXPECT_EQ(again.sessions, 0);
    EXPECT_EQ(again.sets, 0);
    EXPECT_EQ(again.skippedDuplicates, 3);
    EXPECT_TRUE(again.newExercises.isEmpty());
    EXPECT_TRUE(again.newAthletes.isEmpty());
    EXPECT_EQ(sessionsOf(u"Alice"_s), before);
    EXPECT_EQ(ExerciseRepository(db()).list().size(), exercises);
}

TEST_P(Import, NothingIsCreatedForSessionsAlreadyThere)
{
    ASSERT_EQ(run(u"strong_v2.csv"_s, forAthlete(u"Alice"_s, WeightUnit::Kg)).status, ImportStatus::Imported);
    // The lifter renames the exercise the import created; importing again must not bring the
    // old name back, since every session of the file is already there.
    auto frog = ExerciseRepository(db()).find(u"Frog Pumps"_s);
    ASSERT_TRUE(frog);
    frog->name = u"Frog Pump"_s;
    ExerciseRepository(db()).update(*frog);
    const ImportResult again = run(u"strong_v2.csv"_s, forAthlete(u"Alice"_s, WeightUnit::Kg));
    ASSERT_EQ(again.status, ImportStatus::Imported);
    EXPECT_TRUE(again.newExercises.isEmpty());
    EXPECT_FALSE(ExerciseRepository(db()).find(u"Frog Pumps"_s));

    // A file with a header and no rows is refused, and creates no athlete either.
    const QString empty = tempFile(u"header-only.csv"_s);
    QFile f(empty);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\r\n");
    f.close();
    const ImportResult none = Importer(db()).run(empty, forAthlete(u"Nobody"_s, WeightUnit::Kg));
    EXPECT_EQ(none.status, ImportStatus::Failed);
    ASSERT_EQ(none.diagnostics.errorCount(), 1);
    EXPECT_EQ(none.diagnostics.errors()[0].line, 1);
    EXPECT_TRUE(none.diagnostics.errors()[0].text.contains(u"header but no rows"_s));
    EXPECT_EQ(none.sessions, 0);
    EXPECT_TRUE(none.newAthletes.isEmpty());
    EXPECT_FALSE(athlete(u"Nobody"_s));
}

TEST_P(Import, ADryRunWritesNothing)
{
    ImportOptions o = forAthlete(u"Alice"_s, WeightUnit::Lb);
    o.dryRun = true;
    const ImportResult r = run(u"strong_v1_lb.csv"_s, o);
    ASSERT_EQ(r.status, ImportStatus::Imported);
    EXPECT_FALSE(r.written);
    EXPECT_EQ(r.sessions, 3);
    EXPECT_EQ(r.sets, 11);
    EXPECT_EQ(r.unit, WeightUnit::Lb);
    EXPECT_EQ(r.newExercises, QStringList{u"Smith Hip Thrust"_s});
    EXPECT_EQ(r.newAthletes, QStringList{u"Alice"_s});
    EXPECT_FALSE(athlete(u"Alice"_s));
    EXPECT_FALSE(ExerciseRepository(db()).find(u"Smith Hip Thrust"_s));
}

TEST_P(Import, TheFileMustSayTheUnitOrTheUserMust)
{
    const ImportResult r = run(u"strong_v2.csv"_s, forAthlete(u"Alice"_s));
    EXPECT_EQ(r.status, ImportStatus::NeedsUnit);
    ASSERT_EQ(r.diagnostics.errorCount(), 1);
    EXPECT_EQ(r.diagnostics.errors()[0].line, 1);
    EXPECT_FALSE(athlete(u"Alice"_s));
    ImportOptions noAthlete;
    noAthlete.unit = WeightUnit::Kg;
    EXPECT_EQ(run(u"strong_v2.csv"_s, noAthlete).status, ImportStatus::NeedsAthlete);
    ImportOptions spotter;
    spotter.athlete = u"Alice"_s;
    EXPECT_EQ(run(u"spotter_sets.csv"_s, spotter).status, ImportStatus::WrongOption);
}

struct BadFile
{
    const char16_t *fixture;
    ImportStatus status;
    qint64 line;
    const char16_t *says;
};

TEST_P(Import, ABadFileImportsNothingAndSaysWhereAndWhy)
{
    const BadFile cases[] = {
        {u"bad/unterminated_quote.csv", ImportStatus::Invalid, 3, u"never ends"},
        {u"bad/wrong_column_count.csv", ImportStatus::Invalid, 3,
         u"Expected 12 fields like the header; got 11"},
        {u"bad/bad_number.csv", ImportStatus::Invalid, 3, u"Weight '1OO' is not a number"},
        {u"bad/negative_weight.csv", ImportStatus::Invalid, 3, u"Weight must not be negative"},
        {u"bad/rpe_11.csv", ImportStatus::Invalid, 3,
         u"RPE must be between 1 and 10 in steps of 0.5; got 11"},
        {u"bad/bad_date.csv", ImportStatus::Invalid, 3, u"Date '2021-13-01 18:00:00': there is no month 13"},
        {u"bad/latin1.csv", ImportStatus::Invalid, 3, u"not valid UTF-8"},
        {u"bad/utf16.csv", ImportStatus::Failed, 1, u"UTF-16"},
        {u"bad/unknown_header.csv", ImportStatus::Failed, 1, u"matches no format"},
        {u"bad/empty.csv", ImportStatus::Failed, 1, u"empty"},
        {u"bad/hevy_unknown_month.csv", ImportStatus::Invalid, 2, u"Απρ"},
        {u"bad/hevy_bad_set_type.csv", ImportStatus::Invalid, 3, u"set_type 'superset'"},
        {u"spotter_sessions.csv", ImportStatus::Failed, 1, u"sessions summary"},
    };
    for (const BadFile &c : cases) {
        const QString fixture = QString::fromUtf16(c.fixture);
        const ImportResult r = run(fixture, forAthlete(u"Alice"_s, WeightUnit::Kg));
        EXPECT_EQ(r.status, c.status) << fixture.toStdString();
        EXPECT_FALSE(r.written);
        ASSERT_GE(r.diagnostics.errorCount(), 1) << fixture.toStdString();
        const ImportMessage &m = r.diagnostics.errors().first();
        EXPECT_EQ(m.line, c.line) << fixture.toStdString() << ": " << m.text.toStdString();
        EXPECT_TRUE(m.text.contains(QString::fromUtf16(c.says)))
            << fixture.toStdString() << ": " << m.text.toStdString();
        EXPECT_FALSE(athlete(u"Alice"_s)) << fixture.toStdString();
        EXPECT_EQ(sessionRows(), 0);
    }
}

TEST_P(Import, EveryBadRowIsReported)
{
    const ImportResult r = run(u"bad/many_problems.csv"_s, forAthlete(u"Alice"_s, WeightUnit::Kg));
    EXPECT_EQ(r.status, ImportStatus::Invalid);
    ASSERT_EQ(r.diagnostics.errorCount(), 4) << errors(r).toStdString();
    const auto &e = r.diagnostics.errors();
    EXPECT_EQ(e[0].line, 3);
    EXPECT_TRUE(e[0].text.contains(u"negative"_s) && e[0].text.contains(u"RPE"_s)) << e[0].text.toStdString();
    EXPECT_EQ(e[1].line, 5);
    EXPECT_TRUE(e[1].text.contains(u"'soon'"_s));
    EXPECT_EQ(e[2].line, 5);
    EXPECT_TRUE(e[2].text.contains(u"Set Order 'X'"_s));
    EXPECT_EQ(e[3].line, 6);
    EXPECT_TRUE(e[3].text.contains(u"'5.5' is not a whole number"_s));
    EXPECT_EQ(sessionRows(), 0);
}

TEST_P(Import, HevyAndFitNotesCreateWhatTheCatalogueLacks)
{
    const ImportResult hevy = run(u"hevy_kg.csv"_s, forAthlete(u"Bo"_s));
    ASSERT_EQ(hevy.status, ImportStatus::Imported) << errors(hevy).toStdString();
    EXPECT_EQ(hevy.sessions, 2);
    EXPECT_EQ(hevy.sets, 9);
    EXPECT_EQ(hevy.newExercises, QStringList{u"Rowing (Machine)"_s});
    const QList<Session> sessions = sessionsOf(u"Bo"_s);
    ASSERT_EQ(sessions.size(), 2);
    EXPECT_EQ(sessions[0].title, u"Push Day"_s); // chronological, though the file is newest first
    EXPECT_EQ(sessions[1].sets[3].weight, Weight::fromGrams(55'500));
    EXPECT_EQ(ExerciseRepository(db()).find(u"Rowing (Machine)"_s)->kind, ExerciseKind::Timed);

    const ImportResult fit = run(u"fitnotes_new.csv"_s, forAthlete(u"Bo"_s));
    ASSERT_EQ(fit.status, ImportStatus::Imported) << errors(fit).toStdString();
    EXPECT_EQ(fit.newExercises, (QStringList{u"Overhead Press (Each Side, Dumbbells)"_s, u"Treadmill Run"_s,
                                             u"Hanging Knee Raise"_s}));
    const ExerciseRepository exercises(db());
    EXPECT_EQ(exercises.find(u"Overhead Press (Each Side, Dumbbells)"_s)->regions,
              Regions{Region::Shoulders});
    EXPECT_EQ(exercises.find(u"Treadmill Run"_s)->kind, ExerciseKind::Timed);
    EXPECT_EQ(exercises.find(u"Hanging Knee Raise"_s)->kind, ExerciseKind::Bodyweight);
    EXPECT_EQ(exercises.find(u"Hanging Knee Raise"_s)->regions, Regions{Region::Core});
    EXPECT_EQ(sessionsOf(u"Bo"_s).size(), 4);
}

TEST_F(ImportFile, SpotterFilesKeepIdsAndLinkSoreness)
{
    const ImportResult sets = run(u"spotter_sets.csv"_s);
    ASSERT_EQ(sets.status, ImportStatus::Imported) << errors(sets).toStdString();
    EXPECT_EQ(sets.sessions, 3);
    EXPECT_EQ(sets.sets, 4);
    EXPECT_EQ(sets.newAthletes, (QStringList{u"Alice"_s, u"Bob"_s}));
    EXPECT_EQ(sets.newExercises, QStringList{u"Zercher Carry"_s});
    const auto carry = ExerciseRepository(db()).find(u"Zercher Carry"_s);
    EXPECT_EQ(carry->kind, ExerciseKind::Timed);
    EXPECT_TRUE(carry->loadsLowerBack);

    const auto heavy = SessionRepository(db()).get(7);
    ASSERT_TRUE(heavy);
    EXPECT_EQ(heavy->athleteId, athlete(u"Alice"_s)->id);
    EXPECT_EQ(heavy->start.offsetFromUtc(), 3600);
    EXPECT_EQ(heavy->notes, u"=Felt good, really"_s);
    EXPECT_EQ(heavy->bodyweight, Weight::fromGrams(82'350));
    EXPECT_EQ(heavy->sets.size(), 3);
    EXPECT_EQ(SessionRepository(db()).get(9)->sets.size(), 0);
    EXPECT_EQ(SessionRepository(db()).get(8)->source.key, u"strong:2025-11-21T09:00:00|Push"_s);

    const ImportResult soreness = run(u"spotter_soreness.csv"_s);
    ASSERT_EQ(soreness.status, ImportStatus::Imported) << errors(soreness).toStdString();
    EXPECT_EQ(soreness.soreness, 2);
    const auto report = SorenessRepository(db()).get(3);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->sessionId, 7);
    EXPECT_EQ(report->notes, u"+ sore on stairs"_s);
    EXPECT_FALSE(SorenessRepository(db()).get(4)->sessionId);

    EXPECT_EQ(run(u"spotter_sets.csv"_s).skippedDuplicates, 3);
    const ImportResult again = run(u"spotter_soreness.csv"_s);
    EXPECT_EQ(again.soreness, 0);
    EXPECT_EQ(again.skippedDuplicates, 2);
    EXPECT_EQ(SorenessRepository(db()).list(athlete(u"Alice"_s)->id).size(), 2);
}

TEST_F(ImportFile, SpotterIdsInUseAreRenumberedAndReportsFollowTheirSession)
{
    // Another athlete's session already has id 7.
    Athlete other;
    other.name = u"Other"_s;
    AthleteRepository(db()).add(other);
    Session taken;
    taken.id = 7;
    taken.athleteId = other.id;
    taken.start = QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
    SessionRepository(db()).add(taken);

    ASSERT_EQ(run(u"spotter_sets.csv"_s).status, ImportStatus::Imported);
    const QList<Session> alice = sessionsOf(u"Alice"_s);
    ASSERT_EQ(alice.size(), 2);
    EXPECT_NE(alice[0].id, 7);
    const ImportResult soreness = run(u"spotter_soreness.csv"_s);
    ASSERT_EQ(soreness.status, ImportStatus::Imported) << errors(soreness).toStdString();
    const auto reports = SorenessRepository(db()).list(athlete(u"Alice"_s)->id);
    ASSERT_EQ(reports.size(), 2);
    EXPECT_EQ(reports[0].sessionId, alice[0].id);
}

TEST_P(Import, SorenessNeedsItsSessionFirst)
{
    const ImportResult r = run(u"spotter_soreness.csv"_s);
    EXPECT_EQ(r.status, ImportStatus::Invalid);
    ASSERT_EQ(r.diagnostics.errorCount(), 1);
    EXPECT_EQ(r.diagnostics.errors()[0].line, 2);
    EXPECT_TRUE(r.diagnostics.errors()[0].text.contains(u"import the sets file first"_s));
    EXPECT_FALSE(athlete(u"Alice"_s));
}

} // namespace
TEST_P(Import, SpotterFilesLinkSorenessToTheSessionItBelongsTo)
{
    const ImportResult sets = run(u"spotter_sets.csv"_s);
    ASSERT_EQ(sets.status, ImportStatus::Imported) << errors(sets).toStdString();
    EXPECT_EQ(sets.sessions, 3);
    EXPECT_EQ(sets.sets, 4);
    const QList<Session> alice = sessionsOf(u"Alice"_s);
    ASSERT_EQ(alice.size(), 2);
    const Session &heavy = alice.first();
    EXPECT_EQ(heavy.start, *parseDateTime(u"2025-11-20T18:30:00+01:00"));
    EXPECT_EQ(heavy.notes, u"=Felt good, really"_s);
    EXPECT_EQ(heavy.bodyweight, Weight::fromGrams(82'350));
    EXPECT_EQ(heavy.sets.size(), 3);
    EXPECT_EQ(alice.last().sets.size(), 0);
    EXPECT_EQ(sessionsOf(u"Bob"_s).first().source.key, u"strong:2025-11-21T09:00:00|Push"_s);

    const ImportResult soreness = run(u"spotter_soreness.csv"_s);
    ASSERT_EQ(soreness.status, ImportStatus::Imported) << errors(soreness).toStdString();
    EXPECT_EQ(soreness.soreness, 2);
    const QList<SorenessReport> reports = SorenessRepository(db()).list(athlete(u"Alice"_s)->id);
    ASSERT_EQ(reports.size(), 2);
    EXPECT_EQ(reports.first().region, Region::Quads);
    EXPECT_EQ(reports.first().sessionId, heavy.id);
    EXPECT_EQ(reports.first().notes, u"+ sore on stairs"_s);
    EXPECT_FALSE(reports.last().sessionId);
    EXPECT_EQ(run(u"spotter_sets.csv"_s).skippedDuplicates, 3);
    EXPECT_EQ(run(u"spotter_soreness.csv"_s).skippedDuplicates, 2);
    EXPECT_EQ(SorenessRepository(db()).list(athlete(u"Alice"_s)->id).size(), 2);
}

SPOTTER_ON_BOTH_BACKENDS(Import);

} // namespace spotter
