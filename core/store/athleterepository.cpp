// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/athleterepository.h"

#include "model/clock.h"
#include "model/exercise.h"
#include "model/validation.h"
#include "store/database.h"
#include "store/dialect.h"
#include "store/platerepository.h"
#include "store/query.h"
#include "store/recordrepository.h"
#include "store/routinerepository.h"
#include "store/rowversion.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QDate>

namespace spotter {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, unit, birth_year, notes, prior_back_injury, steroids_or_osteoporosis, cancer_history, "
    "immunosuppressed, row_version");

Athlete readAthlete(const Query &q)
{
    Athlete a;
    a.id = q.int64(0);
    a.name = q.string(1);
    a.unit = sql::enumOf(kWeightUnitKeys, q.string(2), "athlete.unit");
    a.birthYear = q.optInt(3);
    a.notes = q.string(4);
    a.health.priorBackInjury = q.value(5).toBool();
    a.health.steroidsOrOsteoporosis = q.value(6).toBool();
    a.health.cancerHistory = q.value(7).toBool();
    a.health.immunosuppressed = q.value(8).toBool();
    a.version = q.int64(9);
    return a;
}

void bindAthlete(Query &q, const Athlete &a)
{
    q.bind(QStringLiteral(":name"), normalizedName(a.name.trimmed()))
        .bind(QStringLiteral(":key"), nameKey(a.name))
        .bind(QStringLiteral(":unit"), toKey(a.unit))
        .bind(QStringLiteral(":birth"), sql::opt(a.birthYear))
        .bind(QStringLiteral(":notes"), a.notes)
        .bind(QStringLiteral(":back"), a.health.priorBackInjury ? 1 : 0)
        .bind(QStringLiteral(":steroids"), a.health.steroidsOrOsteoporosis ? 1 : 0)
        .bind(QStringLiteral(":cancer"), a.health.cancerHistory ? 1 : 0)
        .bind(QStringLiteral(":immuno"), a.health.immunosuppressed ? 1 : 0);
}

void requireUniqueName(const QSqlDatabase &db, const Athlete &a)
{
    Query q(db, QStringLiteral("SELECT name FROM athlete WHERE name_key = :key AND id <> :id"));
    q.bind(QStringLiteral(":key"), nameKey(a.name)).bind(QStringLiteral(":id"), a.id).exec();
    if (q.next())
        throw StoreError(StoreError::Kind::Duplicate,
                         QCoreApplication::translate("spotter::Store", "An athlete named '%1' already exists")
                             .arg(q.string(0)));
}

} // namespace

qint64 AthleteRepository::add(Athlete &athlete)
{
    sql::requireValid(validate(athlete, Clock::today().year()));
    athlete.name = normalizedName(athlete.name.trimmed());
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    requireUniqueName(db, athlete);
    if (athlete.id <= 0) {
        if (const auto reserved = dialect::reserveId(db, "athlete"))
            athlete.id = *reserved;
    }
    Query q(db, dialect::insert(
                    QStringLiteral("INSERT INTO athlete (id, name, name_key, unit, birth_year, notes, "
                                   "prior_back_injury, steroids_or_osteoporosis, cancer_history, "
                                   "immunosuppressed, row_version) VALUES (:id, :name, :key, :unit, :birth, "
                                   ":notes, :back, :steroids, :cancer, :immuno, :version)"),
                    athlete.id > 0));
    if (athlete.id > 0)
        q.bind(QStringLiteral(":id"), athlete.id);
    bindAthlete(q, athlete);
    q.bind(QStringLiteral(":version"), athlete.version);
    q.exec();
    if (athlete.id <= 0)
        athlete.id = q.insertedId();
    tx.commit();
    return athlete.id;
}

void AthleteRepository::update(Athlete &athlete)
{
    sql::requireValid(validate(athlete, Clock::today().year()));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    requireUniqueName(db, athlete);
    Query q(db, QStringLiteral("UPDATE athlete SET name = :name, name_key = :key, unit = :unit, "
                               "birth_year = :birth, notes = :notes, prior_back_injury = :back, "
                               "steroids_or_osteoporosis = :steroids, cancer_history = :cancer, "
                               "immunosuppressed = :immuno, ")
                    + rowversion::setNext() + rowversion::whereCurrent());
    q.bind(QStringLiteral(":id"), athlete.id).bind(QStringLiteral(":version"), athlete.version);
    bindAthlete(q, athlete);
    q.exec();
    if (q.rowsAffected() == 0)
        rowversion::refuse(
            db, "athlete", athlete.id,
            QCoreApplication::translate("spotter::Store", "%1's details were changed by someone else since "
                                                          "you opened them; nothing was overwritten. They "
                                                          "have been reloaded: make your change again.")
                .arg(athlete.name),
            QCoreApplication::translate("spotter::Store", "There is no athlete %1").arg(athlete.id));
    tx.commit();
    ++athlete.version;
}

void AthleteRepository::remove(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    Query q(db, QStringLiteral("DELETE FROM athlete WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    tx.commit();
}

std::optional<AthleteSnapshot> AthleteRepository::removeWithSnapshot(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    const auto athlete = get(id);
    if (!athlete)
        return std::nullopt;
    AthleteSnapshot snapshot{*athlete,
                             SessionRepository(m_db).list(id),
                             SorenessRepository(m_db).list(id),
                             RecordRepository::read(db, QStringLiteral("WHERE r.athlete_id = :id"), id),
                             RoutineRepository::assignedTo(db, id),
                             PlateRepository::read(db, id)};
    remove(id);
    tx.commit();
    return snapshot;
}

void AthleteRepository::restore(const AthleteSnapshot &snapshot)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    Athlete athlete = snapshot.athlete;
    add(athlete);
    for (Session session : snapshot.sessions)
        SessionRepository::insert(db, session);
    SorenessRepository soreness(m_db);
    for (SorenessReport report : snapshot.reports)
        soreness.add(report);
    RecordRepository::insert(db, athlete.id, snapshot.records);
    RoutineRepository::assign(db, athlete.id, snapshot.routineIds);
    if (snapshot.plates)
        PlateRepository::write(db, athlete.id, *snapshot.plates);
    tx.commit();
}

std::optional<Athlete> AthleteRepository::get(qint64 id) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM athlete WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readAthlete(q);
}

std::optional<Athlete> AthleteRepository::findByName(const QString &name) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM athlete WHERE name_key = :key"));
    q.bind(QStringLiteral(":key"), nameKey(name)).exec();
    if (!q.next())
        return std::nullopt;
    return readAthlete(q);
}

QList<Athlete> AthleteRepository::list() const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM athlete ORDER BY name_key, id"));
    q.exec();
    QList<Athlete> out;
    while (q.next())
        out.append(readAthlete(q));
    return out;
}

qint64 AthleteRepository::count() const
{
    return Query::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM athlete")).toLongLong();
}

} // namespace spotter
