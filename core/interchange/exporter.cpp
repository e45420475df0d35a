// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/exporter.h"

#include "analysis/sessionanalyzer.h"
#include "analysis/thresholds.h"
#include "csv/csvnumbers.h"
#include "csv/csvwriter.h"
#include "interchange/spottercolumns.h"
#include "model/athlete.h"
#include "model/clock.h"
#include "model/exercise.h"
#include "model/session.h"
#include "services/triagedreport.h"
#include "store/athleterepository.h"
#include "store/exportreader.h"
#include "store/historyrepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Export
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Export)
};

using namespace csvnumbers;

constexpr qint64 kProgressRows = 16 * 1024;

/// Stable keys as UTF-8, made once rather than per cell.
template <typename E, std::size_t N>
std::array<QByteArray, N> keyBytes(const KeyTable<E, N> &table)
{
    std::array<QByteArray, N> out;
    for (std::size_t i = 0; i < N; ++i)
        out[i] = table[i].toUtf8();
    return out;
}

/// One export: the writer, the options and what is kept across athletes.
class Run
{
public:
    Run(const Database &db, const ExportOptions &options, CsvWriter &writer, ExportResult &result)
        : m_db(db)
        , m_options(options)
        , m_writer(writer)
        , m_result(result)
        , m_delimiter(options.excel && options.decimalComma ? ';' : ',')
        , m_point(options.excel && options.decimalComma ? ',' : '.')
        , m_asOf(options.asOf.isValid() ? options.asOf : Clock::now())
    {
        if (options.from)
            m_fromUtc = wallClockDayStart(*options.from);
        if (options.to)
            m_toUtc = wallClockDayStart(options.to->addDays(1));
        // The rolling analysis needs the weeks before the range: its e1RM baselines look back
        // 12 weeks, its flags 4.
        if (m_fromUtc)
            m_contextFromUtc = *m_fromUtc - static_cast<qint64>(th(Threshold::E1rmBestWeeks) * 7.0 * 86400.0);
    }

    void prepare(const QList<Athlete> &athletes)
    {
        if (m_options.what == ExportKind::Soreness)
            return;
        m_exercises = HistoryRepository(m_db).exercises();
        m_reader = std::make_unique<ExportReader>(m_db);
        if (m_options.progress) {
            QList<qint64> ids;
            for (const Athlete &a : athletes)
                ids.append(a.id);
            m_total = m_reader->rowCount(ids, m_contextFromUtc, m_toUtc);
        }
    }

