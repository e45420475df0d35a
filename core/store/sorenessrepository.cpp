// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sorenessrepository.h"

#include "model/session.h"
#include "model/validation.h"
#include "store/database.h"
#include "store/dialect.h"
#include "store/query.h"
#include "store/rawquery.h"
#include "store/rowversion.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

namespace spotter {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, athlete_id, session_id, region, side, noticed_utc, noticed_offset_s, resolved_utc, "
    "resolved_offset_s, intensity, character, trend, signs, red_flags, notes, one_sided, lift, row_version "
    "FROM soreness ");

template <typename Q>
SorenessReport readReport(const Q &q)
{
    SorenessReport r;
    r.id = q.int64(0);
    r.athleteId = q.int64(1);
    r.sessionId = q.optInt64(2);
    r.region = sql::enumOf(kRegionKeys, q.string(3), "soreness.region");
    r.side = sql::enumOf(kSideKeys, q.string(4), "soreness.side");
    r.noticedAt = dateTimeWithOffset(q.int64(5), static_cast<int>(q.int64(6)));
    if (!q.isNull(7))
        r.resolvedAt = dateTimeWithOffset(q.int64(7), static_cast<int>(q.int64(8)));
    r.intensity = static_cast<int>(q.int64(9));
    r.character = sql::enumOf(kCharacterKeys, q.string(10), "soreness.character");
    if (!q.isNull(11))
        r.trend = sql::enumOf(kTrendKeys, q.string(11), "soreness.trend");
    r.signs = sql::enumSetOf(kSignKeys, q.string(12), "soreness.signs");
    r.redFlags = sql::enumSetOf(kRedFlagKeys, q.string(13), "soreness.red_flags");
    r.notes = q.string(14);
    r.oneSided = q.int64(15) != 0;
    r.lift = q.string(16);
    r.version = q.int64(17);
    return r;
}

void bindReport(Query &q, const SorenessReport &r)
{
    q.bind(QStringLiteral(":athlete"), r.athleteId)
        .bind(QStringLiteral(":session"), sql::opt(r.sessionId))
        .bind(QStringLiteral(":region"), toKey(r.region))
        .bind(QStringLiteral(":side"), toKey(r.side))
        .bind(QStringLiteral(":noticed"), r.noticedAt.toSecsSinceEpoch())
        .bind(QStringLiteral(":noffset"), r.noticedAt.offsetFromUtc())
        .bind(QStringLiteral(":resolved"),
              r.resolvedAt ? QVariant(r.resolvedAt->toSecsSinceEpoch()) : QVariant())
        .bind(QStringLiteral(":roffset"), r.resolvedAt ? QVariant(r.resolvedAt->offsetFromUtc()) : QVariant())
        .bind(QStringLiteral(":intensity"), r.intensity)
        .bind(QStringLiteral(":character"), toKey(r.character))
        .bind(QStringLiteral(":trend"), r.trend ? QVariant(toKey(*r.trend)) : QVariant())
        .bind(QStringLiteral(":signs"), keysOf(kSignKeys, r.signs))
        .bind(QStringLiteral(":flags"), keysOf(kRedFlagKeys, r.redFlags))
        .bind(QStringLiteral(":notes"), r.notes)
        .bind(QStringLiteral(":onesided"), r.oneSided ? 1 : 0)
        .bind(QStringLiteral(":lift"), r.lift);
}

} // namespace

qint64 SorenessRepository::add(SorenessReport &report)
{
    sql::requireValid(validate(report, QDateTime()));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    const bool withId = report.id > 0;
    Query q(db,
            dialect::insert(
                QStringLiteral("INSERT INTO soreness (id, athlete_id, session_id, region, side, "
                               "noticed_utc, noticed_offset_s, resolved_utc, resolved_offset_s, "
                               "intensity, character, trend, signs, red_flags, notes, one_sided, lift, "
                               "row_version) VALUES (:id, :athlete, :session, :region, :side, "
                               ":noticed, :noffset, :resolved, :roffset, :intensity, :character, "
                               ":trend, :signs, :flags, :notes, :onesided, :lift, :version)"),
                withId),
            withId ? Query::Returning::Nothing : Query::Returning::Id);
    if (withId)
        q.bind(QStringLiteral(":id"), report.id);
    bindReport(q, report);
    q.bind(QStringLiteral(":version"), report.version);
    q.exec();
    if (!withId)
        report.id = q.insertedId();
    tx.commit();
    return report.id;
}

