// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/importer.h"

#include "interchange/importpass.h"
#include "interchange/importplan.h"
#include "interchange/importrejects.h"
#include "interchange/threadedpass.h"
#include "model/exercise.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/importwriter.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <numeric>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Import)
};

/// Thrown inside the write transaction when the second reading disagrees with the first.
struct FileChanged
{
};

/// The second pass: writes the sets and reports of the sessions the plan decided to import.
class WriteSink : public ImportSink
{
public:
    WriteSink(const ImportPlan &plan, const QList<qint64> &ids, const QHash<QString, qint64> &exercises,
              ImportWriter &writer, ImportLookup &lookup)
        : m_plan(plan)
        , m_ids(ids)
        , m_positions(ids.size(), 0)
        , m_exercises(exercises)
        , m_writer(writer)
        , m_lookup(lookup)
    {}

    void session(ImportedSession &&part) override
    {
        const qsizetype index = m_plan.sessionIndex.value(
            ImportPlan::keyOf(m_plan.athleteKeyOf(part.athlete), part.groupKey), -1);
        if (index < 0)
            throw FileChanged();
        setsSeen += part.sets.size();
        if (m_ids[index] == 0)
            return;
        m_batch.clear();
        for (ImportedSet &item : part.sets) {
            WorkoutSet &set = item.set;
            set.sessionId = m_ids[index];
            set.exerciseId = exerciseId(item.exercise);
            set.position = m_positions[index]++;
            m_batch.append(std::move(set));
        }
        m_writer.insertSets(m_batch);
        setsWritten += m_batch.size();
    }

    void soreness(ImportedSoreness &&report) override
    {
        switch (m_lookup.link(report, nullptr)) {
        case ImportLookup::Link::Duplicate: ++sorenessSkipped; return;
        case ImportLookup::Link::Missing: throw FileChanged();
        case ImportLookup::Link::Ok: break;
        }
        if (report.report.athleteId == 0)
            throw FileChanged();
        const bool keep = report.fileId && m_writer.sorenessIdFree(*report.fileId);
        m_writer.insertSoreness(report.report, keep ? report.fileId : std::nullopt);
        ++sorenessWritten;
    }

    qint64 setsSeen = 0;
    qint64 setsWritten = 0;
    qint64 sorenessWritten = 0;
    qint64 sorenessSkipped = 0;

private:
    qint64 exerciseId(const QString &name)
    {
        // Rows of one exercise come together, so one remembered name saves most look-ups.
        if (name != m_lastName) {
            m_lastName = name;
            m_lastId = m_exercises.value(nameKey(name), 0);
            if (m_lastId == 0)
                throw FileChanged();
        }
        return m_lastId;
    }

    const ImportPlan &m_plan;
    const QList<qint64> &m_ids;
    QList<int> m_positions;
    const QHash<QString, qint64> &m_exercises;
    ImportWriter &m_writer;
    ImportLookup &m_lookup;
    QString m_lastName;
    qint64 m_lastId = 0;
    QList<WorkoutSet> m_batch; ///< the sets of one part, written together
};

bool isDuplicate(const PlannedSession &s, const ExistingRecords &existing)
{
    if (!s.session.source.key.isEmpty())
        return existing.sourceKeys.contains(s.session.source.key);
    return existing.keylessStarts.contains({s.session.start.toSecsSinceEpoch(), s.session.title});
}

/// A sink for a reading that only copies rejected rows.
struct NoSink : ImportSink
{
    void session(ImportedSession &&) override {}
    void soreness(ImportedSoreness &&) override {}
};

Exercise newExercise(const PlannedExercise &planned)
{
    Exercise e;
    e.name = planned.name;
    e.kind = planned.derivedKind;
    if (planned.hint) {
        e.kind = planned.hint->kind.value_or(planned.derivedKind);
        e.regions = planned.hint->regions;
        e.loadsLowerBack = planned.hint->loadsLowerBack;
        e.unilateral = planned.hint->unilateral;
        e.category = planned.hint->category;
    }
    e.assisted = looksAssisted(e.name) || (planned.hint && planned.hint->assisted);
    return e;
}

} // namespace

