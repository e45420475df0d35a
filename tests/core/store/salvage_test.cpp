// SPDX-License-Identifier: GPL-3.0-or-later
// The salvage of a damaged database (issue 18): a page of garbage over one leaf of a table, or
// over its root, and what the copy keeps, loses and sets aside, counted exactly from the pages
// themselves.
#include "../../reliability/dbdump.h"
#include "pagedamage.h"
#include "salvagefixture.h"
#include "store/database.h"
#include "store/salvage.h"
#include "store/storeerror.h"
#include "testutil.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <sys/stat.h>

namespace spotter::test {
namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<int>(st.st_mode & 07777) : -1;
}

/// The rowids of @p table in @p path (read with a plain connection, before the damage).
QSet<qint64> rowidsOf(const QString &path, const QString &table, const QString &where = {})
{
    QSet<qint64> ids;
    withReadOnlyConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT rowid FROM \"%1\" %2").arg(table, where));
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    });
    return ids;
}

QStringList pragma(const QString &path, const QString &sql)
{
    QStringList rows;
    withReadOnlyConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.exec(sql);
        while (q.next())
            rows.append(q.value(0).toString());
    });
    return rows;
}

const SalvagedTable &tableIn(const SalvageResult &r, const QString &name)
{
    for (const SalvagedTable &t : r.tables)
        if (t.table == name)
            return t;
    static const SalvagedTable none;
    ADD_FAILURE() << "no table " << name.toStdString();
    return none;
}

QSet<qint64> toSet(const QList<qint64> &list)
{
    return {list.cbegin(), list.cend()};
}

class SalvageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        makeSalvageFixture(source(), 120);
        ASSERT_FALSE(QFile::exists(source() + QStringLiteral("-wal")));
        ASSERT_TRUE(QFile::copy(source(), original()));
    }

    [[nodiscard]] QString source() const { return m_dir.filePath(QStringLiteral("damaged.sqlite")); }
    [[nodiscard]] QString original() const { return m_dir.filePath(QStringLiteral("original.sqlite")); }
    [[nodiscard]] QString target() const { return m_dir.filePath(QStringLiteral("out/salvaged.sqlite")); }

    /// Damages a leaf in the middle of @p table and returns the rowids it held.
    QSet<qint64> damageMiddleLeaf(const QString &table)
    {
        const QList<int> leaves = leafPagesOf(source(), rootPageOf(source(), table));
        EXPECT_GE(leaves.size(), 3) << table.toStdString();
        if (leaves.size() < 3)
            return {};
        const int leaf = leaves.at(leaves.size() / 2);
        const QSet<qint64> lost = toSet(rowidsOnLeaf(source(), leaf));
        EXPECT_FALSE(lost.isEmpty());
        EXPECT_TRUE(overwritePage(source(), leaf));
        return lost;
    }

    SalvageResult salvage(QList<SalvageReject> *rejects = nullptr, int chunk = 7)
    {
        Database::Options options;
        options.readOnly = true;
        options.create = false;
        const Database db(source(), options);
        Salvage s(db);
        s.setChunkRows(chunk);
        return s.writeTo(target(), [&](const SalvageReject &r) {
            if (rejects)
                rejects->append(r);
        });
    }

    void expectHealthyCopy() const
    {
        // Nothing left beside it (before a reader of its own makes a -wal and -shm).
        EXPECT_EQ(QDir(m_dir.filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden),
                  QStringList{QStringLiteral("salvaged.sqlite")});
        EXPECT_EQ(pragma(target(), QStringLiteral("PRAGMA integrity_check")),
                  QStringList{QStringLiteral("ok")});
        EXPECT_TRUE(pragma(target(), QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
        EXPECT_EQ(modeOf(target()), 0600);
    }

    QTemporaryDir m_dir;
};

TEST_F(SalvageTest, CopiesAHealthyDatabaseWhole)
{
    const SalvageResult r = salvage();
    EXPECT_TRUE(r.complete());
    EXPECT_EQ(r.rejected(), 0);
    expectHealthyCopy();
    EXPECT_EQ(logicalDump(target()), logicalDump(original()));
    EXPECT_EQ(tableIn(r, QStringLiteral("workout_set")).copied, 1200);
    // Parents first: every table comes after those its foreign keys name.
    QStringList order;
    for (const SalvagedTable &t : r.tables)
        order.append(t.table);
    EXPECT_LT(order.indexOf(QStringLiteral("athlete")), order.indexOf(QStringLiteral("session")));
    EXPECT_LT(order.indexOf(QStringLiteral("session")), order.indexOf(QStringLiteral("workout_set")));
    EXPECT_LT(order.indexOf(QStringLiteral("workout_set")), order.indexOf(QStringLiteral("personal_record")));
}

TEST_F(SalvageTest, StepsOverADamagedLeafOfTheSetsAndCountsExactly)
{
    const QSet<qint64> lost = damageMiddleLeaf(QStringLiteral("workout_set"));
    ASSERT_FALSE(lost.isEmpty());
    // The damage is real: SQLite's own copy fails on it.
    {
        Database::Options options;
        options.readOnly = true;
        options.create = false;
        const Database db(source(), options);
        EXPECT_THROW(db.backupTo(m_dir.filePath(QStringLiteral("vacuum.sqlite"))), StoreError);
    }
    const SalvageResult r = salvage();
    EXPECT_FALSE(r.complete());
    const SalvagedTable &sets = tableIn(r, QStringLiteral("workout_set"));
    EXPECT_EQ(sets.copied, 1200 - lost.size());
    EXPECT_EQ(sets.rejected, 0);
    ASSERT_EQ(sets.unreadable.size(), 1);
    const QList<qint64> sorted = [&] {
        QList<qint64> l(lost.cbegin(), lost.cend());
        std::sort(l.begin(), l.end());
        return l;
    }();
    EXPECT_EQ(sets.unreadable.first(), (RowidRange{sorted.first(), sorted.last()}));
    EXPECT_EQ(tableIn(r, QStringLiteral("session")).copied, 240);
    EXPECT_TRUE(tableIn(r, QStringLiteral("session")).unreadable.isEmpty());
    expectHealthyCopy();
    EXPECT_EQ(rowidsOf(target(), QStringLiteral("workout_set")),
              rowidsOf(original(), QStringLiteral("workout_set")) - lost);
}

TEST_F(SalvageTest, SetsAsideTheRowsOfALostSessionWithEveryValue)
{
    const QSet<qint64> lostSessions = damageMiddleLeaf(QStringLiteral("session"));
    ASSERT_FALSE(lostSessions.isEmpty());
    QStringList ids;
    for (qint64 id : lostSessions)
        ids.append(QString::number(id));
    const QString in = QStringLiteral("WHERE session_id IN (%1)").arg(ids.join(u','));
    const QSet<qint64> orphanSets = rowidsOf(original(), QStringLiteral("workout_set"), in);
    const QSet<qint64> orphanReports = rowidsOf(original(), QStringLiteral("soreness"), in);
    ASSERT_FALSE(orphanReports.isEmpty());
    ASSERT_EQ(orphanSets.size(), 5 * lostSessions.size());

    QList<SalvageReject> rejects;
    const SalvageResult r = salvage(&rejects, 1000);
    expectHealthyCopy();
    EXPECT_EQ(tableIn(r, QStringLiteral("session")).copied, 240 - lostSessions.size());
    EXPECT_EQ(tableIn(r, QStringLiteral("workout_set")).copied, 1200 - orphanSets.size());
    EXPECT_EQ(tableIn(r, QStringLiteral("workout_set")).rejected, orphanSets.size());
    // A soreness report keeps itself without its session, as the schema does when a session
    // is deleted (ON DELETE SET NULL): health data is never left out of the copy for a link.
    EXPECT_EQ(tableIn(r, QStringLiteral("soreness")).rejected, 0);
    EXPECT_EQ(tableIn(r, QStringLiteral("soreness")).unlinked, orphanReports.size());
    EXPECT_EQ(tableIn(r, QStringLiteral("soreness")).copied, 24);
    EXPECT_EQ(r.rejected(), orphanSets.size());
    EXPECT_EQ(r.unlinked(), orphanReports.size());
    QSet<qint64> rejectedSets;
    QSet<qint64> unlinkedReports;
    for (const SalvageReject &reject : std::as_const(rejects)) {
        EXPECT_EQ(reject.columns.size(), reject.values.size());
        EXPECT_TRUE(lostSessions.contains(
            reject.values.at(reject.columns.indexOf(QStringLiteral("session_id"))).toLongLong()));
        if (reject.table == u"workout_set") {
            EXPECT_FALSE(reject.kept);
            EXPECT_EQ(reject.problem, QStringLiteral("the row it belongs to could not be read"));
            rejectedSets.insert(reject.rowid);
        } else {
            EXPECT_EQ(reject.table, QStringLiteral("soreness"));
            EXPECT_TRUE(reject.kept);
            EXPECT_EQ(reject.problem,
                      QStringLiteral(
                          "kept without its link (session_id): the row it belongs to could not be read"));
            unlinkedReports.insert(reject.rowid);
        }
    }
    EXPECT_EQ(unlinkedReports, orphanReports);
    EXPECT_EQ(rowidsOf(target(), QStringLiteral("soreness"), QStringLiteral("WHERE session_id IS NULL")),
              orphanReports);
    EXPECT_EQ(rejectedSets, orphanSets);
    EXPECT_EQ(rowidsOf(target(), QStringLiteral("workout_set")),
              rowidsOf(original(), QStringLiteral("workout_set")) - orphanSets);
}

TEST_F(SalvageTest, ATableWhoseRootPageIsUnreadableYieldsNothingAndIsReported)
{
    ASSERT_TRUE(overwritePage(source(), rootPageOf(source(), QStringLiteral("workout_set"))));
    const SalvageResult r = salvage();
    const SalvagedTable &sets = tableIn(r, QStringLiteral("workout_set"));
    EXPECT_TRUE(sets.wholeTableLost());
    EXPECT_EQ(sets.copied, 0);
    EXPECT_EQ(tableIn(r, QStringLiteral("session")).copied, 240);
    EXPECT_EQ(tableIn(r, QStringLiteral("soreness")).copied, 24);
    expectHealthyCopy();
}

TEST_F(SalvageTest, NeverReplacesAFile)
{
    QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
    QFile f(target());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("mine");
    f.close();
    EXPECT_THROW(salvage(), StoreError);
    EXPECT_EQ(readAll(target()), QByteArray("mine"));
}

} // namespace
} // namespace spotter::test
