// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: spotter-cli import is killed with SIGKILL at random moments, half of them while
// it writes. After each kill SQLite's integrity check must pass and the database must hold
// either exactly what it held before or that plus every row of the file, never part of it; a
// reader looking in while the import writes must see the old rows only; and importing the file
// again must finish the job without a duplicate.
//
// CTest runs a few trials on a small file. scripts/crash-test.sh runs the full experiment
// (SPOTTER_CRASH_TRIALS, SPOTTER_CRASH_SESSIONS × 25 sets, SPOTTER_CRASH_SEED).
#include "cliprocess.h"
#include "clirunner.h"
#include "testutil.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <iostream>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

constexpr int kSetsPerSession = 25;

enum class Phase { Reading, Writing, Finished };

const char *phaseName(Phase p)
{
    switch (p) {
    case Phase::Reading: return "reading";
    case Phase::Writing: return "writing";
    case Phase::Finished: return "finished";
    }
    return "?";
}

QString countsText(const QMap<QString, qint64> &c)
{
    QStringList parts;
    for (auto it = c.constBegin(); it != c.constEnd(); ++it)
        parts.append(it.key() + u'=' + QString::number(it.value()));
    return parts.join(u' ');
}

TEST(CrashSafety, AKilledImportLeavesTheOldOrTheNewDatabaseNeverAPart)
{
    const int trials = envInt("SPOTTER_CRASH_TRIALS", 6);
    const int sessions = envInt("SPOTTER_CRASH_SESSIONS", 400);
    const auto seed = static_cast<quint32>(envInt("SPOTTER_CRASH_SEED", 1));
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString csv = dir.filePath(u"big.csv"_s);
    const qint64 rows = writeStrongCsv(csv, sessions, kSetsPerSession);
    ASSERT_EQ(rows, qint64(sessions) * kSetsPerSession);

    // The history the import must not damage.
    const QString base = dir.filePath(u"base.sqlite"_s);
    const QString data = dataPath(u"import/"_s);
    for (const QStringList &args :
         {QStringList{u"import"_s, data + u"spotter_sets.csv"_s},
          QStringList{u"import"_s, data + u"spotter_soreness.csv"_s},
          QStringList{u"import"_s, data + u"strong_v4_kg.csv"_s, u"--athlete"_s, u"Alice"_s}}) {
        const CliResult r = runCli(QStringList{u"--db"_s, base} + args, dir.path());
        ASSERT_EQ(r.exitCode, 0) << r;
    }
    const QMap<QString, qint64> before = tableCounts(base);
    const QStringList import{u"import"_s, csv,     u"--athlete"_s, u"Alice"_s,
                             u"--unit"_s, u"kg"_s, u"--progress"_s};

    // A complete run gives the "after" counts and how long reading and writing take.
    const QString reference = dir.filePath(u"reference.sqlite"_s);
    ASSERT_TRUE(copyDatabase(base, reference));
    CliProcess full(dir.path());
    ASSERT_TRUE(full.start(QStringList{u"--db"_s, reference} + import));
    ASSERT_TRUE(full.waitForError(u"Writing: "_s, 600'000)) << full.err().toStdString();
    const qint64 readMs = full.elapsedMs();
    ASSERT_TRUE(full.waitForFinished(600'000));
    ASSERT_EQ(full.exitCode(), 0) << full.err().toStdString();
    const qint64 totalMs = full.finishedMs();
    const QMap<QString, qint64> after = tableCounts(reference);
    ASSERT_EQ(after[u"session"_s], before[u"session"_s] + sessions);
    ASSERT_EQ(after[u"workout_set"_s], before[u"workout_set"_s] + rows);
    std::cout << "crash-safety: " << rows << " rows, " << QFileInfo(csv).size() << " bytes; a full import "
              << "starts writing after " << readMs << " ms and ends after " << totalMs << " ms; seed " << seed
              << '\n';

    int inPhase[3] = {0, 0, 0};
    int oldState = 0;
    int newState = 0;
    int damaged = 0;
    int peeks = 0;
    for (int trial = 1; trial <= trials; ++trial) {
        SCOPED_TRACE("trial " + std::to_string(trial));
        const QString db = dir.filePath(u"trial.sqlite"_s);
        ASSERT_TRUE(copyDatabase(base, db));
        CliProcess p(dir.path());
        ASSERT_TRUE(p.start(QStringList{u"--db"_s, db} + import));
        // Odd trials: any moment of the run (and a little after). Even trials: while it writes.
        qint64 killAt = 0;
        if (trial % 2 == 1) {
            killAt = random.bounded(static_cast<int>(totalMs * 11 / 10) + 1);
        } else {
            p.waitForError(u"Writing: "_s, 600'000);
            // Half the reference run's writing time: a busy machine must not let the import
            // finish first too often.
            killAt =
                p.elapsedMs() + random.bounded(static_cast<int>(std::max<qint64>((totalMs - readMs) / 2, 1)));
        }
        bool peeked = false;
        while (p.elapsedMs() < killAt && p.poll(1)) {
            // Look in from another connection once while the import writes: the rows it has
            // written so far are invisible until it commits.
            if (!peeked && p.err().contains(u"Writing: "_s)) {
                peeked = true;
                EXPECT_EQ(rowCount(db, u"workout_set"_s), before[u"workout_set"_s]);
                ++peeks;
            }
        }
        const Phase phase = !p.poll(0)                         ? Phase::Finished
                            : p.err().contains(u"Writing: "_s) ? Phase::Writing
                                                               : Phase::Reading;
        p.kill();
        ++inPhase[static_cast<int>(phase)];

        const CliResult check = runCli({u"--db"_s, db, u"check"_s, u"--json"_s}, dir.path());
        EXPECT_EQ(check.exitCode, 0) << check;
        EXPECT_EQ(check.json().value(u"integrity"_s).toString(), u"ok"_s) << check;
        const QMap<QString, qint64> now = tableCounts(db);
        const char *state = now == before ? "old" : now == after ? "new" : "DAMAGED";
        if (now == before)
            ++oldState;
        else if (now == after)
            ++newState;
        else
            ++damaged;
        EXPECT_TRUE(now == before || now == after) << countsText(now).toStdString();
        std::cout << "crash-safety trial " << trial << ": killed at " << killAt << " ms while "
                  << phaseName(phase) << "; integrity "
                  << check.json().value(u"integrity"_s).toString().toStdString() << "; database " << state
                  << '\n';

        // The same import again completes what the killed one did not, and adds nothing twice.
        const CliResult again = runCli(QStringList{u"--db"_s, db} + import, dir.path());
        EXPECT_EQ(again.exitCode, 0) << again;
        EXPECT_EQ(tableCounts(db), after);
    }
    std::cout << "crash-safety summary: " << trials << " kills (" << inPhase[0] << " reading, " << inPhase[1]
              << " writing, " << inPhase[2] << " after it finished); " << oldState << " old, " << newState
              << " new, " << damaged << " damaged; " << peeks << " reads during the write saw no new row\n";
    EXPECT_EQ(damaged, 0);
    EXPECT_GE(inPhase[static_cast<int>(Phase::Writing)], 1) << "no kill landed while the import wrote";
}

} // namespace
} // namespace spotter::test
