// SPDX-License-Identifier: GPL-3.0-or-later
// backup and export of a damaged database through the real spotter-cli (issue 18): a page of
// garbage over a leaf in the middle of the sets table, over a leaf of the sessions, or over the
// sets table's root. Both write what can still be read, say on standard error what was lost,
// put the rows whose session was lost in a rejects file, and exit 3, never 0.
#include "../common/pagedamage.h"
#include "../common/salvagefixture.h"
#include "../reliability/dbdump.h"
#include "clirunner.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <sys/stat.h>

namespace spotter::test {
namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<int>(st.st_mode & 07777) : -1;
}

QList<qint64> rowidsOf(const QString &path, const QString &table, const QString &where = {})
{
    QList<qint64> ids;
    withReadOnlyConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT rowid FROM \"%1\" %2 ORDER BY rowid").arg(table, where));
        while (q.next())
            ids.append(q.value(0).toLongLong());
    });
    return ids;
}

QString firstValue(const QString &path, const QString &sql)
{
    QString value;
    withReadOnlyConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            value = q.value(0).toString();
    });
    return value;
}

QList<qint64> without(QList<qint64> all, const QList<qint64> &lost)
{
    all.removeIf([&](qint64 id) { return lost.contains(id); });
    return all;
}

class SalvageCli : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        cli.setEnvironment(QStringLiteral("SPOTTER_NOW"), QStringLiteral("2026-11-20T18:00"));
        makeSalvageFixture(dbPath(), 120);
        ASSERT_TRUE(QFile::copy(dbPath(), file(QStringLiteral("original.sqlite"))));
    }

    [[nodiscard]] QString file(const QString &name) const { return cli.directory().filePath(name); }
    [[nodiscard]] QString original() const { return file(QStringLiteral("original.sqlite")); }

    /// Damages the leaf in the middle of @p table; returns the rowids it held, in order.
    QList<qint64> damageMiddleLeaf(const QString &table) const
    {
        const QList<int> leaves = leafPagesOf(dbPath(), rootPageOf(dbPath(), table));
        if (leaves.size() < 3)
            return {};
        const int leaf = leaves.at(leaves.size() / 2);
        QList<qint64> lost = rowidsOnLeaf(dbPath(), leaf);
        std::sort(lost.begin(), lost.end());
        return overwritePage(dbPath(), leaf) ? lost : QList<qint64>();
    }

    static void expectHealthy(const QString &path)
    {
        EXPECT_EQ(firstValue(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        EXPECT_EQ(firstValue(path, QStringLiteral("PRAGMA foreign_key_check")), QString());
        EXPECT_EQ(modeOf(path), 0600);
    }
};

TEST_F(SalvageCli, BackupOfADamagedSetsPageKeepsEveryOtherRowAndExitsThree)
{
    const QList<qint64> lost = damageMiddleLeaf(QStringLiteral("workout_set"));
    ASSERT_GE(lost.size(), 10);
    const QString target = file(QStringLiteral("copy.sqlite"));
    const CliResult r = run({QStringLiteral("backup"), target});
    EXPECT_CLI(r, 3);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Salvaged copy written to ") + target)) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("is damaged; this is what could still be read:"))) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("  workout_set: %1 rows saved; lost: the rows with rowid %2–%3 "
                                              "(unreadable)")
                                   .arg(1200 - lost.size())
                                   .arg(lost.first())
                                   .arg(lost.last())))
        << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("  session: 240 rows saved\n"))) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("The copy is incomplete."))) << r;
    expectHealthy(target);
    EXPECT_EQ(rowidsOf(target, QStringLiteral("workout_set")),
              without(rowidsOf(original(), QStringLiteral("workout_set")), lost));
    EXPECT_EQ(rowidsOf(target, QStringLiteral("session")), rowidsOf(original(), QStringLiteral("session")));
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("copy.rejects.csv"))));
    // The copy is a Spotter database that the CLI reads like any other.
    const CliResult check = cli.runRaw({QStringLiteral("--db"), target, QStringLiteral("check")});
    EXPECT_CLI(check, 0);
}

