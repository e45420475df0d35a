// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/publisher.h"

#include "model/exercise.h"
#include "model/session.h"
#include "model/sorenessreport.h"
#include "model/validation.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/importwriter.h"
#include "store/publishstaterepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Publish
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Publish)
};

const QString kSession = QStringLiteral("session");
const QString kSoreness = QStringLiteral("soreness");

/// The key imports use to recognise a session again (importer.cpp isDuplicate).
QString sessionKey(const Session &s)
{
    return s.source.key.isEmpty() ? QStringLiteral("start:%1|%2").arg(s.start.toSecsSinceEpoch()).arg(s.title)
                                  : QStringLiteral("key:") + s.source.key;
}

QString reportKey(const SorenessReport &r)
{
    return ImportWriter::sorenessIdentity(r.noticedAt.toSecsSinceEpoch(), toKey(r.region), toKey(r.side));
}

QString optional(const auto &v)
{
    if (!v)
        return QStringLiteral("-");
    if constexpr (requires { v->grams(); })
        return QString::number(v->grams());
    else
        return QString::number(*v);
}

/// The content of a session as both databases can compare it: ids, versions and the athlete
/// left out, exercises by name (their ids differ between databases).
QString sessionHash(const Session &s, const QHash<qint64, QString> &exerciseKeys)
{
    QStringList parts{QString::number(s.start.toSecsSinceEpoch()),
                      QString::number(s.start.offsetFromUtc()),
                      s.title,
                      optional(s.durationMin),
                      optional(s.bodyweight),
                      s.warmupDone ? QString::number(*s.warmupDone ? 1 : 0) : QStringLiteral("-"),
                      optional(s.sessionRpe),
                      s.notes,
                      toKey(s.source.kind),
                      s.source.file,
                      s.source.key};
    for (const WorkoutSet &w : s.sets)
        parts << exerciseKeys.value(w.exerciseId) << toKey(w.kind) << optional(w.weight) << optional(w.reps)
              << optional(w.rpe) << optional(w.rir) << optional(w.restSeconds) << optional(w.seconds)
              << optional(w.distanceCm) << w.notes;
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString reportHash(const SorenessReport &r, const QString &linkedSession)
{
    const QStringList parts{reportKey(r),
                            r.resolvedAt ? QString::number(r.resolvedAt->toSecsSinceEpoch())
                                         : QStringLiteral("-"),
                            QString::number(r.intensity),
                            toKey(r.character),
                            r.trend ? toKey(*r.trend) : QStringLiteral("-"),
                            keysOf(kSignKeys, r.signs),
                            keysOf(kRedFlagKeys, r.redFlags),
                            r.notes,
                            r.oneSided ? QStringLiteral("one-sided") : QStringLiteral("-"),
                            r.lift,
                            linkedSession};
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString describe(const Session &s)
{
    return Publish::tr("session %1 '%2'").arg(isoWithOffset(s.start), s.title);
}

QString describe(const SorenessReport &r)
{
    return Publish::tr("soreness report of %1 (%2)").arg(isoWithOffset(r.noticedAt), toKey(r.region));
}

/// What a decision about one item came to.
enum class Decision { New, Changed, Unchanged, Conflict };

/// Compares the local copy with the server's, given what was last sent (docs/team-server.md).
Decision decide(const QString &local, const std::optional<QString> &server,
                const std::optional<QString> &sent, QString *reason)
{
    if (!server) {
        if (sent) {
            *reason =
                Publish::tr("it was deleted on the server after it was published; it was not sent again");
            return Decision::Conflict;
        }
        return Decision::New;
    }
    if (*server == local || (sent && *sent == local))
        return Decision::Unchanged; // the same, or changed only on the server: theirs stands
    if (sent && *sent == *server)
        return Decision::Changed;
    *reason = sent ? Publish::tr("it was changed here and on the server since it was last published; nothing "
                                 "was sent for it")
                   : Publish::tr("the server has a different version of it that was not published from here; "
                                 "nothing was sent for it");
    return Decision::Conflict;
}

} // namespace

PublishResult Publisher::run(const PublishOptions &options)
{
    PublishResult result;
    // The local athlete.
    const QList<Athlete> locals = AthleteRepository(m_local).list();
    std::optional<Athlete> local;
    if (options.athlete.isEmpty()) {
        if (locals.isEmpty())
            throw StoreError(StoreError::Kind::Invalid,
                             Publish::tr("This database holds no athlete to publish"));
        if (locals.size() != 1)
            throw StoreError(StoreError::Kind::Invalid,
                             Publish::tr("This database holds %n athlete(s); choose the one to publish",
                                         nullptr, int(locals.size())));
        local = locals.first();
    } else {
        local = AthleteRepository(m_local).findByName(options.athlete);
        if (!local)
            throw StoreError(StoreError::Kind::NotFound,
                             Publish::tr("There is no athlete named '%1' here").arg(options.athlete));
    }
    // The server's athlete: an athlete login's own, or the one a coach names.
    const std::optional<ServerIdentity> &identity = m_server.serverIdentity();
    if (!identity)
        throw StoreError(StoreError::Kind::Invalid,
                         Publish::tr("Publishing goes to a team server (postgresql://… or "
                                     "service=…), not to a file"));
    std::optional<Athlete> target;
    if (identity->athleteId && options.serverAthlete.isEmpty()) {
        target = AthleteRepository(m_server).get(*identity->athleteId);
    } else {
        const QString name = options.serverAthlete.isEmpty() ? local->name : options.serverAthlete;
        target = AthleteRepository(m_server).findByName(name);
        if (!target)
            throw StoreError(StoreError::Kind::NotFound,
                             Publish::tr("%1 has no athlete named '%2' that '%3' may write to")
                                 .arg(m_server.location().displayName(), name, identity->login));
    }
    if (!target)
        throw StoreError(StoreError::Kind::NotFound,
                         Publish::tr("The login '%1' is no athlete on the server").arg(identity->login));
    result.serverAthlete = target->name;

    const QString where = m_server.location().withUser({}).toString();
    PublishStateRepository state(m_local);
    const QHash<QString, QString> sentSessions = state.hashes(where, kSession);
    const QHash<QString, QString> sentReports = state.hashes(where, kSoreness);

    QHash<qint64, QString> localExercises; // id → name key, for hashing
    QHash<qint64, Exercise> localCatalogue;
    for (const Exercise &e : ExerciseRepository(m_local).list()) {
        localExercises.insert(e.id, nameKey(e.name));
        localCatalogue.insert(e.id, e);
    }
    QHash<qint64, QString> serverExercises;
    QHash<QString, qint64> serverIds;
    for (const Exercise &e : ExerciseRepository(m_server).list()) {
        serverExercises.insert(e.id, nameKey(e.name));
        serverIds.insert(nameKey(e.name), e.id);
    }

    const QSqlDatabase serverDb = m_server.connection();
    WriteTransaction tx(serverDb);
    PublishStateRepository::lockAthlete(m_server, target->id);
    SessionRepository serverSessions(m_server);
    QHash<QString, Session> onServer;
    for (const Session &s : serverSessions.list(target->id))
        onServer.insert(sessionKey(s), s);

    const auto serverExercise = [&](qint64 localId) {
        const QString key = localExercises.value(localId);
        if (const auto it = serverIds.constFind(key); it != serverIds.constEnd())
            return *it;
        Exercise e = localCatalogue.value(localId);
        e.id = 0;
        e.builtin = false;
        e.aliases.clear();                       // another of the server's exercises may go by one of them
        ExerciseRepository::insert(serverDb, e); // aliases may name an exercise already there
        serverIds.insert(key, e.id);
        serverExercises.insert(e.id, key);
        result.newExercises.append(e.name);
        return e.id;
    };

    const QList<Session> mySessions = SessionRepository(m_local).list(local->id);
    const QList<SorenessReport> myReports = SorenessRepository(m_local).list(local->id);
    const int total = static_cast<int>(mySessions.size() + myReports.size());
    int done = 0;
    // Counts the item just compared (sent or not) and says whether to go on.
    const auto next = [&] {
        if (options.progress)
            options.progress(done, total);
        ++done;
        return !(options.cancel && options.cancel->load());
    };

    QHash<QString, QString> sent;           // key → hash recorded after the commit
    QHash<qint64, QString> localKeyOf;      // local session id → key
    QHash<QString, qint64> serverSessionOf; // key → server session id
    for (const Session &mine : mySessions) {
        if (!next()) {
            result.cancelled = true;
            return result; // the transaction rolls back
        }
        const QString key = sessionKey(mine);
        const QString hash = sessionHash(mine, localExercises);
        localKeyOf.insert(mine.id, key);
        const auto found = onServer.constFind(key);
        const std::optional<QString> theirs =
            found != onServer.constEnd() ? std::optional<QString>(sessionHash(*found, serverExercises))
                                         : std::nullopt;
        if (found != onServer.constEnd())
            serverSessionOf.insert(key, found->id);
        const std::optional<QString> before =
            sentSessions.contains(key) ? std::optional<QString>(sentSessions.value(key)) : std::nullopt;
        QString reason;
        switch (decide(hash, theirs, before, &reason)) {
        case Decision::Unchanged:
            ++result.sessionsUnchanged;
            if (theirs == hash)
                sent.insert(key, hash);
            continue;
        case Decision::Conflict: result.conflicts.append({kSession, describe(mine), reason}); continue;
        case Decision::New:
        case Decision::Changed: break;
        }
        Session copy = mine;
        copy.athleteId = target->id;
        for (WorkoutSet &w : copy.sets) {
            w.id = 0;
            w.version = 0;
            w.exerciseId = serverExercise(w.exerciseId);
        }
        if (!theirs) {
            copy.id = 0;
            copy.version = 0;
            serverSessions.add(copy);
            serverSessionOf.insert(key, copy.id);
            ++result.sessionsNew;
        } else {
            copy.id = found->id;
            copy.version = found->version;
            try {
                serverSessions.update(copy);
            } catch (const StoreError &e) {
                if (e.kind() != StoreError::Kind::Conflict)
                    throw;
                result.conflicts.append({kSession, describe(mine), e.message()});
                continue;
            }
            ++result.sessionsChanged;
        }
        sent.insert(key, hash);
    }

    SorenessRepository serverReports(m_server);
    QHash<QString, SorenessReport> reportsOnServer;
    QHash<qint64, QString> serverKeyOf; // server session id → key
    for (auto it = serverSessionOf.cbegin(); it != serverSessionOf.cend(); ++it)
        serverKeyOf.insert(it.value(), it.key());
    for (const SorenessReport &r : serverReports.list(target->id))
        reportsOnServer.insert(reportKey(r), r);
    QHash<QString, QString> sentR;
    for (const SorenessReport &mine : myReports) {
        if (!next()) {
            result.cancelled = true;
            return result;
        }
        const QString key = reportKey(mine);
        const QString link = mine.sessionId ? localKeyOf.value(*mine.sessionId) : QString();
        const QString hash = reportHash(mine, link);
        const auto found = reportsOnServer.constFind(key);
        const std::optional<QString> theirs =
            found != reportsOnServer.constEnd() ? std::optional<QString>(
                reportHash(*found, found->sessionId ? serverKeyOf.value(*found->sessionId) : QString()))
                                                : std::nullopt;
        const std::optional<QString> before =
            sentReports.contains(key) ? std::optional<QString>(sentReports.value(key)) : std::nullopt;
        QString reason;
        switch (decide(hash, theirs, before, &reason)) {
        case Decision::Unchanged:
            ++result.reportsUnchanged;
            if (theirs == hash)
                sentR.insert(key, hash);
            continue;
        case Decision::Conflict: result.conflicts.append({kSoreness, describe(mine), reason}); continue;
        case Decision::New:
        case Decision::Changed: break;
        }
        SorenessReport copy = mine;
        copy.athleteId = target->id;
        copy.sessionId = link.isEmpty() || !serverSessionOf.contains(link)
                             ? std::nullopt
                             : std::optional<qint64>(serverSessionOf.value(link));
        if (!theirs) {
            copy.id = 0;
            copy.version = 0;
            serverReports.add(copy);
            ++result.reportsNew;
        } else {
            copy.id = found->id;
            copy.version = found->version;
            try {
                serverReports.update(copy);
            } catch (const StoreError &e) {
                if (e.kind() != StoreError::Kind::Conflict)
                    throw;
                result.conflicts.append({kSoreness, describe(mine), e.message()});
                continue;
            }
            ++result.reportsChanged;
        }
        sentR.insert(key, hash);
    }
    if (options.progress)
        options.progress(total, total);
    if (options.cancel && options.cancel->load()) {
        result.cancelled = true;
        return result;
    }
    if (options.dryRun)
        return result; // the transaction rolls back
    tx.commit();
    // After the server's commit: if this fails, the next publish finds the server holding what
    // is here and records it then.
    state.record(where, kSession, sent);
    state.record(where, kSoreness, sentR);
    return result;
}

} // namespace spotter
