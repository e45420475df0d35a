// SPDX-License-Identifier: GPL-3.0-or-later
// Files that are not a Spotter database this program may change, given to every kind of
// spotter-cli command: each is refused with exit code 1 and a message naming the file and what
// it is, and stays byte-for-byte unchanged, with no side file created beside it. A backup
// written by the CLI restores the database it copied.
#include "clirunner.h"
#include "dbdump.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

struct BadFile
{
    QString name;
    QString says; ///< what the message must say after "'PATH' "
};

class SchemaSafety : public CliTest
{
protected:
    /// A real Spotter database with some history, written by the CLI and closed.
    QString makeDatabase(const QString &name)
    {
        const QString db = file(name);
        const CliResult r = cli.runRaw({u"--db"_s, db, u"import"_s, dataPath(u"import/spotter_sets.csv"_s)});
        EXPECT_EQ(r.exitCode, 0) << r;
        return db;
    }
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    static QByteArray digest(const QString &path)
    {
        return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
    }
};

TEST_F(SchemaSafety, EveryCommandRefusesAFileItMustNotChange)
{
    QList<BadFile> files;
    write(file(u"notes.txt"_s), "Squat 100x5\nBench 80x5\n");
    files.append({u"notes.txt"_s, u"is not a Spotter database (it is not an SQLite file)"_s});
    QByteArray noise(16 * 1024, '\0');
    QRandomGenerator random(7);
    for (char &c : noise)
        c = static_cast<char>(random.bounded(256));
    write(file(u"noise.bin"_s), noise);
    files.append({u"noise.bin"_s, u"is not a Spotter database (it is not an SQLite file)"_s});
    write(file(u"lookalike.sqlite"_s), QByteArray("SQLite format 3\0", 16) + noise);
    files.append({u"lookalike.sqlite"_s, u"is damaged"_s});

    const QString truncated = makeDatabase(u"truncated.sqlite"_s);
    {
        // Enough rows for many pages, then the file is cut in half.
        for (int i = 0; i < 40; ++i)
            cli.runRaw(
                {u"--db"_s, truncated, u"athlete"_s, u"add"_s, u"Athlete %1 "_s.arg(i) + QString(400, u'x')});
        QFile f(truncated);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_GT(f.size(), 8 * 4096);
        ASSERT_TRUE(f.resize(f.size() / 2));
    }
    files.append(
        {u"truncated.sqlite"_s, u"is damaged: the file is shorter than its header says (truncated?)"_s});

    const QString other = file(u"other-app.sqlite"_s);
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-app"_s);
        c.setDatabaseName(other);
        ASSERT_TRUE(c.open());
        QSqlQuery(c).exec(u"CREATE TABLE songs (title TEXT)"_s);
        QSqlQuery(c).exec(u"INSERT INTO songs VALUES ('Paranoid')"_s);
        c.close();
    }
    QSqlDatabase::removeDatabase(u"other-app"_s);
    files.append(
        {u"other-app.sqlite"_s, u"is an SQLite database of another application, not a Spotter database"_s});

    const QString newer = makeDatabase(u"newer.sqlite"_s);
    {
        QFile f(newer);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(60);
        uchar version[4];
        qToBigEndian<quint32>(99, version);
        f.write(reinterpret_cast<const char *>(version), 4);
    }
    files.append({u"newer.sqlite"_s, u"was written by a newer version of Spotter (schema 99"_s});
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(u"folder.sqlite"_s));
    files.append({u"folder.sqlite"_s, u"is a folder, not a Spotter database"_s});

    const QList<QStringList> commands{
        {u"athlete"_s, u"list"_s},
        {u"athlete"_s, u"add"_s, u"Ann"_s},
        {u"sessions"_s, u"--athlete"_s, u"Alice"_s},
        {u"log"_s, u"--athlete"_s, u"Alice"_s, u"--date"_s, u"2026-01-01"_s, u"Squat 100x5"_s},
        {u"import"_s, dataPath(u"import/strong_v2.csv"_s), u"--athlete"_s, u"Ann"_s, u"--unit"_s, u"kg"_s},
        {u"check"_s},
        {u"backup"_s, u"copy.sqlite"_s},
    };
    for (const BadFile &bad : files) {
        const QString path = file(bad.name);
        const QByteArray before = QFileInfo(path).isDir() ? QByteArray() : digest(path);
        for (const QStringList &command : commands) {
            SCOPED_TRACE(QString(bad.name + u": "_s + command.join(u' ')).toStdString());
            const CliResult r = cli.runRaw(QStringList{u"--db"_s, path} + command);
            EXPECT_CLI(r, 1);
            EXPECT_TRUE(r.err.contains(u"error: '"_s + path + u"' "_s + bad.says)) << r;
            EXPECT_TRUE(r.out.isEmpty()) << r;
            if (!before.isEmpty()) {
                EXPECT_EQ(digest(path), before) << "the file changed";
            }
            for (const QString &side : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
                EXPECT_FALSE(QFileInfo::exists(path + side)) << side.toStdString();
            EXPECT_FALSE(QFileInfo::exists(file(u"copy.sqlite"_s)));
            EXPECT_TRUE(QDir(m_dir.path()).entryList({u"*.backup.sqlite"_s}).isEmpty())
                << "no migration backup";
        }
    }
}

