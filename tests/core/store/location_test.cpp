// SPDX-License-Identifier: GPL-3.0-or-later
// --db and File → Connect take a file, a PostgreSQL URI or a libpq keyword string; Qt's driver
// takes neither of the last two (field notes §2), so Spotter parses them itself.
#include "store/location.h"
#include "store/schema.h"
#include "store/storeerror.h"

#include <QDir>

#include <gtest/gtest.h>

namespace spotter {
namespace {

TEST(Location, AFilePathIsSqlite)
{
    const DatabaseLocation l = DatabaseLocation::parse(QStringLiteral("some/dir/log.sqlite"));
    EXPECT_EQ(l.backend(), Backend::Sqlite);
    EXPECT_EQ(l.filePath(), QDir::current().absoluteFilePath(QStringLiteral("some/dir/log.sqlite")));
    EXPECT_EQ(l.toString(), l.filePath());
    // "a=b" is a file name when such a file exists; otherwise it reads as a keyword list.
    EXPECT_EQ(DatabaseLocation::parse(QStringLiteral("notes=1.sqlite")).backend(), Backend::Sqlite);
}

TEST(Location, AUriGivesHostPortDatabaseUserAndOptions)
{
    const DatabaseLocation l = DatabaseLocation::parse(QStringLiteral(
        "postgresql://coach@gym.example.org:6432/team?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem"));
    EXPECT_EQ(l.backend(), Backend::Postgres);
    EXPECT_EQ(l.host(), QStringLiteral("gym.example.org"));
    EXPECT_EQ(l.port(), 6432);
    EXPECT_EQ(l.database(), QStringLiteral("team"));
    EXPECT_EQ(l.user(), QStringLiteral("coach"));
    EXPECT_EQ(l.option(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
    EXPECT_EQ(l.option(QStringLiteral("sslrootcert")), QStringLiteral("/etc/ca.pem"));
    EXPECT_EQ(l.connectOptions(), QStringLiteral("sslmode='verify-full';sslrootcert='/etc/ca.pem'"));
    EXPECT_EQ(l.displayName(), QStringLiteral("coach@gym.example.org:6432/team"));
    EXPECT_EQ(DatabaseLocation::parse(l.toString()), l) << l.toString().toStdString();
}

TEST(Location, ASocketFolderAnIpv6HostAndTheShortScheme)
{
    const DatabaseLocation socket =
        DatabaseLocation::parse(QStringLiteral("postgres://ann@/team?host=/var/run/postgresql"));
    EXPECT_EQ(socket.host(), QStringLiteral("/var/run/postgresql"));
    EXPECT_EQ(socket.user(), QStringLiteral("ann"));
    EXPECT_EQ(DatabaseLocation::parse(socket.toString()), socket) << socket.toString().toStdString();
    const DatabaseLocation v6 =
        DatabaseLocation::parse(QStringLiteral("postgresql://[2001:db8::1]:5433/team"));
    EXPECT_EQ(v6.host(), QStringLiteral("2001:db8::1"));
    EXPECT_EQ(v6.port(), 5433);
    EXPECT_EQ(DatabaseLocation::parse(v6.toString()), v6) << v6.toString().toStdString();
    const DatabaseLocation encoded =
        DatabaseLocation::parse(QStringLiteral("postgresql://j%C3%B6rg@h/t%20eam"));
    EXPECT_EQ(encoded.user(), QStringLiteral("jörg"));
    EXPECT_EQ(encoded.database(), QStringLiteral("t eam"));
    EXPECT_EQ(DatabaseLocation::parse(encoded.toString()), encoded);
}

TEST(Location, AServiceOrAKeywordListIsAServer)
{
    const DatabaseLocation service = DatabaseLocation::parse(QStringLiteral("service=team"));
    EXPECT_TRUE(service.isServer());
    EXPECT_EQ(service.option(QStringLiteral("service")), QStringLiteral("team"));
    EXPECT_EQ(service.displayName(), QStringLiteral("service team"));
    EXPECT_EQ(DatabaseLocation::parse(service.toString()), service);
    const DatabaseLocation keywords = DatabaseLocation::parse(QStringLiteral(
        "host=db.example.org dbname=team user=coach application_name='coach app' sslmode=require"));
    EXPECT_EQ(keywords.host(), QStringLiteral("db.example.org"));
    EXPECT_EQ(keywords.database(), QStringLiteral("team"));
    EXPECT_EQ(keywords.user(), QStringLiteral("coach"));
    // Quoted for libpq: a value with a space stays one value (§2).
    EXPECT_EQ(keywords.connectOptions(), QStringLiteral("application_name='coach app';sslmode='require'"));
}

TEST(Location, PasswordsTyposAndWhatTheDriverCannotPassAreRefused)
{
    const auto refusal = [](const QString &text) {
        try {
            (void)DatabaseLocation::parse(text);
        } catch (const StoreError &e) {
            EXPECT_EQ(e.kind(), StoreError::Kind::Invalid);
            return e.message();
        }
        return QString();
    };
    EXPECT_TRUE(refusal(QStringLiteral("postgresql://coach:secret@host/team")).contains(u"pgpass"));
    EXPECT_TRUE(refusal(QStringLiteral("postgresql://host/team?password=secret")).contains(u"password"));
    EXPECT_TRUE(refusal(QStringLiteral("host=h password=x")).contains(u"password"));
    EXPECT_TRUE(refusal(QStringLiteral("postgresql://host/team?sslmod=require")).contains(u"sslmod"));
    EXPECT_TRUE(refusal(QStringLiteral("postgresql://host:99999/team")).contains(u"99999"));
    EXPECT_TRUE(refusal(QStringLiteral("postgresql://h1,h2/team")).contains(u"one host"));
    EXPECT_TRUE(refusal(QStringLiteral("postgresql://h/t?application_name=a%3Bb")).contains(u"';'"));
    EXPECT_TRUE(refusal(QStringLiteral("service='team")).contains(u"quoted"));
}

TEST(Schema, SqliteRunsTheMigrationsAsWrittenAndPostgresGetsItsTypes)
{
    const QString ddl = QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, r REAL, "
                                       "s TEXT NOT NULL DEFAULT 'INTEGER REAL TEXT', INTEGERS TEXT)");
    EXPECT_EQ(schema::render(Backend::Sqlite, ddl), ddl);
    EXPECT_EQ(
        schema::render(Backend::Postgres, ddl),
        QStringLiteral("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n BIGINT "
                       "NOT NULL, r DOUBLE PRECISION, s TEXT COLLATE \"C\" NOT NULL DEFAULT 'INTEGER REAL "
                       "TEXT', INTEGERS TEXT COLLATE \"C\")"));
    EXPECT_EQ(schema::render(
                  Backend::Postgres,
                  QStringLiteral("ALTER TABLE soreness ADD COLUMN one_sided INTEGER NOT NULL DEFAULT 0")),
              QStringLiteral("ALTER TABLE soreness ADD COLUMN one_sided BIGINT NOT NULL DEFAULT 0"));
}

} // namespace
} // namespace spotter
