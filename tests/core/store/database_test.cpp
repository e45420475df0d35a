// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/query.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QtEndian>

#include <gtest/gtest.h>

using namespace spotter;
using spotter::test::readAll;

namespace {

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

StoreError::Kind openError(const QString &path, QString *message = nullptr)
{
    try {
        Database db(path);
    } catch (const StoreError &e) {
        if (message)
            *message = e.message();
        return e.kind();
    }
    ADD_FAILURE() << "opening " << path.toStdString() << " should have failed";
    return StoreError::Kind::Sql;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/// Sets the user_version field of a closed database file directly.
void patchUserVersion(const QString &path, quint32 version)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.seek(60);
    uchar bytes[4];
    qToBigEndian(version, bytes);
    f.write(reinterpret_cast<const char *>(bytes), 4);
}

using DatabaseTest = spotter::test::TempDatabase;

} // namespace

TEST_F(DatabaseTest, NewFileIsPrivateAndMigrated)
{
    const QFileInfo info(path());
    EXPECT_EQ(info.permissions()
                  & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
              QFile::Permissions())
        << "the database holds health data: mode 0600";
    EXPECT_EQ(db().schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(db().originalVersion(), 0);
    EXPECT_TRUE(db().migrationBackup().isEmpty()) << "nothing to back up in a new file";
    const QSqlDatabase c = db().connection();
    EXPECT_EQ(Query::scalar(c, QStringLiteral("PRAGMA application_id")).toUInt(), Database::kApplicationId);
    EXPECT_EQ(Query::scalar(c, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(Query::scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(Query::scalar(c, QStringLiteral("PRAGMA synchronous")).toInt(), 1) << "NORMAL";
    EXPECT_EQ(db().integrityCheck(), QStringList{QStringLiteral("ok")});
    // The WAL side files keep the owner-only mode too.
    const QFileInfo wal(path() + QStringLiteral("-wal"));
    ASSERT_TRUE(wal.exists());
    EXPECT_EQ(wal.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

TEST_F(DatabaseTest, ReopeningKeepsDataAndDoesNotMigrateAgain)
{
    Query::run(db().connection(),
               QStringLiteral("INSERT INTO athlete (name, name_key, unit) VALUES ('A', 'a', 'kg')"));
    reopen();
    EXPECT_EQ(db().originalVersion(), Database::kSchemaVersion);
    EXPECT_EQ(Query::scalar(db().connection(), QStringLiteral("SELECT count(*) FROM athlete")).toInt(), 1);
}

TEST_F(DatabaseTest, CreatesMissingFolders)
{
    const QString nested = tempFile(QStringLiteral("a/b/c/spotter.sqlite"));
    Database nestedDb(nested);
    EXPECT_TRUE(QFileInfo::exists(nested));
}

TEST_F(DatabaseTest, NewerSchemaIsRefusedAndLeftByteForByteUnchanged)
{
    m_db.reset(); // closes cleanly: the WAL is checkpointed into the main file
    patchUserVersion(path(), Database::kSchemaVersion + 1);
    const QByteArray before = sha(path());
    QFile::remove(path() + QStringLiteral("-wal"));
    QFile::remove(path() + QStringLiteral("-shm"));
    QString message;
    EXPECT_EQ(openError(path(), &message), StoreError::Kind::NewerSchema);
    EXPECT_TRUE(message.contains(QStringLiteral("newer version of Spotter"))) << message.toStdString();
    EXPECT_EQ(sha(path()), before);
    EXPECT_FALSE(QFileInfo::exists(path() + QStringLiteral("-wal"))) << "not even opened";
    EXPECT_FALSE(QFileInfo::exists(path() + QStringLiteral("-shm")));
}

TEST_F(DatabaseTest, NonDatabaseFilesGetClearErrors)
{
    const QString text = tempFile(QStringLiteral("notes.txt"));
    writeFile(text, "Squat 100x5\n");
    QString message;
    EXPECT_EQ(openError(text, &message), StoreError::Kind::NotADatabase);
    EXPECT_EQ(message, QStringLiteral("'%1' is not a Spotter database (it is not an SQLite file)").arg(text));
    EXPECT_EQ(readAll(text), QByteArray("Squat 100x5\n"));

    const QString random = tempFile(QStringLiteral("random.bin"));
    QByteArray noise(8192, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = static_cast<char>((i * 7919) ^ (i >> 3));
    writeFile(random, noise);
    EXPECT_EQ(openError(random), StoreError::Kind::NotADatabase);

    EXPECT_EQ(openError(m_dir.path()), StoreError::Kind::NotADatabase) << "a folder";
}

TEST_F(DatabaseTest, TruncatedFileIsReportedNotOpened)
{
    // Enough data for several pages, then cut the file in half.
    for (int i = 0; i < 200; ++i)
        Query::run(db().connection(), QStringLiteral("INSERT INTO athlete (name, name_key, unit) VALUES "
                                                     "('%1', '%1', 'kg')")
                                          .arg(QString(500, QChar(u'a' + i % 26)) + QString::number(i)));
    m_db.reset();
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    ASSERT_GT(size, 16 * 4096);
    ASSERT_TRUE(f.resize(size / 2));
    f.close();
    QString message;
    EXPECT_EQ(openError(path(), &message), StoreError::Kind::Corrupt);
    EXPECT_TRUE(message.contains(QStringLiteral("truncated"))) << message.toStdString();
}

TEST_F(DatabaseTest, AnotherApplicationsSqliteFileIsRefused)
{
    const QString other = tempFile(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        c.setDatabaseName(other);
        ASSERT_TRUE(c.open());
        Query::run(c, QStringLiteral("CREATE TABLE songs (title TEXT)"));
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = sha(other);
    QString message;
    EXPECT_EQ(openError(other, &message), StoreError::Kind::ForeignDatabase);
    EXPECT_TRUE(message.contains(QStringLiteral("another application"))) << message.toStdString();
    EXPECT_EQ(sha(other), before);

    // Same with a foreign application_id set.
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other2"));
        c.setDatabaseName(other);
        ASSERT_TRUE(c.open());
        Query::run(c, QStringLiteral("PRAGMA application_id = 1234"));
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other2"));
    EXPECT_EQ(openError(other), StoreError::Kind::ForeignDatabase);
}

TEST_F(DatabaseTest, EmptyFileBecomesADatabase)
{
    const QString empty = tempFile(QStringLiteral("empty.sqlite"));
    writeFile(empty, QByteArray());
    Database fresh(empty);
    EXPECT_EQ(fresh.schemaVersion(), Database::kSchemaVersion);
}

namespace {
void addNotesTable(const QSqlDatabase &c)
{
    Query::run(c, QStringLiteral("CREATE TABLE coach_note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"));
    Query::run(c, QStringLiteral("INSERT INTO coach_note (text) SELECT name FROM athlete"));
}
void failingStep(const QSqlDatabase &c)
{
    Query::run(c, QStringLiteral("CREATE TABLE half_done (id INTEGER)"));
    Query::run(c, QStringLiteral("THIS IS NOT SQL"));
}
} // namespace

TEST_F(DatabaseTest, UpgradeBacksUpFirstAndRunsEachStepInATransaction)
{
    Query::run(db().connection(),
               QStringLiteral("INSERT INTO athlete (name, name_key, unit) VALUES ('Ann', 'ann', 'kg')"));
    m_db.reset();
    const QByteArray v1 = sha(path());

    std::vector<Migration> steps = migrations();
    steps.push_back({Database::kSchemaVersion + 1, "coach notes", &addNotesTable});
    Database::Options options;
    options.migrations = &steps;
    {
        Database upgraded(path(), options);
        EXPECT_EQ(upgraded.originalVersion(), Database::kSchemaVersion);
        EXPECT_EQ(upgraded.schemaVersion(), Database::kSchemaVersion + 1);
        EXPECT_EQ(
            Query::scalar(upgraded.connection(), QStringLiteral("SELECT text FROM coach_note")).toString(),
            QStringLiteral("Ann"));
        // The backup is the old file, complete, private, and opens as the old version.
        const QString backup = upgraded.migrationBackup();
        ASSERT_FALSE(backup.isEmpty());
        EXPECT_TRUE(backup.contains(QStringLiteral(".v%1-").arg(Database::kSchemaVersion)))
            << backup.toStdString();
        EXPECT_EQ(QFileInfo(backup).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                  QFile::Permissions());
        Database restored(backup);
        EXPECT_EQ(restored.schemaVersion(), Database::kSchemaVersion);
        EXPECT_EQ(Query::scalar(restored.connection(), QStringLiteral("SELECT name FROM athlete")).toString(),
                  QStringLiteral("Ann"));
    }
    // The program that does not know the new version now refuses the upgraded file.
    EXPECT_EQ(openError(path()), StoreError::Kind::NewerSchema);
    Q_UNUSED(v1);
}

TEST_F(DatabaseTest, FailedMigrationRollsBackThatStep)
{
    m_db.reset();
    std::vector<Migration> steps = migrations();
    steps.push_back({Database::kSchemaVersion + 1, "broken", &failingStep});
    Database::Options options;
    options.migrations = &steps;
    EXPECT_THROW(Database(path(), options), StoreError);
    Database plain(path());
    EXPECT_EQ(plain.schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(Query::scalar(plain.connection(),
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"))
                  .toInt(),
              0);
}

TEST_F(DatabaseTest, WriteTransactionRollsBackUnlessCommittedAndNests)
{
    const QSqlDatabase c = db().connection();
    {
        WriteTransaction tx(c);
        Query::run(c, QStringLiteral("INSERT INTO athlete (name, name_key, unit) VALUES ('A', 'a', 'kg')"));
    }
    EXPECT_EQ(Query::scalar(c, QStringLiteral("SELECT count(*) FROM athlete")).toInt(), 0);
    {
        WriteTransaction outer(c);
        Query::run(c, QStringLiteral("INSERT INTO athlete (name, name_key, unit) VALUES ('A', 'a', 'kg')"));
        {
            WriteTransaction inner(c);
            EXPECT_TRUE(inner.isNested());
            Query::run(c,
                       QStringLiteral("INSERT INTO athlete (name, name_key, unit) VALUES ('B', 'b', 'kg')"));
        } // inner rolled back alone
        outer.commit();
    }
    EXPECT_EQ(Query::scalar(c, QStringLiteral("SELECT group_concat(name) FROM athlete")).toString(),
              QStringLiteral("A"));
    EXPECT_FALSE(inTransaction(c));
}

TEST_F(DatabaseTest, BusyWriterFailsOnlyAfterWaitingThenSucceeds)
{
    // Another connection (as another process would) holds the write lock briefly.
    Database other(path());
    QSqlDatabase c2;
    {
        // A second Database object gives this thread a second, independent connection.
        c2 = other.connection();
    }
    QSqlQuery hold(c2);
    ASSERT_TRUE(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
    Database::Options quick;
    quick.busyTimeoutMs = 50;
    Database impatient(path(), quick);
    EXPECT_THROW(WriteTransaction(impatient.connection(), std::chrono::milliseconds(200)), StoreError);
    ASSERT_TRUE(hold.exec(QStringLiteral("COMMIT")));
    WriteTransaction ok(impatient.connection(), std::chrono::milliseconds(200));
    ok.commit();
}

TEST_F(DatabaseTest, BackupIsConsistentAndPrivate)
{
    Query::run(db().connection(),
               QStringLiteral("INSERT INTO athlete (name, name_key, unit) VALUES ('A', 'a', 'kg')"));
    const QString target = tempFile(QStringLiteral("copy/backup.sqlite"));
    db().backupTo(target);
    EXPECT_EQ(QFileInfo(target).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    Database copy(target);
    EXPECT_EQ(Query::scalar(copy.connection(), QStringLiteral("SELECT count(*) FROM athlete")).toInt(), 1);
    EXPECT_THROW(db().backupTo(target), StoreError) << "never overwrites";
}

TEST(DatabaseDefaults, DefaultPathIsInAppData)
{
    // ~/.local/share/spotter/spotter.sqlite, where it was before the organisation had a name: a
    // name in front of it would lose every existing user's database.
    EXPECT_FALSE(QCoreApplication::organizationName().isEmpty());
    EXPECT_EQ(Database::defaultPath(), QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                                           + QStringLiteral("/spotter/spotter.sqlite"));
}

TEST_F(DatabaseTest, SecondOpenerSeesThroughTheWalOfTheFirst)
{
    // The GUI keeps the file open in WAL mode while the CLI opens it: the main file's header may
    // not carry the application id yet, which must not read as "another application".
    Query::run(db().connection(),
               QStringLiteral("INSERT INTO athlete (name, name_key, unit) VALUES ('A', 'a', 'kg')"));
    ASSERT_GT(QFileInfo(path() + QStringLiteral("-wal")).size(), 0);
    Database second(path());
    EXPECT_EQ(Query::scalar(second.connection(), QStringLiteral("SELECT count(*) FROM athlete")).toInt(), 1);
}

namespace {
/// The SQLite magic followed by bytes from @p seed. With @p consistent, the header fields the
/// opener checks (page size, page count, application id, version) agree with the file, so the
/// bytes get as far as SQLite itself.
QByteArray sqliteLookalike(quint32 seed, bool consistent, quint32 applicationId)
{
    QRandomGenerator random(seed);
    const int pages = 1 + static_cast<int>(random.bounded(8));
    QByteArray bytes(consistent ? pages * 4096 : 100 + static_cast<int>(random.bounded(8000)), '\0');
    for (char &c : bytes)
        c = static_cast<char>(random.bounded(256));
    bytes.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    if (consistent) {
        auto *b = reinterpret_cast<uchar *>(bytes.data());
        qToBigEndian<quint16>(4096, b + 16);
        b[18] = 1; // a rollback journal: looking at it read-only needs no -shm
        b[19] = 1;
        qToBigEndian<quint32>(7, b + 24);
        qToBigEndian<quint32>(static_cast<quint32>(pages), b + 28);
        qToBigEndian<quint32>(applicationId == 0 ? 0 : Database::kSchemaVersion, b + 60);
        qToBigEndian<quint32>(applicationId, b + 68);
        qToBigEndian<quint32>(7, b + 92);
    }
    return bytes;
}
} // namespace

TEST_F(DatabaseTest, RandomBytesBehindAnSqliteHeaderAreRefusedAndLeftAlone)
{
    int cases = 0;
    for (quint32 seed = 1; seed <= 30; ++seed) {
        for (const auto &[consistent, id] : {std::pair{false, 0u}, std::pair{true, 0u},
                                             std::pair{true, quint32(Database::kApplicationId)}}) {
            const QString file =
                tempFile(QStringLiteral("lookalike-%1-%2-%3.sqlite").arg(seed).arg(consistent).arg(id));
            const QByteArray bytes = sqliteLookalike(seed, consistent, id);
            writeFile(file, bytes);
            QString message;
            const StoreError::Kind kind = openError(file, &message);
            EXPECT_TRUE(kind == StoreError::Kind::Corrupt || kind == StoreError::Kind::NotADatabase)
                << file.toStdString() << ": " << message.toStdString();
            EXPECT_TRUE(message.startsWith(QStringLiteral("'%1' is damaged").arg(file)))
                << message.toStdString();
            EXPECT_EQ(readAll(file), bytes) << file.toStdString() << " must stay byte-for-byte unchanged";
            for (const char *side : {"-wal", "-shm", "-journal"})
                EXPECT_FALSE(QFileInfo::exists(file + QLatin1String(side))) << file.toStdString() << side;
            ++cases;
        }
    }
    EXPECT_EQ(cases, 90);
}

TEST_F(DatabaseTest, AFileOfSeveralMillionSetsIsStillCheckedBeforeWriting)
{
    // 48 MiB, over the old 32 MiB limit: a damaged table must still be found before a write.
    const QString path = tempFile(QStringLiteral("big.sqlite"));
    int root = 0;
    {
        Database db(path);
        Query::run(db.connection(), QStringLiteral("CREATE TABLE padding (bytes BLOB)"));
        Query::run(db.connection(),
                   QStringLiteral("INSERT INTO padding VALUES (zeroblob(48 * 1024 * 1024))"));
        root = Query::scalar(db.connection(),
                             QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'athlete'"))
                   .toInt();
        Query::run(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    ASSERT_GT(root, 1);
    ASSERT_GT(QFileInfo(path).size(), 48 * 1024 * 1024);
    ASSERT_FALSE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(qint64(root - 1) * 4096);
        f.write(QByteArray(4096, '\xff'));
    }
    Database db(path);
    EXPECT_FALSE(db.damage().isEmpty());
    EXPECT_TRUE(db.isReadOnly());
}

TEST_F(DatabaseTest, TheMigrationBackupPutBackRestoresTheOldDatabase)
{
    Query::run(db().connection(),
               QStringLiteral("INSERT INTO athlete (name, name_key, unit) VALUES ('Ann', 'ann', 'kg')"));
    m_db.reset();
    std::vector<Migration> steps = migrations();
    steps.push_back({Database::kSchemaVersion + 1, "coach notes", &addNotesTable});
    Database::Options options;
    options.migrations = &steps;
    QString backup;
    {
        Database upgraded(path(), options);
        backup = upgraded.migrationBackup();
        Query::run(
            upgraded.connection(),
            QStringLiteral("INSERT INTO athlete (name, name_key, unit) VALUES ('Later', 'later', 'kg')"));
    }
    ASSERT_TRUE(QFileInfo::exists(backup));
    // The way back (docs/reliability.md): the backup replaces the database file.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path() + suffix);
    ASSERT_TRUE(QFile::copy(backup, path()));
    Database restored(path());
    EXPECT_EQ(restored.schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(restored.integrityCheck(), QStringList{QStringLiteral("ok")});
    EXPECT_EQ(Query::scalar(restored.connection(), QStringLiteral("SELECT group_concat(name) FROM athlete"))
                  .toString(),
              QStringLiteral("Ann"));
    EXPECT_EQ(Query::scalar(restored.connection(),
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'coach_note'"))
                  .toInt(),
              0);
}
