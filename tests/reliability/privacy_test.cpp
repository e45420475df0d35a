// SPDX-License-Identifier: GPL-3.0-or-later
// A training log holds health data: the database, its WAL side files, the copies `backup`
// writes and the backup taken before a migration are readable and writable by their owner only
// (mode 0600), even when the user's umask would let everyone read them.
#include "clirunner.h"
#include "store/database.h"
#include "store/query.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

/// The permission bits of @p path, or -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

/// The most permissive umask for the test's lifetime; child processes inherit it.
class OpenUmask
{
public:
    OpenUmask() : m_old(::umask(0)) {}
    ~OpenUmask() { ::umask(m_old); }
    OpenUmask(const OpenUmask &) = delete;
    OpenUmask &operator=(const OpenUmask &) = delete;

private:
    mode_t m_old;
};

void addCoachNotes(const QSqlDatabase &c)
{
    Query::run(c, u"CREATE TABLE coach_note (id INTEGER PRIMARY KEY, text TEXT)"_s);
}

TEST(Privacy, DatabasesSideFilesAndBackupsAreOwnerOnly)
{
    const OpenUmask umask;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"new/folder/spotter.sqlite"_s);
    {
        Database db(path);
        Query::run(db.connection(),
                   u"INSERT INTO athlete (name, name_key, unit) VALUES ('Ann', 'ann', 'kg')"_s);
        EXPECT_EQ(modeOf(path), 0600);
        EXPECT_EQ(modeOf(path + u"-wal"_s), 0600);
        EXPECT_EQ(modeOf(path + u"-shm"_s), 0600);
        const QString copy = dir.filePath(u"copies/copy.sqlite"_s);
        db.backupTo(copy);
        EXPECT_EQ(modeOf(copy), 0600);
    }
    std::vector<Migration> steps = migrations();
    steps.push_back({Database::kSchemaVersion + 1, "coach notes", &addCoachNotes});
    Database::Options options;
    options.migrations = &steps;
    const Database upgraded(path, options);
    ASSERT_FALSE(upgraded.migrationBackup().isEmpty());
    EXPECT_EQ(modeOf(upgraded.migrationBackup()), 0600);
}

TEST(Privacy, TheCommandLineWritesOwnerOnlyFiles)
{
    const OpenUmask umask;
    CliRunner cli;
    ASSERT_TRUE(cli.isValid());
    // The default database, in a folder that did not exist.
    const CliResult add = cli.runRaw({u"athlete"_s, u"add"_s, u"Ann"_s});
    ASSERT_EQ(add.exitCode, 0) << add;
    const QString defaultDb = cli.filePath(u"spotter/spotter.sqlite"_s);
    EXPECT_EQ(modeOf(defaultDb), 0600) << defaultDb.toStdString();
    const CliResult given = cli.run({u"athlete"_s, u"add"_s, u"Bo"_s});
    ASSERT_EQ(given.exitCode, 0) << given;
    EXPECT_EQ(modeOf(cli.dbPath()), 0600);
    const QString copy = cli.filePath(u"backup.sqlite"_s);
    const CliResult backup = cli.run({u"backup"_s, copy});
    ASSERT_EQ(backup.exitCode, 0) << backup;
    EXPECT_EQ(modeOf(copy), 0600);
}

} // namespace
} // namespace spotter::test