TEST_F(SchemaSafety, ABackupRestoresTheDatabaseItCopied)
{
    const QString db = makeDatabase(u"live.sqlite"_s);
    ASSERT_EQ(cli.runRaw({u"--db"_s, db, u"soreness"_s, u"add"_s, u"--athlete"_s, u"Alice"_s, u"--last"_s,
                          u"--region"_s, u"quads"_s, u"--noticed"_s, u"2025-11-23T09:00:00+01:00"_s,
                          u"--intensity"_s, u"3"_s, u"--character"_s, u"ache"_s})
                  .exitCode,
              0);
    const QString saved = logicalDump(db);
    const QString backup = file(u"backups/before-the-mistake.sqlite"_s);
    const CliResult made = cli.runRaw({u"--db"_s, db, u"backup"_s, backup});
    ASSERT_EQ(made.exitCode, 0) << made;
    EXPECT_EQ(logicalDump(backup), saved);
    // A backup never overwrites anything.
    const QByteArray backupBytes = readAll(backup);
    const CliResult again = cli.runRaw({u"--db"_s, db, u"backup"_s, backup});
    EXPECT_CLI(again, 1);
    EXPECT_TRUE(again.err.contains(u"already exists"_s)) << again;
    EXPECT_EQ(readAll(backup), backupBytes);

    // Then a mistake: another import and a new athlete.
    ASSERT_EQ(cli.runRaw({u"--db"_s, db, u"import"_s, dataPath(u"import/strong_v2.csv"_s), u"--athlete"_s,
                          u"Alice"_s, u"--unit"_s, u"kg"_s})
                  .exitCode,
              0);
    ASSERT_EQ(cli.runRaw({u"--db"_s, db, u"athlete"_s, u"add"_s, u"Typo"_s}).exitCode, 0);
    ASSERT_NE(logicalDump(db), saved);

    // The backup opens as it is, and put in place of the database it restores it.
    const CliResult fromBackup = cli.runRaw({u"--db"_s, backup, u"sessions"_s, u"--athlete"_s, u"Alice"_s});
    EXPECT_EQ(fromBackup.exitCode, 0) << fromBackup;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(db + suffix);
    ASSERT_TRUE(QFile::copy(backup, db));
    const CliResult check = cli.runRaw({u"--db"_s, db, u"check"_s, u"--json"_s});
    EXPECT_EQ(check.json().value(u"integrity"_s).toString(), u"ok"_s) << check;
    EXPECT_EQ(logicalDump(db), saved);
}

} // namespace
} // namespace spotter::test
