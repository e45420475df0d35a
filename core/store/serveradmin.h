// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "store/location.h"
#include "store/migrations.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace spotter {

/// One team as the admin sees it.
struct TeamListing
{
    QString name;
    QStringList coaches;  ///< logins
    QStringList athletes; ///< names
};

/// An athlete on the server and the login that is them, if any.
struct AthleteListing
{
    QString name;
    QString login;
};

/// The admin's side of a team server (`spotter-cli server …`), run by a PostgreSQL superuser
/// (or a role that may create roles and is a member of spotter_owner). Accounts, passwords and
/// TLS are PostgreSQL's own: a coach or an athlete is a login role in the group role
/// spotter_coach or spotter_athlete, and row-level security on every table decides what each
/// login reads and writes (docs/team-server.md). Every call is one transaction.
class ServerAdmin
{
public:
    /// Connects; throws StoreError.
    explicit ServerAdmin(const DatabaseLocation &location, const QString &password = {},
                         const std::vector<Migration> *migrations = nullptr);
    ~ServerAdmin();
    ServerAdmin(const ServerAdmin &) = delete;
    ServerAdmin &operator=(const ServerAdmin &) = delete;

    struct Setup
    {
        int before = 0; ///< schema version found (0: none)
        int after = 0;
    };
    /// Creates what is missing — the group roles, the schema, the tables (the same migrations
    /// as a file, one transaction for all of them), the server's own tables, the functions,
    /// triggers, grants and row-level security policies — and brings an older schema up to
    /// date. Running it again changes nothing. A newer schema is refused untouched.
    Setup init();
    /// init() for a server that already holds Spotter's schema.
    Setup upgrade();

    /// Creates the login (or adds an existing one) as a coach. With @p password, sets it as a
    /// SCRAM verifier computed here, so the password itself never reaches the server.
    void addCoach(const QString &login, const std::optional<QString> &password);
    /// Creates the athlete @p name (or takes the existing one) and the login that is them;
    /// puts them in @p team when given. Returns the athlete's id.
    qint64 addAthlete(const QString &name, const QString &login, WeightUnit unit,
                      const std::optional<QString> &password, const QString &team = {});
    qint64 addTeam(const QString &name);
    /// Puts a coach (a login) or an athlete (a name) in a team.
    void assignCoach(const QString &team, const QString &login);
    void assignAthlete(const QString &team, const QString &athleteName);

    [[nodiscard]] QList<TeamListing> teams();
    [[nodiscard]] QList<AthleteListing> athletes();

private:
    Setup migrate(bool create);
    void begin();
    void commit();
    void rollback() noexcept;
    void asOwner();
    void asAdmin();
    void ensureGroupRole(const char *role);
    void ensureLogin(const QString &login, const char *group, const std::optional<QString> &password);
    [[nodiscard]] bool roleExists(const QString &role);
    [[nodiscard]] qint64 teamId(const QString &name);
    [[nodiscard]] int latestVersion() const;

    DatabaseLocation m_location;
    const std::vector<Migration> *m_migrations;
    QString m_name;
    QSqlDatabase m_db;
};

namespace server {
/// Creates or replaces the server's own tables, functions, triggers, grants and policies, and
/// turns row-level security on (and forces it) for every table in the schema. Runs as the owner
/// inside ServerAdmin's transaction.
void applyPolicies(const QSqlDatabase &db);
/// Replaces workout_set's foreign keys to session and exercise with statement-level triggers
/// that keep the same promises (core/store/serverkeys.cpp). Part of applyPolicies().
void replaceSetForeignKeys(const QSqlDatabase &db);
/// Whether workout_set's references are checked: by the triggers, or by the constraints of a
/// server not upgraded yet. Part of integrityCheck().
[[nodiscard]] bool setForeignKeysChecked(const QSqlDatabase &db);
/// Gives workout_set, on the server only, the athlete of each set's session, kept right by
/// triggers, for the sets' policies to read (core/store/serversetathletes.cpp). Part of
/// applyPolicies(), before replaceSetForeignKeys(), whose statement check refuses a set whose
/// athlete is not its session's.
void keepSetAthletes(const QSqlDatabase &db);
/// Whether workout_set has that column, which the store's queries name on a server
/// (dialect::setsOfSessions): connecting refuses a server without it. Readable by every login.
[[nodiscard]] bool setsCarryAthlete(const QSqlDatabase &db);
/// The same as an SQL truth value over the catalogue only, binding :schema: for a statement
/// that asks more at once.
[[nodiscard]] QString setsCarryAthleteTest();
/// Whether the exercise catalogue's writes are announced to listeners (its change trigger, which
/// older servers lack until `server upgrade`), as an SQL truth value binding :schema.
[[nodiscard]] QString announcesExercisesTest();
/// Whether workout_set has that column and its triggers (enabled). Part of integrityCheck().
[[nodiscard]] bool setAthletesKept(const QSqlDatabase &db);
/// Tables and the rule their rows follow, for the documentation and the tests.
[[nodiscard]] QStringList guardedTables();
} // namespace server

} // namespace spotter
