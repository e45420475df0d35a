// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/importplan.h"

#include "interchange/importdiagnostics.h"
#include "interchange/spottercolumns.h"
#include "model/athlete.h"
#include "model/clock.h"
#include "model/exercise.h"
#include "model/validation.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"

#include <QCoreApplication>
#include <QDate>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Import)
};

ExerciseKind kindFromSet(const WorkoutSet &set)
{
    if (set.distanceCm.value_or(0) > 0 || (set.seconds.value_or(0) > 0 && !set.reps))
        return ExerciseKind::Timed;
    if (!set.weight && set.reps)
        return ExerciseKind::Bodyweight;
    return ExerciseKind::Accessory;
}

} // namespace

std::optional<qint64> ImportLookup::athleteId(const QString &name)
{
    const QString key = nameKey(name);
    const auto it = m_athletes.constFind(key);
    if (it != m_athletes.constEnd())
        return *it;
    const auto athlete = AthleteRepository(m_db).findByName(name.simplified());
    const std::optional<qint64> id = athlete ? std::optional<qint64>(athlete->id) : std::nullopt;
    m_athletes.insert(key, id);
    return id;
}

bool ImportLookup::assistedInCatalogue(const QString &exerciseName)
{
    const QString key = nameKey(exerciseName);
    const auto it = m_assisted.constFind(key);
    if (it != m_assisted.constEnd())
        return *it;
    const auto found = ExerciseRepository(m_db).find(exerciseName);
    const bool assisted = found && found->assisted;
    m_assisted.insert(key, assisted);
    return assisted;
}

const ExistingRecords &ImportLookup::existing(qint64 athleteId)
{
    auto it = m_existing.find(athleteId);
    if (it == m_existing.end())
        it = m_existing.insert(athleteId, m_writer.existing(athleteId));
    return *it;
}

ImportLookup::Link ImportLookup::link(ImportedSoreness &report, QString *why)
{
    SorenessReport &r = report.report;
    const QString identity =
        ImportWriter::sorenessIdentity(r.noticedAt.toSecsSinceEpoch(), toKey(r.region), toKey(r.side));
    const QString fileIdentity = nameKey(report.athlete) + u'|' + identity;
    if (m_seenReports.contains(fileIdentity))
        return Link::Duplicate;
    m_seenReports.insert(fileIdentity);

    const auto athlete = athleteId(report.athlete);
    r.athleteId = athlete.value_or(0);
    r.sessionId.reset();
    if (athlete && existing(*athlete).soreness.contains(identity))
        return Link::Duplicate;
    if (!report.fileSessionId)
        return Link::Ok;
    const std::optional<qint64> startUtc =
        report.sessionStart ? std::optional<qint64>(report.sessionStart->toSecsSinceEpoch()) : std::nullopt;
    if (athlete) {
        // The same id when sessions kept their ids (a restore); otherwise the session that
        // starts at the same moment.
        if (m_writer.sessionIs(*report.fileSessionId, *athlete, startUtc))
            r.sessionId = report.fileSessionId;
        else if (startUtc)
            r.sessionId = m_writer.sessionAt(*athlete, *startUtc);
    }
    if (r.sessionId)
        return Link::Ok;
    if (why) {
        *why = report.sessionStart
                   ? Import::tr(
                         "The report belongs to session %1 of %2 (%3), which is not in this database; import "
                         "the sets file first")
                         .arg(*report.fileSessionId)
                         .arg(report.athlete, isoWithOffset(*report.sessionStart))
                   : Import::tr(
                         "The report belongs to session %1 of %2, which is not in this database; import the "
                         "sets file first")
                         .arg(*report.fileSessionId)
                         .arg(report.athlete);
    }
    return Link::Missing;
}

ImportPlan::ImportPlan(ImportDiagnostics &diagnostics, ImportLookup &lookup, QString defaultAthlete)
    : m_diagnostics(diagnostics), m_lookup(lookup), m_defaultAthlete(std::move(defaultAthlete))
{
    if (!m_defaultAthlete.isEmpty())
        addAthlete(m_defaultAthlete, 0);
}

QString ImportPlan::athleteKeyOf(const QString &athlete) const
{
    return nameKey(athlete.isEmpty() ? m_defaultAthlete : athlete);
}

void ImportPlan::addAthlete(const QString &name, qint64 line)
{
    const QString key = nameKey(name);
    if (athletes.contains(key))
        return;
    Athlete a;
    a.name = name;
    const ValidationIssues issues = validate(a, Clock::today().year());
    if (!issues.isEmpty())
        m_diagnostics.error(line, joinMessages(issues));
    athletes.insert(key, {name.simplified(), line, m_lookup.athleteId(name)});
    athleteOrder.append(key);
}

