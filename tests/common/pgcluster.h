// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A throwaway PostgreSQL cluster for tests (field notes §1): initdb + pg_ctl from Debian's
// postgresql package, in a temporary folder, listening on a Unix socket only, fsync off; run as
// the postgres user through runuser when the tests run as root. One cluster per test
// executable: CTest's fixture (spotter_pg_cluster start/stop) starts it before the
// executable's tests and points them at it through SPOTTER_TEST_PG; a test executable run by
// hand starts its own for the process. Every test gets its own database, copied from a
// template on which `server init` ran and in which the login spotter_test_coach coaches the
// team "Testers"; the coach's password comes from a libpq password file, as a real coach's
// would.

#include "store/location.h"

#include <QString>
#include <QStringList>

namespace spotter::test {

class PgCluster
{
public:
    static constexpr char kCoach[] = "spotter_test_coach";
    static constexpr char kCoachPassword[] = "coach-Pa55";
    static constexpr char kTeam[] = "Testers";
    static constexpr char kTemplate[] = "spotter_template";

    /// The cluster of this test process (started on first use unless CTest started one).
    static PgCluster &shared();

    /// False when PostgreSQL's server programs are not installed: tests skip then.
    [[nodiscard]] bool available() const { return m_available; }
    [[nodiscard]] const QString &unavailableReason() const { return m_reason; }
    [[nodiscard]] const QString &socketDir() const { return m_socket; }
    [[nodiscard]] const QString &dataDir() const { return m_data; }

    /// A new database copied from the template; its name.
    [[nodiscard]] QString createDatabase();
    void dropDatabase(const QString &name);
    /// @p user on @p database through the socket.
    [[nodiscard]] DatabaseLocation location(const QString &database,
                                            const QString &user = QString::fromLatin1(kCoach)) const;
    /// The superuser on @p database (the admin's `server` commands).
    [[nodiscard]] DatabaseLocation admin(const QString &database) const
    {
        return location(database, QStringLiteral("postgres"));
    }
    struct PsqlResult
    {
        bool ok = false;
        QString output; ///< unaligned, tuples only
        QString error;
    };
    /// Runs SQL through psql as @p user (the superuser by default): what a test checks or does
    /// behind Spotter's back, as plain SQL.
    [[nodiscard]] PsqlResult tryPsql(const QString &database, const QString &sql,
                                     const QString &user = QStringLiteral("postgres")) const;
    /// The same, failing the test on an error; returns the output.
    QString psql(const QString &database, const QString &sql,
                 const QString &user = QStringLiteral("postgres")) const;
    /// Restarts the server (pg_ctl restart -m fast): every connection is cut.
    void restart() const;

    // ---- for the CTest fixture and the process-local cluster ----------------------------------

    /// Creates and starts a cluster in @p dir (a new folder) and prepares the template.
    static bool start(const QString &dir, QString *error);
    /// Stops the cluster in @p dir and removes the folder.
    static void stop(const QString &dir);
    /// Where the server programs are; empty when they are missing.
    [[nodiscard]] static QString binDir();

private:
    PgCluster();
    ~PgCluster();
    void attach(const QString &dir);

    bool m_available = false;
    bool m_ownsCluster = false;
    QString m_reason;
    QString m_dir;
    QString m_socket;
    QString m_data;
};

} // namespace spotter::test
