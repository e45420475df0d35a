// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/importer.h"

#include "csv/csvreader.h"
#include "interchange/importplan.h"
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

QString tr(const char *text)
{
    return QCoreApplication::translate("spotter::Import", text);
}

constexpr qint64 kCancelCheckRows = 1024;
constexpr qint64 kProgressRows = 16 * 1024;

enum class PassEnd { Done, Stopped, Cancelled };

/// One reading of the file, from the header to the end, feeding @p sink.
struct Pass
{
    QFile &file;
    const ImportOptions &options;
    ImportProgress::Phase phase;
    ImportDiagnostics &diagnostics;
    ImportResult &result;

    PassEnd run(ImportSink &sink)
    {
        if (!file.seek(0)) {
            diagnostics.error(0, tr("The file could not be read: %1").arg(file.errorString()));
            return PassEnd::Stopped;
        }
        CsvReader reader(&file);
        CsvRecord record;
        const CsvReader::Status headerStatus = reader.next(record);
        if (headerStatus != CsvReader::Status::Record) {
            if (headerStatus == CsvReader::Status::End)
                diagnostics.error(1, tr("The file is empty: there is no header line and no rows"));
            else
                diagnostics.error(reader.errorLine(), reader.errorMessage());
            return PassEnd::Stopped;
        }
        const qint64 headerLine = record.line();
        ParserOptions parserOptions;
        parserOptions.unit = options.unit;
        parserOptions.decimalComma = reader.delimiter() == ';';
        parserOptions.fileName = QFileInfo(file.fileName()).fileName();
        result.format = options.format == ImportFormat::Auto ? detectFormat(record) : options.format;
        ImportDiagnostics headerDiagnostics;
        ParserSetup setup =
            createParser(result.format, record, parserOptions,
                         phase == ImportProgress::Phase::Reading ? diagnostics : headerDiagnostics);
        if (!setup.parser) {
            diagnostics.error(record.line(), setup.error);
            result.status = setup.needsUnit ? ImportStatus::NeedsUnit : ImportStatus::Failed;
            return PassEnd::Stopped;
        }
        result.unit = setup.parser->unit();
        result.unitSource = setup.parser->unitSource();
        if (!checkAthleteOption(record.line()))
            return PassEnd::Stopped;

        ImportProgress progress{phase, 0, file.size(), 0};
        for (;;) {
            const CsvReader::Status status = reader.next(record);
            if (status == CsvReader::Status::End)
                break;
            if (status == CsvReader::Status::Failed) {
                diagnostics.error(reader.errorLine(), reader.errorMessage());
                break;
            }
            ++progress.rows;
            if (status == CsvReader::Status::Invalid)
                diagnostics.error(reader.errorLine(), reader.errorMessage());
            else
                setup.parser->record(record, sink, diagnostics);
            if (progress.rows % kCancelCheckRows == 0 && options.cancel && options.cancel->load())
                return PassEnd::Cancelled;
            if (progress.rows % kProgressRows == 0 && options.progress) {
                progress.bytesDone = reader.bytesRead();
                options.progress(progress);
            }
        }
        setup.parser->finish(sink, diagnostics);
        if (options.cancel && options.cancel->load())
            return PassEnd::Cancelled;
        // A file cut off after its header, or an export of nothing, is reported rather than
        // "imported": the person expected rows.
        if (progress.rows == 0 && !diagnostics.hasErrors()) {
            diagnostics.error(headerLine, tr("The file has a header but no rows; there is nothing to "
                                             "import"));
            return PassEnd::Stopped;
        }
        result.rows = progress.rows;
        if (options.progress) {
            progress.bytesDone = reader.bytesRead();
            options.progress(progress);
        }
        return PassEnd::Done;
    }

    bool checkAthleteOption(qint64 line)
    {
        if (result.format == ImportFormat::Spotter && !options.athlete.isEmpty()) {
            diagnostics.error(line, tr("Spotter's own files name the athlete on every row; do not choose an "
                                       "athlete for them"));
            result.status = ImportStatus::WrongOption;
            return false;
        }
        if (result.format != ImportFormat::Spotter && options.athlete.trimmed().isEmpty()) {
            diagnostics.error(line, tr("A %1 file does not say whose history it is; choose the athlete")
                                        .arg(displayName(result.format)));
            result.status = ImportStatus::NeedsAthlete;
            return false;
        }
        return true;
    }
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
        for (ImportedSet &item : part.sets) {
            WorkoutSet &set = item.set;
            set.sessionId = m_ids[index];
            set.exerciseId = exerciseId(item.exercise);
            set.position = m_positions[index]++;
            m_writer.insertSet(set);
            ++setsWritten;
        }
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
};

bool isDuplicate(const PlannedSession &s, const ExistingRecords &existing)
{
    if (!s.session.source.key.isEmpty())
        return existing.sourceKeys.contains(s.session.source.key);
    return existing.keylessStarts.contains({s.session.start.toSecsSinceEpoch(), s.session.title});
}

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
    }
    return e;
}

} // namespace