TEST_F(SalvageCli, BackupOfALostSessionPageSetsItsSetsAsideInTheRejectsFile)
{
    const QList<qint64> lostSessions = damageMiddleLeaf(QStringLiteral("session"));
    ASSERT_GE(lostSessions.size(), 3);
    QStringList ids;
    for (qint64 id : lostSessions)
        ids.append(QString::number(id));
    const QString in = QStringLiteral("WHERE session_id IN (%1)").arg(ids.join(u','));
    const QList<qint64> orphanSets = rowidsOf(original(), QStringLiteral("workout_set"), in);
    const QList<qint64> orphanReports = rowidsOf(original(), QStringLiteral("soreness"), in);
    ASSERT_FALSE(orphanReports.isEmpty());

    // Into the backup folder, as 'backup' with no PATH does.
    const CliResult r = run({QStringLiteral("backup")});
    EXPECT_CLI(r, 3);
    const QStringList copies =
        QDir(file(QStringLiteral("backups"))).entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    ASSERT_EQ(copies.size(), 1) << r;
    const QString target = file(QStringLiteral("backups/") + copies.first());
    const QString rejects = target.chopped(7) + QStringLiteral(".rejects.csv");
    expectHealthy(target);
    EXPECT_EQ(rowidsOf(target, QStringLiteral("workout_set")),
              without(rowidsOf(original(), QStringLiteral("workout_set")), orphanSets));
    EXPECT_EQ(rowidsOf(target, QStringLiteral("soreness"), QStringLiteral("WHERE session_id IS NULL")),
              orphanReports);
    EXPECT_TRUE(r.err.contains(QStringLiteral("  workout_set: %1 rows saved; %2 rows set aside: the row they "
                                              "belong to was lost")
                                   .arg(1200 - orphanSets.size())
                                   .arg(orphanSets.size())))
        << r;
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("  soreness: 24 rows saved; %1 rows kept without their link to a "
                                      "lost row\n")
                           .arg(orphanReports.size())))
        << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("The %1 rows set aside or unlinked are listed in %2")
                                   .arg(orphanSets.size() + orphanReports.size())
                                   .arg(rejects)))
        << r;

    // Every orphan, with its values, in the rejects file; nothing else.
    EXPECT_EQ(modeOf(rejects), 0600);
    const QStringList lines = QString::fromUtf8(readAll(rejects)).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + orphanSets.size() + orphanReports.size());
    EXPECT_EQ(lines.first(), QStringLiteral("table,rowid,problem,row"));
    QList<qint64> listedSets;
    for (const QString &line : lines.mid(1)) {
        EXPECT_TRUE(
            line.startsWith(QStringLiteral("workout_set,"))
                ? line.contains(QStringLiteral(",the row it belongs to could not be read,"))
                : line.contains(QStringLiteral(",kept without its link (session_id): the row it belongs "
                                               "to could not be read,")))
            << line.toStdString();
        if (line.startsWith(QStringLiteral("workout_set,")))
            listedSets.append(line.section(u',', 1, 1).toLongLong());
    }
    EXPECT_EQ(listedSets, orphanSets);
    // Each with its values (the row as JSON, quoted for CSV), among them its lost session.
    for (const QString &line : lines.mid(1)) {
        const bool names = std::any_of(lostSessions.cbegin(), lostSessions.cend(), [&](qint64 id) {
            return line.contains(QStringLiteral(",\"\"session_id\"\":%1,").arg(id));
        });
        EXPECT_TRUE(names) << line.toStdString();
    }
}

TEST_F(SalvageCli, BackupOfAnUnreadableRootSaysTheTableIsLost)
{
    ASSERT_TRUE(overwritePage(dbPath(), rootPageOf(dbPath(), QStringLiteral("workout_set"))));
    const QString target = file(QStringLiteral("copy.sqlite"));
    const CliResult r = run({QStringLiteral("backup"), target, QStringLiteral("--json")});
    EXPECT_CLI(r, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("  workout_set: nothing could be read\n"))) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"complete\":false"))) << r;
    expectHealthy(target);
    EXPECT_TRUE(rowidsOf(target, QStringLiteral("workout_set")).isEmpty());
    EXPECT_EQ(rowidsOf(target, QStringLiteral("session")), rowidsOf(original(), QStringLiteral("session")));
}

TEST_F(SalvageCli, ExportOfADamagedFileExportsWhatCanBeRead)
{
    const QList<qint64> lost = damageMiddleLeaf(QStringLiteral("workout_set"));
    ASSERT_GE(lost.size(), 10);
    const QString out = file(QStringLiteral("sets.csv"));
    const CliResult r = run({QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("sets"),
                             QStringLiteral("-o"), out});
    EXPECT_CLI(r, 3);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Exported %1 sets of 2 athletes").arg(1200 - lost.size())))
        << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("  workout_set: %1 rows saved").arg(1200 - lost.size()))) << r;
    // A session whose every set was lost is still a line of its own (a session without sets).
    QStringList ids;
    for (qint64 id : lost)
        ids.append(QString::number(id));
    const int emptied =
        firstValue(original(),
                   QStringLiteral("SELECT count(*) FROM session s WHERE NOT EXISTS (SELECT 1 FROM "
                                  "workout_set w WHERE w.session_id = s.id AND w.id NOT IN (%1))")
                       .arg(ids.join(u',')))
            .toInt();
    const QStringList lines = QString::fromUtf8(readAll(out)).split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), 1 + 1200 - lost.size() + emptied);
    EXPECT_EQ(modeOf(out), 0600);

    // The same to standard output; the salvaged copy lived in a private temporary folder only.
    const QString temporary = file(QStringLiteral("tmp"));
    ASSERT_TRUE(QDir().mkpath(temporary));
    cli.setEnvironment(QStringLiteral("TMPDIR"), temporary);
    const CliResult piped = run({QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("sets")});
    EXPECT_CLI(piped, 3);
    EXPECT_EQ(piped.out.split(u'\n', Qt::SkipEmptyParts), lines);
    EXPECT_TRUE(QDir(temporary).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

TEST_F(SalvageCli, AHealthyDatabaseIsBackedUpAndExportedAsBefore)
{
    const QString target = file(QStringLiteral("copy.sqlite"));
    const CliResult r = run({QStringLiteral("backup"), target});
    EXPECT_CLI(r, 0);
    EXPECT_EQ(r.out, QStringLiteral("Backup written to %1\n").arg(target));
    EXPECT_EQ(r.err, QString());
    EXPECT_EQ(logicalDump(target), logicalDump(dbPath())); // as it is after the reports were assessed
    const CliResult e = run({QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("sets")});
    EXPECT_CLI(e, 0);
    EXPECT_EQ(e.err, QString());
}

} // namespace
} // namespace spotter::test