    /// Writes one athlete's rows; false when the export stopped (cancelled or a write failed).
    bool athlete(const Athlete &athlete)
    {
        m_athlete = CsvCells(m_delimiter);
        m_athlete.text(athlete.name);
        switch (m_options.what) {
        case ExportKind::Sets: return sessions(athlete, SessionAnalyzer::Detail::IntensityOnly);
        case ExportKind::Sessions: return sessions(athlete, SessionAnalyzer::Detail::Full);
        case ExportKind::Soreness: return soreness(athlete);
        }
        return true;
    }

private:
    bool stop()
    {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
            m_result.status = ExportStatus::Cancelled;
            return true;
        }
        if (!m_writer.errorString().isEmpty()) {
            m_result.status = ExportStatus::WriteFailed;
            m_result.error = m_writer.errorString();
            return true;
        }
        return false;
    }

    void progress(qint64 rows)
    {
        m_done += rows;
        if (m_options.progress && m_done / kProgressRows != (m_done - rows) / kProgressRows)
            m_options.progress(m_done, std::max(m_total, m_done));
    }

    bool sessions(const Athlete &athlete, SessionAnalyzer::Detail detail)
    {
        QList<SorenessEvent> events;
        if (detail == SessionAnalyzer::Detail::Full) {
            // IF-04 looks at soreness noticed before a test; reports after the range cannot matter.
            const auto from =
                m_contextFromUtc
                    ? std::optional(QDateTime::fromSecsSinceEpoch(*m_contextFromUtc, Qt::UTC).date())
                    : std::nullopt;
            events = sorenessEvents(triagedReports(m_db, athlete.id, from, m_options.to, m_asOf));
        }
        SessionAnalyzer analyzer(m_exercises, {}, events);
        return m_reader->sessions(athlete.id, m_contextFromUtc, m_toUtc, [&](const ExportSession &es) {
            const Session &s = es.session;
            const SessionAnalysis a = analyzer.add(s, detail);
            if (!m_fromUtc || wallClockSeconds(s.start) >= *m_fromUtc) {
                if (detail == SessionAnalyzer::Detail::Full)
                    writeSummary(s, a);
                else
                    writeSets(es, a);
            }
            progress(std::max<qint64>(1, s.sets.size()));
            return !stop();
        });
    }

    // --- sets.csv ---

    struct ExerciseCells
    {
        CsvCells name;
        CsvCells tail;
    };

    const ExerciseCells &exerciseCells(qint64 id)
    {
        auto it = m_exerciseCells.find(id);
        if (it != m_exerciseCells.end())
            return *it;
        const Exercise e = m_exercises.value(id);
        ExerciseCells cells{CsvCells(m_delimiter), CsvCells(m_delimiter)};
        cells.name.text(e.name);
        cells.tail.plain(toKey(e.kind))
            .plain(keysOf(kRegionKeys, e.regions))
            .plainUtf8(e.loadsLowerBack ? "1" : "0")
            .plainUtf8(e.unilateral ? "1" : "0")
            .plainUtf8(e.assisted ? "1" : "0")
            .text(e.category);
        return *m_exerciseCells.insert(id, std::move(cells));
    }

    /// The number cell @p append writes, or an empty cell.
    template <typename T, typename F>
    void optional(const std::optional<T> &value, F append)
    {
        if (!value) {
            m_writer.plainUtf8({});
            return;
        }
        m_number.resize(0);
        append(m_number, *value);
        m_writer.plainUtf8(m_number);
    }

    void grams(const std::optional<Weight> &w)
    {
        optional(w, [this](QByteArray &out, Weight v) { appendGramsAsKg(out, v.grams(), m_point); });
    }
    void integer(const std::optional<qint64> &v)
    {
        optional(v, [](QByteArray &out, qint64 n) { appendInt(out, n); });
    }
    void decimal(const std::optional<double> &v)
    {
        optional(v, [this](QByteArray &out, double d) { appendDecimal(out, d, m_point); });
    }
    static std::optional<qint64> wide(const std::optional<int> &v)
    {
        return v ? std::optional<qint64>(*v) : std::nullopt;
    }

    void sessionCells(const Session &s)
    {
        m_sessionHead = CsvCells(m_delimiter);
        m_number.resize(0);
        appendInt(m_number, s.id);
        m_sessionHead.plainUtf8(m_number);
        m_number.resize(0);
        appendIsoDateTime(m_number, s.start.toSecsSinceEpoch(), s.start.offsetFromUtc());
        m_sessionHead.plainUtf8(m_number);
    }

    void writeSets(const ExportSession &es, const SessionAnalysis &a)
    {
        static const auto kinds = keyBytes(kSetKindKeys);
        static const auto classes = keyBytes(kIntensityClassKeys);
        const Session &s = es.session;
        sessionCells(s);
        CsvCells tail(m_delimiter);
        tail.text(s.title);
        m_number.resize(0);
        if (s.durationMin)
            appendInt(m_number, *s.durationMin);
        tail.plainUtf8(m_number);
        m_number.resize(0);
        if (s.sessionRpe)
            appendDecimal(m_number, *s.sessionRpe, m_point);
        tail.plainUtf8(m_number);
        m_number.resize(0);
        if (s.bodyweight)
            appendGramsAsKg(m_number, s.bodyweight->grams(), m_point);
        tail.plainUtf8(m_number);
        tail.plainUtf8(s.warmupDone ? QByteArrayView(*s.warmupDone ? "1" : "0") : QByteArrayView());
        tail.text(s.notes).plain(toKey(s.source.kind)).text(s.source.file).text(s.source.key);

        if (s.sets.isEmpty()) {
            // A session without sets is one row whose set columns are empty.
            m_writer.cells(m_athlete).cells(m_sessionHead);
            for (int i = 0; i < 13; ++i)
                m_writer.plainUtf8({});
            m_writer.cells(tail);
            for (int i = spottercolumns::ExerciseKindColumn; i < spottercolumns::SetColumnCount; ++i)
                m_writer.plainUtf8({});
            m_writer.endRecord();
            ++m_result.rows;
            ++m_result.sessions;
            return;
        }
        for (qsizetype i = 0; i < s.sets.size(); ++i) {
            const WorkoutSet &set = s.sets[i];
            const SetIntensity &si = a.intensity.sets[i];
            const ExerciseCells &exercise = exerciseCells(set.exerciseId);
            m_writer.cells(m_athlete).cells(m_sessionHead).cells(exercise.name);
            integer(i + 1);
            m_writer.plainUtf8(kinds[static_cast<std::size_t>(set.kind)]);
            grams(set.weight);
            integer(wide(set.reps));
            decimal(set.rpe);
            decimal(set.rir);
            integer(wide(set.restSeconds));
            grams(si.e1rm);
            // No rule matched (a warm-up, or nothing to judge the set by): no class.
            m_writer.plainUtf8(si.rules.isEmpty() ? QByteArray() : classes[static_cast<std::size_t>(si.cls)]);
            integer(wide(set.seconds));
            optional(set.distanceCm,
                     [this](QByteArray &out, qint64 cm) { appendCentimetresAsMetres(out, cm, m_point); });
            m_writer.textUtf8(es.setNotes[i]);
            m_writer.cells(tail).cells(exercise.tail);
            m_writer.endRecord();
        }
        m_result.rows += s.sets.size();
        m_result.sets += s.sets.size();
        ++m_result.sessions;
    }

    // --- sessions.csv ---

    void writeSummary(const Session &s, const SessionAnalysis &a)
    {
        sessionCells(s);
        m_writer.cells(m_athlete).cells(m_sessionHead);
        integer(wide(s.durationMin));
        decimal(s.sessionRpe);
        grams(s.bodyweight);
        m_writer.plain(toKey(a.intensity.cls)).plain(a.flagKeys().join(u' '));
        m_writer.endRecord();
        ++m_result.rows;
        ++m_result.sessions;
    }

    // --- soreness.csv ---

    bool soreness(const Athlete &athlete)
    {
        const QList<TriagedReport> reports =
            triagedReports(m_db, athlete.id, m_options.from, m_options.to, m_asOf);
        for (const TriagedReport &t : reports) {
            const SorenessReport &r = t.report;
            m_writer.cells(m_athlete);
            integer(r.id);
            integer(r.sessionId);
            m_writer.plain(toKey(r.region)).plain(toKey(r.side));
            const auto tenths = [this](QByteArray &out, double v) { appendTenths(out, v, m_point); };
            optional(t.onsetHours(), tenths);
            optional(std::optional(r.durationHours(m_asOf)), tenths);
            m_writer.plainUtf8(r.isResolved() ? "1" : "0");
            integer(std::optional<qint64>(r.intensity));
            m_writer.plain(toKey(r.character))
                .plain(toKey(t.triage.cls()))
                .plain(t.triage.urgency() ? toKey(*t.triage.urgency()) : QString())
                .plain(t.triage.ruleIds().join(u' '));
            time(r.noticedAt);
            time(r.resolvedAt);
            m_writer.plain(r.trend ? toKey(*r.trend) : QString())
                .plain(keysOf(kSignKeys, r.signs))
                .plain(keysOf(kRedFlagKeys, r.redFlags))
                .text(r.notes);
            time(t.sessionStart);
            m_writer.plainUtf8(r.oneSided ? "1" : "0").text(r.lift);
            m_writer.endRecord();
            ++m_result.rows;
            ++m_result.soreness;
            progress(1);
            if (stop())
                return false;
        }
        return true;
    }

    void time(const std::optional<QDateTime> &dt)
    {
        optional(dt, [](QByteArray &out, const QDateTime &v) {
            appendIsoDateTime(out, v.toSecsSinceEpoch(), v.offsetFromUtc());
        });
    }

    const Database &m_db;
    const ExportOptions &m_options;
    CsvWriter &m_writer;
    ExportResult &m_result;
    char m_delimiter;
    char m_point;
    QDateTime m_asOf;
    std::optional<qint64> m_fromUtc;
    std::optional<qint64> m_toUtc;
    std::optional<qint64> m_contextFromUtc;
    ExerciseMap m_exercises;
    std::unique_ptr<ExportReader> m_reader;
    QHash<qint64, ExerciseCells> m_exerciseCells;
    CsvCells m_athlete;
    CsvCells m_sessionHead;
    QByteArray m_number; ///< scratch for one number cell
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace

QString toKey(ExportKind kind)
{
    return keyOf(kExportKindKeys, kind);
}

QString displayName(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Sets: return Export::tr("Sets");
    case ExportKind::Sessions: return Export::tr("Sessions (summary)");
    case ExportKind::Soreness: return Export::tr("Soreness reports");
    }
    return {};
}

QStringList Exporter::header(ExportKind kind)
{
    using namespace spottercolumns;
    switch (kind) {
    case ExportKind::Sets: return headerOf(kSetNames);
    case ExportKind::Sessions: return headerOf(kSummaryNames);
    case ExportKind::Soreness: return headerOf(kSorenessNames);
    }
    return {};
}

ExportResult Exporter::run(QIODevice *device, const ExportOptions &options)
{
    ExportResult result;
    result.what = options.what;
    const AthleteRepository repository(m_db);
    QList<Athlete> athletes;
    if (options.athletes.isEmpty()) {
        athletes = repository.list();
    } else {
        for (const QString &name : options.athletes) {
            const auto a = repository.findByName(name.trimmed());
            if (!a) {
                result.status = ExportStatus::UnknownAthlete;
                result.error = Export::tr("There is no athlete named '%1'").arg(name);
                return result;
            }
            if (std::none_of(athletes.cbegin(), athletes.cend(),
                             [&](const Athlete &b) { return b.id == a->id; }))
                athletes.append(*a);
        }
        // The same order as the whole database's file: by name, as the athlete list is.
        std::stable_sort(athletes.begin(), athletes.end(), [](const Athlete &a, const Athlete &b) {
            return nameKey(a.name) < nameKey(b.name) || (nameKey(a.name) == nameKey(b.name) && a.id < b.id);
        });
    }

    CsvWriter::Options csv;
    csv.delimiter = options.excel && options.decimalComma ? ';' : ',';
    csv.crlf = options.excel;
    csv.bom = options.excel;
    CsvWriter writer(device, csv);
    writer.writeRecord(header(options.what));
    Run run(m_db, options, writer, result);
    run.prepare(athletes);
    for (const Athlete &a : athletes) {
        result.athletes.append(a.name);
        if (!run.athlete(a))
            return result;
    }
    if (!writer.flush()) {
        result.status = ExportStatus::WriteFailed;
        result.error = writer.errorString();
    }
    return result;
}

} // namespace spotter