ImportResult Importer::run(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.diagnostics.error(0, tr("The file could not be opened: %1").arg(file.errorString()));
        return result;
    }

    // First pass: read and check everything, write nothing.
    ImportWriter lookupWriter(m_db);
    ImportLookup lookup(m_db, lookupWriter);
    ImportPlan plan(result.diagnostics, lookup, options.athlete.trimmed());
    const PassEnd first =
        Pass{file, options, ImportProgress::Phase::Reading, result.diagnostics, result}.run(plan);
    if (first == PassEnd::Cancelled) {
        result.status = ImportStatus::Cancelled;
        return result;
    }
    if (first == PassEnd::Stopped)
        return result; // the pass said why, and set the status
    if (result.diagnostics.hasErrors()) {
        result.status = ImportStatus::Invalid;
        return result;
    }

    const ExerciseRepository catalogue(m_db);
    for (const QString &key : std::as_const(plan.exerciseOrder)) {
        PlannedExercise &e = plan.exercises[key];
        if (const auto found = catalogue.find(e.name))
            e.id = found->id;
    }
    // What is new, skipping what the database already has; exercises and athletes are only
    // created for what is imported. Returns which exercises the imported sessions use.
    const auto decide = [&](ImportLookup &l) {
        result.sessions = result.sets = 0;
        result.skippedDuplicates = plan.sorenessDuplicates;
        QList<bool> needed(plan.exerciseOrder.size(), false);
        for (PlannedSession &s : plan.sessions) {
            const auto athlete = plan.athletes.value(s.athleteKey).id;
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
        for (qsizetype i = 0; i < plan.exerciseOrder.size(); ++i) {
            const PlannedExercise &e = plan.exercises[plan.exerciseOrder.at(i)];
            if (needed[i] && !e.id)
                result.newExercises.append(e.name);
        }
        return needed;
    };
    decide(lookup);
    for (const QString &key : std::as_const(plan.athleteOrder)) {
        const PlannedAthlete &a = plan.athletes[key];
        if (a.used && !a.id)
            result.newAthletes.append(a.name);
    }
    result.soreness = plan.sorenessCount;
    result.status = ImportStatus::Imported;
    if (options.dryRun || (result.sessions == 0 && result.soreness == 0))
        return result;

    // Second pass, inside one transaction: everything or nothing.
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    // The write lock is held from here: say so, since waiting for it can take a while.
    if (options.progress)
        options.progress({ImportProgress::Phase::Writing, 0, file.size(), 0});
    ImportWriter writer(m_db);
    for (const QString &key : std::as_const(plan.athleteOrder)) {
        PlannedAthlete &a = plan.athletes[key];
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
    for (qsizetype i = 0; i < plan.exerciseOrder.size(); ++i) {
        if (!needed[i])
            continue;
        const QString &key = plan.exerciseOrder.at(i);
        PlannedExercise &e = plan.exercises[key];
        if (!e.id) {
            Exercise created = newExercise(e);
            ExerciseRepository::insert(db, created);
            e.id = created.id;
        }
        exerciseIds.insert(key, *e.id);
    }

    QList<qsizetype> order(plan.sessions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return plan.sessions[a].session.start.toSecsSinceEpoch()
               < plan.sessions[b].session.start.toSecsSinceEpoch();
    });
    // Sessions keep the ids of Spotter's files where they are free, so that restoring an export
    // into an empty database gives the same ids. Those are inserted first: an id SQLite picks
    // for another session could otherwise take one of them.
    QList<bool> keep(plan.sessions.size(), false);
    QSet<qint64> claimed;
    for (qsizetype i : std::as_const(order)) {
        const PlannedSession &planned = plan.sessions[i];
        if (!planned.duplicate && planned.fileId && !claimed.contains(*planned.fileId)
            && writer.sessionIdFree(*planned.fileId)) {
            keep[i] = true;
            claimed.insert(*planned.fileId);
        }
    }
    QList<qint64> ids(plan.sessions.size(), 0);
    for (const bool keeping : {true, false}) {
        for (qsizetype i : std::as_const(order)) {
            const PlannedSession &planned = plan.sessions[i];
            if (planned.duplicate || keep[i] != keeping)
                continue;
            Session s = planned.session;
            s.athleteId = *plan.athletes.value(planned.athleteKey).id;
            ids[i] = writer.insertSession(s, keeping ? planned.fileId : std::nullopt);
        }
    }

    WriteSink sink(plan, ids, exerciseIds, writer, writeLookup);
    ImportDiagnostics again;
    PassEnd second = PassEnd::Stopped;
    try {
        second = Pass{file, options, ImportProgress::Phase::Writing, again, result}.run(sink);
    } catch (const FileChanged &) {
        second = PassEnd::Stopped;
    }
    if (second == PassEnd::Cancelled) {
        result.status = ImportStatus::Cancelled;
        return result;
    }
    if (second != PassEnd::Done || again.hasErrors() || sink.setsSeen != plan.setCount
        || sink.setsWritten != result.sets
        || sink.sorenessWritten + sink.sorenessSkipped != plan.sorenessCount + plan.sorenessDuplicates) {
        result.status = ImportStatus::Failed;
        result.diagnostics.error(0, tr("The file or the database changed while the file was being imported; "
                                       "nothing was imported. Import it again."));
        return result;
    }
    result.soreness = sink.sorenessWritten;
    result.skippedDuplicates += sink.sorenessSkipped - plan.sorenessDuplicates;
    tx.commit();
    result.written = true;
    return result;
}

} // namespace spotter
