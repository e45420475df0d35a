// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace spotter {

/// Which engine holds a database.
enum class Backend { Sqlite, Postgres };

/// Where a database is, as `--db` and File → Connect give it: a file path (SQLite), a
/// PostgreSQL URI (`postgresql://coach@host:5432/team?sslmode=verify-full`) or a libpq
/// connection string (`service=team`, `host=… dbname=…`). Qt's PostgreSQL driver takes neither
/// a URI nor a connection string as a database name (field notes §2), so they are parsed here
/// into the driver's setters and its option string. A password is never accepted in the text:
/// it would end up in shell histories and the recent-connections list; libpq's password file,
/// a service file or the GUI's prompt supply it.
class DatabaseLocation
{
public:
    /// Throws StoreError(Invalid) with a message naming what is wrong.
    [[nodiscard]] static DatabaseLocation parse(const QString &text);
    /// True when @p text names a server rather than a file (it need not be valid).
    [[nodiscard]] static bool looksLikeServer(const QString &text);
    [[nodiscard]] static DatabaseLocation file(const QString &path);
    /// A server from its parts (File → Connect); an empty part is left to libpq's defaults, and
    /// @p options are checked as parse() checks them. Throws StoreError(Invalid).
    [[nodiscard]] static DatabaseLocation server(const QString &host, int port, const QString &database,
                                                 const QString &user,
                                                 const QList<QPair<QString, QString>> &options = {});

    [[nodiscard]] Backend backend() const { return m_backend; }
    [[nodiscard]] bool isServer() const { return m_backend == Backend::Postgres; }
    /// The SQLite file (absolute), empty for a server.
    [[nodiscard]] const QString &filePath() const { return m_path; }

    // A server's parts; empty when not given (libpq then uses its defaults: PGHOST, the
    // service file, the login name, …).
    [[nodiscard]] const QString &host() const { return m_host; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] const QString &database() const { return m_database; }
    [[nodiscard]] const QString &user() const { return m_user; }
    /// Other libpq keywords given (sslmode, service, sslrootcert, …), in the order given.
    [[nodiscard]] const QList<QPair<QString, QString>> &options() const { return m_options; }
    [[nodiscard]] QString option(const QString &key) const;

    /// The same place with another login (File → Connect asks for it separately).
    [[nodiscard]] DatabaseLocation withUser(const QString &user) const;

    /// The options for QSqlDatabase::setConnectOptions(), each value quoted for libpq.
    [[nodiscard]] QString connectOptions() const;
    /// libpq's quoting for a keyword's value: single quotes, with \ and ' escaped.
    [[nodiscard]] static QString quotedValue(const QString &value);
    /// A canonical `postgresql://` URI for a server (never with a password) or the file path:
    /// what the recent-connections list keeps and what parse() reads back to the same place.
    [[nodiscard]] QString toString() const;
    /// For people: "coach@gym.example.org:5432/team" or the file path.
    [[nodiscard]] QString displayName() const;

    bool operator==(const DatabaseLocation &) const = default;

private:
    static DatabaseLocation parseUri(const QString &text);
    static DatabaseLocation parseKeywords(const QString &text);
    void setKeyword(const QString &key, const QString &value, const QString &text);

    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_user;
    QList<QPair<QString, QString>> m_options;
};

} // namespace spotter