void SorenessRepository::update(SorenessReport &report)
{
    sql::requireValid(validate(report, QDateTime()));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    Query q(db,
            QStringLiteral("UPDATE soreness SET athlete_id = :athlete, session_id = :session, region = "
                           ":region, side = :side, noticed_utc = :noticed, noticed_offset_s = :noffset, "
                           "resolved_utc = :resolved, resolved_offset_s = :roffset, intensity = :intensity, "
                           "character = :character, trend = :trend, signs = :signs, red_flags = :flags, "
                           "notes = :notes, one_sided = :onesided, lift = :lift, assessed_class = NULL, "
                           "assessed_urgency = NULL, assessed_rules = NULL, assessed_utc = NULL, "
                           "rules_version = NULL, ")
                + rowversion::setNext() + rowversion::whereCurrent());
    q.bind(QStringLiteral(":id"), report.id).bind(QStringLiteral(":version"), report.version);
    bindReport(q, report);
    q.exec();
    if (q.rowsAffected() == 0)
        rowversion::refuse(
            db, "soreness", report.id,
            QCoreApplication::translate("spotter::Store",
                                        "This soreness report was changed by someone else since you "
                                        "opened it; nothing was overwritten. It has been reloaded: make "
                                        "your change again."),
            QCoreApplication::translate("spotter::Store", "There is no soreness report %1").arg(report.id));
    tx.commit();
    ++report.version;
}

void SorenessRepository::remove(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    Query q(db, QStringLiteral("DELETE FROM soreness WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    tx.commit();
}

std::optional<SorenessReport> SorenessRepository::get(qint64 id) const
{
    Query q(m_db.connection(), kSelect + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readReport(q);
}

QList<SorenessReport> SorenessRepository::list(qint64 athleteId, std::optional<QDate> from,
                                               std::optional<QDate> to) const
{
    QString sql = kSelect + QStringLiteral("WHERE athlete_id = :athlete");
    // A report is on the day of its own offset, whoever reads it.
    const auto bound = [](const auto &make, const std::optional<QDate> &day, const QString &name) {
        return day ? std::optional(
                   make(QStringLiteral("noticed_utc"), QStringLiteral("noticed_offset_s"), name, *day))
                   : std::nullopt;
    };
    const std::optional<sql::DayBound> fromBound = bound(&sql::DayBound::from, from, QStringLiteral(":from"));
    const std::optional<sql::DayBound> toBound = bound(&sql::DayBound::through, to, QStringLiteral(":to"));
    if (fromBound)
        sql += fromBound->sql;
    if (toBound)
        sql += toBound->sql;
    sql += QStringLiteral(" ORDER BY noticed_utc, id");
    RawQuery q(m_db.connection(), sql);
    q.bind(QStringLiteral(":athlete"), athleteId);
    if (fromBound)
        fromBound->bindTo(q);
    if (toBound)
        toBound->bindTo(q);
    q.exec();
    QList<SorenessReport> out;
    while (q.next())
        out.append(readReport(q));
    return out;
}

QList<SorenessReport> SorenessRepository::forSession(qint64 sessionId) const
{
    Query q(m_db.connection(), kSelect + QStringLiteral("WHERE session_id = :s ORDER BY noticed_utc, id"));
    q.bind(QStringLiteral(":s"), sessionId).exec();
    QList<SorenessReport> out;
    while (q.next())
        out.append(readReport(q));
    return out;
}

void SorenessRepository::setAssessment(qint64 id, const SorenessAssessment &a)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    Query q(db, QStringLiteral("UPDATE soreness SET assessed_class = :cls, assessed_urgency = :urgency, "
                               "assessed_rules = :rules, assessed_utc = :at, rules_version = :version "
                               "WHERE id = :id"));
    q.bind(QStringLiteral(":cls"), a.cls)
        .bind(QStringLiteral(":urgency"), a.urgency.isEmpty() ? QVariant() : QVariant(a.urgency))
        .bind(QStringLiteral(":rules"), a.rules.join(u' '))
        .bind(QStringLiteral(":at"), a.assessedAt.toSecsSinceEpoch())
        .bind(QStringLiteral(":version"), a.rulesVersion)
        .bind(QStringLiteral(":id"), id)
        .exec();
    tx.commit();
}

std::optional<SorenessAssessment> SorenessRepository::assessment(qint64 id) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT assessed_class, assessed_urgency, assessed_rules, "
                                              "assessed_utc, rules_version FROM soreness WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next() || q.isNull(0))
        return std::nullopt;
    SorenessAssessment a;
    a.cls = q.string(0);
    a.urgency = q.string(1);
    a.rules = q.string(2).split(u' ', Qt::SkipEmptyParts);
    if (!q.isNull(3))
        a.assessedAt = QDateTime::fromSecsSinceEpoch(q.int64(3));
    a.rulesVersion = static_cast<int>(q.int64(4));
    return a;
}

QList<PendingAssessment> SorenessRepository::pendingAssessments(int rulesVersion) const
{
    Query q(
        m_db.connection(),
        QStringLiteral("SELECT id, athlete_id, rules_version, assessed_class, assessed_urgency FROM soreness "
                       "WHERE rules_version IS NULL OR rules_version < :version "
                       "ORDER BY athlete_id, noticed_utc, id"));
    q.bind(QStringLiteral(":version"), rulesVersion).exec();
    QList<PendingAssessment> out;
    while (q.next()) {
        PendingAssessment p;
        p.reportId = q.int64(0);
        p.athleteId = q.int64(1);
        p.rulesVersion = q.optInt(2);
        if (!q.isNull(3))
            p.previousKey = q.isNull(4) ? q.string(3) : q.string(3) + u'/' + q.string(4);
        out.append(p);
    }
    return out;
}

} // namespace spotter
