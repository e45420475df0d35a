// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/platerepository.h"

#include "store/athleterepository.h"
#include "store/database.h"
#include "store/query.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

namespace spotter {

std::optional<PlateSet> PlateRepository::read(const QSqlDatabase &db, qint64 athleteId)
{
    Query q(db,
            QStringLiteral("SELECT unit, bar, collar, plates FROM plate_set WHERE athlete_id = :athlete"));
    q.bind(QStringLiteral(":athlete"), athleteId).exec();
    if (!q.next())
        return std::nullopt;
    PlateSet set;
    set.unit = sql::enumOf(kWeightUnitKeys, q.string(0), "plate_set.unit");
    set.bar = q.value(1).toDouble();
    set.collar = q.value(2).toDouble();
    QString error;
    const auto plates = PlateSet::parsePlates(q.string(3), &error);
    if (!plates)
        throw StoreError(
            StoreError::Kind::Corrupt,
            QCoreApplication::translate("spotter::Store", "The plates of athlete %1 cannot be read: %2")
                .arg(athleteId)
                .arg(error));
    set.plates = *plates;
    return set;
}

void PlateRepository::write(const QSqlDatabase &db, qint64 athleteId, const PlateSet &plates)
{
    Query clear(db, QStringLiteral("DELETE FROM plate_set WHERE athlete_id = :athlete"));
    clear.bind(QStringLiteral(":athlete"), athleteId).exec();
    Query q(db,
            QStringLiteral("INSERT INTO plate_set (athlete_id, unit, bar, collar, plates) VALUES (:athlete, "
                           ":unit, :bar, :collar, :plates)"));
    q.bind(QStringLiteral(":athlete"), athleteId)
        .bind(QStringLiteral(":unit"), toKey(plates.unit))
        .bind(QStringLiteral(":bar"), plates.bar)
        .bind(QStringLiteral(":collar"), plates.collar)
        .bind(QStringLiteral(":plates"), plates.platesText())
        .exec();
}

std::optional<PlateSet> PlateRepository::get(qint64 athleteId) const
{
    return read(m_db.connection(), athleteId);
}

PlateSet PlateRepository::getOrDefault(qint64 athleteId) const
{
    if (auto stored = get(athleteId))
        return *stored;
    const auto athlete = AthleteRepository(m_db).get(athleteId);
    return PlateSet::defaults(athlete ? athlete->unit : WeightUnit::Kg);
}

void PlateRepository::set(qint64 athleteId, const PlateSet &plates)
{
    if (const QStringList issues = validate(plates); !issues.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, issues.join(QStringLiteral("; ")));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    write(db, athleteId, plates);
    tx.commit();
}

void PlateRepository::remove(qint64 athleteId)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    Query q(db, QStringLiteral("DELETE FROM plate_set WHERE athlete_id = :athlete"));
    q.bind(QStringLiteral(":athlete"), athleteId).exec();
    tx.commit();
}

} // namespace spotter
