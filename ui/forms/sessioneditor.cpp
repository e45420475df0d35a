// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/sessioneditor.h"

#include "analysis/e1rm.h"
#include "analysis/thresholds.h"
#include "commands/sessioncommands.h"
#include "commands/valuecommands.h"
#include "model/clock.h"
#include "model/validation.h"
#include "services/historyservice.h"
#include "services/recordservice.h"
#include "shell/changenotifier.h"
#include "shell/workspace.h"
#include "store/lasttimerepository.h"
#include "store/platerepository.h"
#include "store/recordrepository.h"
#include "store/sessionrepository.h"
#include "store/storeerror.h"

#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace spotter {

namespace {

bool sameHeader(const Session &a, const Session &b)
{
    return a.athleteId == b.athleteId && a.start == b.start
           && a.start.offsetFromUtc() == b.start.offsetFromUtc() && a.title == b.title
           && a.durationMin == b.durationMin && a.bodyweight == b.bodyweight && a.warmupDone == b.warmupDone
           && a.sessionRpe == b.sessionRpe && a.notes == b.notes;
}

void copyHeader(const Session &from, Session &to)
{
    to.start = from.start;
    to.title = from.title;
    to.durationMin = from.durationMin;
    to.bodyweight = from.bodyweight;
    to.warmupDone = from.warmupDone;
    to.sessionRpe = from.sessionRpe;
    to.notes = from.notes;
}

/// Exercises with working sets: the ones whose baselines matter, in a stable order.
QList<qint64> workingExercises(const Session &s)
{
    QList<qint64> ids;
    for (const WorkoutSet &w : s.sets) {
        if (!w.isWarmup() && !ids.contains(w.exerciseId))
            ids.append(w.exerciseId);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

SessionEditor::SessionEditor(Workspace &workspace, QObject *parent) : QObject(parent), m_ws(workspace)
{
    // Someone else's edit on the team server arrives as sessionsChanged() too (Workspace): the
    // session is shown as it now is, so that the next edit starts from their version.
    connect(m_ws.notifier(), &ChangeNotifier::sessionsChanged, this, &SessionEditor::onSessionsChanged);
    connect(m_ws.notifier(), &ChangeNotifier::exercisesChanged, this, [this] {
        reloadCatalogue();
        refreshIntensity(true);
        emit setsChanged();
    });
    connect(m_ws.notifier(), &ChangeNotifier::athletesChanged, this, [this] {
        reloadAthlete(m_session.athleteId);
        refreshIntensity(false);
        emit headerChanged();
        emit setsChanged();
    });
    connect(m_ws.notifier(), &ChangeNotifier::platesChanged, this, [this](qint64 athleteId) {
        if (athleteId != m_session.athleteId)
            return;
        reloadAthlete(athleteId);
        emit setsChanged();
    });
    connect(&m_ws, &Workspace::databaseReplaced, this, [this] {
        reloadCatalogue();
        startNew();
    });
    m_ws.whenOpen(this, [this] {
        reloadCatalogue();
        startNew();
    });
}

void SessionEditor::failRead(const QString &what, const StoreError &error)
{
    m_readError = m_ws.reportReadFailure(what, error);
    emit readFailed(m_readError);
}

void SessionEditor::reloadCatalogue()
{
    try {
        m_catalogue.reset(m_ws.exercises());
    } catch (const StoreError &e) {
        m_catalogue.reset({});
        failRead(tr("The exercises"), e);
    }
}

void SessionEditor::reloadAthlete(qint64 athleteId)
{
    try {
        const auto athlete = m_ws.athlete(athleteId);
        m_athlete = athlete.value_or(Athlete());
        // The athlete's unit is known here: getOrDefault() would read the athlete again for it.
        m_plates =
            athlete
                ? PlateRepository(m_ws.database()).get(athleteId).value_or(PlateSet::defaults(m_athlete.unit))
                : PlateSet::defaults(m_athlete.unit);
    } catch (const StoreError &e) {
        m_athlete = Athlete();
        m_plates = PlateSet::defaults(m_athlete.unit);
        failRead(tr("The athlete"), e);
    }
}

void SessionEditor::startNew(const QDateTime &start)
{
    Session draft;
    draft.athleteId = m_ws.currentAthleteId();
    // Whole minutes: the form shows minutes, and an unchanged form must read back the same.
    QDateTime when = start.isValid() ? start : Clock::now();
    when.setTime(QTime(when.time().hour(), when.time().minute()));
    draft.start = withLocalOffset(when);
    m_session = draft;
    m_detachedId = 0;
    m_records.clear();
    m_readError.clear();
    reloadAthlete(draft.athleteId);
    refreshIntensity(true);
    emit sessionReplaced();
    emit headerChanged();
    emit setsChanged();
}

bool SessionEditor::load(qint64 sessionId)
{
    // Both read before anything is replaced: a session that cannot be read leaves the form as
    // it was. Throws StoreError.
    const auto session = SessionRepository(m_ws.database()).get(sessionId);
    if (!session)
        return false;
    QList<PersonalRecord> records = RecordRepository(m_ws.database()).forSession(sessionId);
    m_session = *session;
    m_detachedId = 0;
    m_records = std::move(records);
    m_readError.clear();
    reloadAthlete(m_session.athleteId);
    refreshIntensity(true);
    emit sessionReplaced();
    emit headerChanged();
    emit setsChanged();
    return true;
}

void SessionEditor::onSessionsChanged(qint64 athleteId)
{
    if (!m_batch && athleteId == m_session.athleteId) {
        try {
            reload();
        } catch (const StoreError &e) {
            failRead(tr("The session"), e); // the form keeps what it shows
        }
    }
}

void SessionEditor::reload()
{
    const SessionRepository repo(m_ws.database());
    const qint64 id = m_session.id > 0 ? m_session.id : m_detachedId;
    if (id <= 0)
        return;
    const auto stored = repo.get(id);
    if (!stored && m_session.id <= 0)
        return; // still undone
    if (!stored) {
        // Undone (or deleted in History): keep what the form shows as a draft, so the lifter can
        // carry on; a redo of the same command brings the stored session back here.
        m_detachedId = m_session.id;
        m_session.id = 0;
        m_session.sets.clear();
        refreshIntensity(false);
        emit headerChanged();
        emit setsChanged();
        return;
    }
    const bool header = !sameHeader(*stored, m_session) || m_session.id <= 0;
    const bool sets = stored->sets != m_session.sets;
    m_session = *stored;
    m_detachedId = 0;
    // Nothing of this session changed: another one did (History, an import), and it may have
    // held the best e1RM the baselines came from.
    const SessionIntensity before = m_intensity;
    refreshIntensity(!header && !sets);
    if (sets || header)
        m_recordNews = refreshRecords();
    if (header)
        emit headerChanged();
    if (sets || header || m_intensity != before)
        emit setsChanged();
}

void SessionEditor::refreshIntensity(bool force)
{
    // Baselines are two indexed queries; they are read when the lifts or the date change,
    // never per keystroke, and the classification itself is a pure function.
    try {
        readBaselines(force);
    } catch (const StoreError &e) {
        // No baselines or last times rather than some: the intensity says it has none.
        m_baselines.clear();
        m_lastTimes.clear();
        m_baselineIds.clear();
        m_lastTimeIds.clear();
        failRead(tr("The earlier sessions"), e);
    }
    m_intensity = classifySession(m_session, m_catalogue.byId(), m_baselines);
}

void SessionEditor::readBaselines(bool force)
{
    const QList<qint64> ids = workingExercises(m_session);
    const bool stale = force || ids != m_baselineIds || m_session.start != m_baselineStart
                       || m_session.athleteId != m_baselineAthlete;
    if (stale) {
        m_baselines.clear();
        if (!ids.isEmpty() && m_session.athleteId > 0 && m_session.start.isValid()) {
            const HistoryService history(m_ws.database());
            const auto weeks = static_cast<qint64>(std::lround(th(Threshold::E1rmBestWeeks) * 7 * 86400));
            const auto recent = bestE1rmByExercise(history.e1rmCandidates(
                m_session.athleteId, ids, m_session.start.addSecs(-weeks), m_session.start));
            const auto ever = bestE1rmEstimateByExercise(
                history.e1rmCandidates(m_session.athleteId, ids, std::nullopt, m_session.start));
            for (auto it = recent.cbegin(); it != recent.cend(); ++it)
                m_baselines[it.key()].recentBest = it.value();
            for (auto it = ever.cbegin(); it != ever.cend(); ++it) {
                m_baselines[it.key()].bestEver = it->value;
                m_baselines[it.key()].bestEverMethod = it->method;
            }
        }
        m_baselineIds = ids;
        m_baselineStart = m_session.start;
        m_baselineAthlete = m_session.athleteId;
    }
    QList<qint64> all;
    for (const WorkoutSet &w : std::as_const(m_session.sets)) {
        if (!all.contains(w.exerciseId))
            all.append(w.exerciseId);
    }
    std::sort(all.begin(), all.end());
    if (stale || all != m_lastTimeIds) {
        m_lastTimes.clear();
        if (!all.isEmpty() && m_session.athleteId > 0 && m_session.start.isValid())
            m_lastTimes = LastTimeRepository(m_ws.database())
                              .lastTimes(m_session.athleteId, all, m_session.start.toSecsSinceEpoch(),
                                         std::max<qint64>(m_session.id, 0));
        m_lastTimeIds = all;
    }
}

std::optional<QList<WorkoutSet>> SessionEditor::lastSets(const QString &name) const
{
    const Exercise *e = m_catalogue.find(name);
    if (!e || m_session.athleteId <= 0)
        return std::nullopt;
    if (const auto it = m_lastTimes.constFind(e->id); it != m_lastTimes.cend())
        return it->sets;
    QHash<qint64, LastTime> found;
    try {
        found = LastTimeRepository(m_ws.database())
                    .lastTimes(m_session.athleteId, {e->id}, m_session.start.toSecsSinceEpoch(),
                               std::max<qint64>(m_session.id, 0));
    } catch (const StoreError &error) {
        m_readError = m_ws.reportReadFailure(tr("The last time of %1").arg(e->name), error);
        return std::nullopt;
    }
    return found.contains(e->id) ? std::optional(found.value(e->id).sets) : std::nullopt;
}

QHash<qint64, Weight> SessionEditor::recentBests() const
{
    QHash<qint64, Weight> best;
    for (auto it = m_baselines.cbegin(); it != m_baselines.cend(); ++it) {
        if (it->recentBest)
            best.insert(it.key(), *it->recentBest);
    }
    return best;
}

QString SessionEditor::refreshRecords()
{
    if (isDraft())
        return {};
    QList<PersonalRecord> before = m_records;
    try {
        m_records = RecordService(m_ws.database()).refreshSession(m_session.id);
    } catch (const StoreError &e) {
        // Records are kept for History; logging goes on without them.
        return tr("The personal records could not be kept: %1").arg(e.message());
    }
    QStringList lines;
    for (const PersonalRecord &r : std::as_const(m_records)) {
        const bool known = std::any_of(before.cbegin(), before.cend(), [&](const PersonalRecord &b) {
            return b.setId == r.setId && b.kind == r.kind && b.e1rm == r.e1rm && b.reps == r.reps;
        });
        if (known)
            continue;
        const QString name = m_catalogue.name(r.exerciseId);
        QString line =
            r.kind == RecordKind::E1rm
                ? tr("New record: %1 e1RM %2").arg(name, r.e1rm ? r.e1rm->format(unit(), 1) : QString())
                : tr("New record: %1 %n rep(s) at %2", nullptr, r.reps)
                      .arg(name, r.weight ? r.weight->format(unit()) : tr("bodyweight"));
        if (r.testing)
            line += u' ' + tr("(test)");
        lines.append(line + u'.');
    }
    return lines.join(u' ');
}

QList<int> SessionEditor::prRows() const
{
    QList<int> rows;
    for (const LiftIntensity &lift : m_intensity.lifts) {
        if (!lift.pr)
            continue;
        for (qsizetype i = 0; i < m_session.sets.size(); ++i) {
            if (m_session.sets.at(i).exerciseId == lift.exerciseId
                && m_intensity.sets.at(i).e1rm == lift.bestE1rm) {
                rows.append(static_cast<int>(i));
                break;
            }
        }
    }
    return rows;
}

std::optional<QString> SessionEditor::ensureStored()
{
    if (!isDraft())
        return std::nullopt;
    if (m_session.athleteId <= 0)
        return tr("Add an athlete first: a session belongs to an athlete.");
    Session header = m_session;
    header.id = 0;
    header.sets.clear();
    auto *command = new AddSessionCommand(m_ws, header);
    if (auto error = m_ws.execute(command))
        return error;
    m_session.id = command->session().id; // the undo stack owns the command now
    m_detachedId = 0;
    return std::nullopt;
}

std::optional<QString> SessionEditor::addSets(QList<WorkoutSet> sets, int position, const QString &undoText)
{
    if (sets.isEmpty())
        return std::nullopt;
    for (qsizetype i = 0; i < sets.size(); ++i) {
        if (const ValidationIssues issues =
                validate(sets.at(i), m_catalogue.isAssisted(sets.at(i).exerciseId));
            !issues.isEmpty())
            return tr("set %1: %2").arg(i + 1).arg(joinMessages(issues));
    }
    if (isDraft() && m_session.athleteId <= 0)
        return tr("Add an athlete first: a session belongs to an athlete.");
    const bool wasDraft = isDraft();
    const int first = std::clamp(position, 0, static_cast<int>(m_session.sets.size()));
    QList<Workspace::BatchStep> steps;
    AddSessionCommand *added = nullptr;
    if (wasDraft) {
        steps.append([this, &added]() -> StoreCommand * {
            Session header = m_session;
            header.id = 0;
            header.sets.clear();
            added = new AddSessionCommand(m_ws, header);
            return added;
        });
    }
    for (qsizetype i = 0; i < sets.size(); ++i) {
        steps.append([&, i]() -> StoreCommand * {
            WorkoutSet set = sets.at(i);
            set.id = 0;
            set.sessionId = added ? added->session().id : m_session.id;
            set.position = first + static_cast<int>(i);
            return new AddSetCommand(m_ws, m_session.athleteId, set);
        });
    }
    m_batch = true;
    const std::optional<QString> error = m_ws.executeBatch(undoText, steps);
    m_batch = false;
    if (!error && added) {
        m_session.id = added->session().id; // the undo stack owns the command now
        m_detachedId = 0;
    }
    reload();
    if (wasDraft && !isDraft())
        emit headerChanged();
    return error;
}

std::optional<QString> SessionEditor::editSet(int row, const WorkoutSet &after)
{
    if (row < 0 || row >= m_session.sets.size())
        return tr("There is no set %1 in this session").arg(row + 1);
    const WorkoutSet before = m_session.sets.at(row);
    if (before == after)
        return std::nullopt;
    if (const ValidationIssues issues = validate(after, m_catalogue.isAssisted(after.exerciseId));
        !issues.isEmpty())
        return joinMessages(issues);
    return m_ws.execute(new EditSetCommand(m_ws, m_session.athleteId, before, after));
}

std::optional<QString> SessionEditor::removeSets(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeIf([this](int r) { return r < 0 || r >= m_session.sets.size(); });
    if (rows.isEmpty())
        return std::nullopt;
    // From the last row up, so that each removal leaves the positions of the others alone
    // and the undo puts them back in order.
    const QList<WorkoutSet> sets = m_session.sets;
    QList<Workspace::BatchStep> steps;
    for (const int row : std::as_const(rows))
        steps.append(
            [this, set = sets.at(row)] { return new RemoveSetCommand(m_ws, m_session.athleteId, set); });
    m_batch = true;
    const std::optional<QString> error = m_ws.executeBatch(
        //: English's singular is "delete set" (translations/spotter_en.ts).
        tr("delete %n set(s)", nullptr, static_cast<int>(rows.size())), steps);
    m_batch = false;
    reload();
    return error;
}

std::optional<QString> SessionEditor::editHeader(const Session &header)
{
    Session after = m_session;
    copyHeader(header, after);
    if (sameHeader(after, m_session))
        return std::nullopt; // a draft nobody typed into stays a draft
    Session probe = after;
    probe.sets.clear();
    if (const ValidationIssues issues = validate(probe); !issues.isEmpty())
        return joinMessages(issues);
    if (isDraft()) {
        const Session previous = m_session;
        copyHeader(header, m_session);
        if (auto error = ensureStored()) {
            m_session = previous;
            return error;
        }
        reload();
        emit headerChanged();
        return std::nullopt;
    }
    return m_ws.execute(new EditSessionCommand(m_ws, m_session, after));
}

std::optional<QString> SessionEditor::addExercise(const Exercise &exercise)
{
    return m_ws.execute(new AddExerciseCommand(m_ws, exercise, tr("add exercise %1").arg(exercise.name)));
}

} // namespace spotter