ImportResult Importer::run(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.diagnostics.error(0, Import::tr("The file could not be opened: %1").arg(file.errorString()));
        return result;
    }

    // First pass: read and check everything, write nothing.
    auto lookupWriter = std::make_unique<ImportWriter>(m_db);
    auto lookup = std::make_unique<ImportLookup>(m_db, *lookupWriter);
    auto plan = std::make_unique<ImportPlan>(result.diagnostics, *lookup, options.athlete.trimmed());
    RejectedRows rejected;
    if (options.skipInvalid)
        result.diagnostics.keepAllErrors();
    ImportPass first(file, options, ImportProgress::Phase::Reading, result.diagnostics, result);
    if (options.skipInvalid)
        first.noteGroups(&rejected);
    const ImportPass::End end = first.run(*plan);
    if (end == ImportPass::End::Cancelled) {
        result.status = ImportStatus::Cancelled;
        return result;
    }
    if (end == ImportPass::End::Stopped)
        return result; // the pass said why, and set the status
    // What was checked and planned; every later reading must read the same bytes, so that a
    // file edited in place meanwhile is refused rather than imported half old, half new.
    size_t checked = first.contentDigest();
    if (result.diagnostics.hasErrors()) {
        result.status = ImportStatus::Invalid;
        if (!options.skipInvalid)
            return result;
        if (first.hadEncodingErrors()) {
            result.partialRefusal =
                Import::tr("Rows that are not UTF-8 text cannot be left out one by one: the "
                           "file was saved in another encoding. Save it as UTF-8 and import "
                           "it again");
            return result;
        }
        // Hold back the workouts with invalid rows and plan the rest again, until what is left
        // has no error (leaving a workout out can leave another one without what it needed, such
        // as a soreness report without its session).
        ImportDiagnostics errors = result.diagnostics;
        for (int round = 0;; ++round) {
            rejected.addReasons(errors);
            for (qint64 line : errors.errorLines()) {
                if (!rejected.reject(line)) {
                    result.partialRefusal =
                        Import::tr("The error on line %1 is about the file as a whole, not "
                                   "one row; no row can be left out for it")
                            .arg(line);
                    return result;
                }
            }
            if (round > 0) {
                for (const ImportMessage &m : errors.errors())
                    result.diagnostics.error(m.line, m.text);
            }
            ImportDiagnostics again;
            again.keepAllErrors();
            plan.reset();
            lookup = std::make_unique<ImportLookup>(m_db, *lookupWriter);
            plan = std::make_unique<ImportPlan>(again, *lookup, options.athlete.trimmed());
            ImportPass rest(file, options, ImportProgress::Phase::Reading, again, result);
            rest.skip(&rejected);
            const ImportPass::End restEnd = rest.run(*plan);
            if (restEnd == ImportPass::End::Cancelled) {
                result.status = ImportStatus::Cancelled;
                return result;
            }
            if (restEnd == ImportPass::End::Stopped && !again.hasErrors())
                return result;
            if (!again.hasErrors()) {
                result.rejections = std::move(result.diagnostics);
                result.diagnostics = std::move(again);
                result.rejectedRows = rest.skippedRows();
                result.rejectedWorkouts = rejected.groups();
                checked = rest.contentDigest();
                break;
            }
            if (round >= 4 || restEnd == ImportPass::End::Stopped) {
                for (const ImportMessage &m : again.errors())
                    result.diagnostics.error(m.line, m.text);
                return result;
            }
            errors = std::move(again);
        }
    }

    const ExerciseRepository catalogue(m_db);
    for (const QString &key : std::as_const(plan->exerciseOrder)) {
        PlannedExercise &e = plan->exercises[key];
        if (const auto found = catalogue.find(e.name))
            e.id = found->id;
    }
    // What is new, skipping what the database already has; exercises and athletes are only
    // created for what is imported. Returns which exercises the imported sessions use.
    const auto decide = [&](ImportLookup &l) {
        result.sessions = result.sets = 0;
        result.skippedDuplicates = plan->sorenessDuplicates;
        QList<bool> needed(plan->exerciseOrder.size(), false);
        for (PlannedSession &s : plan->sessions) {
            const auto athlete = plan->athletes.value(s.athleteKey).id;
            s.duplicate = athlete && isDuplicate(s, l.existing(*athlete));
            if (s.duplicate) {
                ++result.skippedDuplicates;
                continue;
            }
            ++result.sessions;
            result.sets += s.sets;
            for (int index : std::as_const(s.exercises))
                needed[index] = true;
        }
        result.newExercises.clear();
        for (qsizetype i = 0; i < plan->exerciseOrder.size(); ++i) {
            const PlannedExercise &e = plan->exercises[plan->exerciseOrder.at(i)];
            if (needed[i] && !e.id)
                result.newExercises.append(e.name);
        }
        return needed;
    };
    decide(*lookup);
    for (const QString &key : std::as_const(plan->athleteOrder)) {
        const PlannedAthlete &a = plan->athletes[key];
        if (a.used && !a.id)
            result.newAthletes.append(a.name);
    }
    result.soreness = plan->sorenessCount;
    result.status = ImportStatus::Imported;
    if (options.dryRun)
        return result;

    // The rows left out are saved before anything is written, and put in place before the
    // transaction commits: a rejects file that cannot be written means no import, and an
    // import never ends with rows that are neither in the database nor in a file.
    std::unique_ptr<RejectsFile> rejects;
    if (result.rejectedRows > 0) {
        rejects = std::make_unique<RejectsFile>(options.rejectsPath.isEmpty() ? RejectsFile::defaultPath(path)
                                                                              : options.rejectsPath);
        QString error;
        ImportDiagnostics scratch;
        ImportPass copy(file, options, ImportProgress::Phase::Writing, scratch, result);
        copy.copyOnly();
        copy.skip(&rejected, rejects.get());
        NoSink none;
        // The header comes from the first reading; the copy needs it before its first row.
        if (!rejects->open(first.sourceFile(), first.header(), first.delimiter(), first.hadBom(), &error)
            || copy.run(none) != ImportPass::End::Done || copy.contentDigest() != checked
            || !rejects->commit(&error)) {
            if (copy.contentDigest() != checked)
                error = Import::tr("the file changed while it was being imported");
            result.status = ImportStatus::Failed;
            result.diagnostics.error(
                0, Import::tr("The rows left out could not be saved to %1 (%2); nothing was "
                              "imported. Choose another place with --rejects.")
                       .arg(rejects->path(), error));
            return result;
        }
        result.rejectsFile = rejects->path();
    }
    if (result.sessions == 0 && result.soreness == 0)
        return result;
    // Until the commit, a failure takes the rejects file away again.
    struct RemoveUnlessCommitted
    {
        const QString path;
        bool committed = false;
        ~RemoveUnlessCommitted()
        {
            if (!committed && !path.isEmpty())
                QFile::remove(path);
        }
    } rejectsGuard{result.rejectsFile};

    // Second pass, inside one transaction: everything or nothing.
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    // The write lock is held from here: say so, since waiting for it can take a while.
    if (options.progress)
        options.progress({ImportProgress::Phase::Writing, 0, file.size(), 0});
    ImportWriter writer(m_db);
    for (const QString &key : std::as_const(plan->athleteOrder)) {
        PlannedAthlete &a = plan->athletes[key];
        if (a.id || !a.used)
            continue;
        Athlete athlete;
        athlete.name = a.name;
        athlete.unit = options.unit.value_or(result.unit.value_or(WeightUnit::Kg));
        AthleteRepository(m_db).add(athlete);
        a.id = athlete.id;
    }
    // Another program may have written since the first pass: decide duplicates again.
    ImportLookup writeLookup(m_db, writer);
    const QList<bool> needed = decide(writeLookup);
    QHash<QString, qint64> exerciseIds;
    for (qsizetype i = 0; i < plan->exerciseOrder.size(); ++i) {
        if (!needed[i])
            continue;
        const QString &key = plan->exerciseOrder.at(i);
        PlannedExercise &e = plan->exercises[key];
        if (!e.id) {
            Exercise created = newExercise(e);
            ExerciseRepository::insert(db, created);
            e.id = created.id;
        }
        exerciseIds.insert(key, *e.id);
    }

    QList<qsizetype> order(plan->sessions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return plan->sessions[a].session.start.toSecsSinceEpoch()
               < plan->sessions[b].session.start.toSecsSinceEpoch();
    });
    // Sessions keep the ids of Spotter's files where they are free, so that restoring an export
    // into an empty database gives the same ids. Those are inserted first: an id SQLite picks
    // for another session could otherwise take one of them.
    QList<bool> keep(plan->sessions.size(), false);
    QSet<qint64> claimed;
    for (qsizetype i : std::as_const(order)) {
        const PlannedSession &planned = plan->sessions[i];
        if (!planned.duplicate && planned.fileId && !claimed.contains(*planned.fileId)
            && writer.sessionIdFree(*planned.fileId)) {
            keep[i] = true;
            claimed.insert(*planned.fileId);
        }
    }
    QList<qint64> ids(plan->sessions.size(), 0);
    for (const bool keeping : {true, false}) {
        for (qsizetype i : std::as_const(order)) {
            const PlannedSession &planned = plan->sessions[i];
            if (planned.duplicate || keep[i] != keeping)
                continue;
            Session s = planned.session;
            s.athleteId = *plan->athletes.value(planned.athleteKey).id;
            ids[i] = writer.insertSession(s, keeping ? planned.fileId : std::nullopt);
        }
    }

    // A big import into a small history builds workout_set's indexes once at the end rather
    // than row by row (inside this transaction, so they are never missing).
    writer.deferSetIndexes(result.sets);
    WriteSink sink(*plan, ids, exerciseIds, writer, writeLookup);
    ImportDiagnostics again;
    ImportPass::End second = ImportPass::End::Stopped;
    size_t written = 0;
    try {
        // The file is parsed on another thread while this one writes (threadedpass.h).
        ThreadedPass pass(file, options, ImportProgress::Phase::Writing, again, result);
        if (result.rejectedRows > 0)
            pass.skip(&rejected);
        second = pass.run(sink);
        written = pass.contentDigest();
    } catch (const FileChanged &) {
        second = ImportPass::End::Stopped;
    }
    if (second == ImportPass::End::Cancelled) {
        result.status = ImportStatus::Cancelled;
        result.rejectsFile.clear();
        return result;
    }
    if (second != ImportPass::End::Done || written != checked || again.hasErrors()
        || sink.setsSeen != plan->setCount || sink.setsWritten != result.sets
        || sink.sorenessWritten + sink.sorenessSkipped != plan->sorenessCount + plan->sorenessDuplicates) {
        result.status = ImportStatus::Failed;
        result.rejectsFile.clear();
        result.diagnostics.error(
            0, Import::tr("The file or the database changed while the file was being imported; "
                          "nothing was imported. Import it again."));
        return result;
    }
    result.soreness = sink.sorenessWritten;
    result.skippedDuplicates += sink.sorenessSkipped - plan->sorenessDuplicates;
    writer.restoreSetIndexes();
    tx.commit();
    rejectsGuard.committed = true;
    result.written = true;
    return result;
}

} // namespace spotter