int ImportPlan::addExercise(const ImportedSet &set)
{
    if (m_lastExercise >= 0 && set.exercise == m_lastExerciseName && (!set.hint || m_lastExerciseHinted))
        return m_lastExercise;
    const QString key = nameKey(set.exercise);
    auto it = exercises.find(key);
    if (it == exercises.end()) {
        exercises.insert(key, {set.exercise, set.line, set.hint, kindFromSet(set.set), std::nullopt,
                               static_cast<int>(exerciseOrder.size())});
        exerciseOrder.append(key);
        it = exercises.find(key);
    } else if (!it->hint && set.hint) {
        it->hint = set.hint;
    }
    m_lastExercise = it->index;
    m_lastExerciseName = set.exercise;
    m_lastExerciseHinted = it->hint.has_value();
    return it->index;
}

void ImportPlan::merge(PlannedSession &planned, const ImportedSession &part)
{
    Session &s = planned.session;
    const Session &p = part.session;
    if (planned.exactHeader) {
        if (!spottercolumns::sameSessionValues(s, p))
            m_diagnostics.error(part.line,
                                Import::tr("The session columns differ from those of line %1, the first row "
                                           "of session %2")
                                    .arg(planned.line)
                                    .arg(planned.fileId.value_or(0)));
        return;
    }
    // The apps write some session values only on a workout's first row: fill in what is missing.
    if (s.title.isEmpty())
        s.title = p.title;
    if (s.notes.isEmpty())
        s.notes = p.notes;
    if (!s.durationMin)
        s.durationMin = p.durationMin;
    if (!s.bodyweight)
        s.bodyweight = p.bodyweight;
    if (!s.sessionRpe)
        s.sessionRpe = p.sessionRpe;
    if (!s.warmupDone)
        s.warmupDone = p.warmupDone;
}

void ImportPlan::session(ImportedSession &&part)
{
    if (!part.athlete.isEmpty())
        addAthlete(part.athlete, part.line);
    const QString athleteKey = athleteKeyOf(part.athlete);
    athletes[athleteKey].used = true;
    const ValidationIssues sessionIssues = validate(part.session);
    if (!sessionIssues.isEmpty())
        m_diagnostics.error(part.line, joinMessages(sessionIssues));
    QList<int> used;
    int last = -1;
    for (const ImportedSet &set : std::as_const(part.sets)) {
        // Consecutive sets of one exercise share what its name says.
        if (!m_lastName || set.exercise != *m_lastName) {
            m_lastName = set.exercise;
            m_lastNameAssisted = looksAssisted(set.exercise) || m_lookup.assistedInCatalogue(set.exercise);
            m_lastNameProblem = checkName(set.exercise, Import::tr("The exercise name"));
        }
        ValidationIssues issues = validate(set.set, m_lastNameAssisted || (set.hint && set.hint->assisted));
        if (m_lastNameProblem)
            issues.prepend({QStringLiteral("exercise"), *m_lastNameProblem});
        if (!issues.isEmpty())
            m_diagnostics.error(set.line, joinMessages(issues));
        const int index = addExercise(set);
        if (index != last && !used.contains(index))
            used.append(index);
        last = index;
    }
    setCount += part.sets.size();

    const QString key = keyOf(athleteKey, part.groupKey);
    const auto found = sessionIndex.constFind(key);
    if (found != sessionIndex.constEnd()) {
        PlannedSession &planned = sessions[*found];
        merge(planned, part);
        planned.sets += part.sets.size();
        for (int index : std::as_const(used)) {
            if (!planned.exercises.contains(index))
                planned.exercises.append(index);
        }
        return;
    }
    if (part.exactHeader && !part.session.source.key.isEmpty()) {
        const QString sourceKey = athleteKey + u'\x1e' + part.session.source.key;
        const auto other = m_sourceKeys.constFind(sourceKey);
        if (other != m_sourceKeys.constEnd())
            m_diagnostics.error(part.line,
                                Import::tr("source_key '%1' is also the key of the session on line %2")
                                    .arg(part.session.source.key, *other));
        else
            m_sourceKeys.insert(sourceKey, QString::number(part.line));
    }
    PlannedSession planned;
    planned.line = part.line;
    planned.athleteKey = athleteKey;
    planned.groupKey = part.groupKey;
    planned.fileId = part.fileId;
    planned.exactHeader = part.exactHeader;
    planned.session = std::move(part.session);
    planned.sets = part.sets.size();
    planned.exercises = std::move(used);
    sessionIndex.insert(key, sessions.size());
    sessions.append(std::move(planned));
}

void ImportPlan::soreness(ImportedSoreness &&report)
{
    addAthlete(report.athlete, report.line);
    const ValidationIssues issues = validate(report.report, Clock::now());
    if (!issues.isEmpty()) {
        m_diagnostics.error(report.line, joinMessages(issues));
        return;
    }
    QString why;
    switch (m_lookup.link(report, &why)) {
    case ImportLookup::Link::Ok:
        ++sorenessCount;
        athletes[nameKey(report.athlete)].used = true;
        break;
    case ImportLookup::Link::Duplicate: ++sorenessDuplicates; break;
    case ImportLookup::Link::Missing: m_diagnostics.error(report.line, why); break;
    }
}

} // namespace spotter
