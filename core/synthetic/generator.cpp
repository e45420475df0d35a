// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthetic/generator.h"

#include "interchange/strongcsvwriter.h"
#include "model/clock.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/importwriter.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "synthetic/generatorcatalogue.h"
#include "synthetic/historyplan.h"
#include "synthetic/trainingsimulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <limits>
#include <memory>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct GeneratorText
{
    Q_DECLARE_TR_FUNCTIONS(spotter::GeneratorText)
};

QDate mondayOf(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

/// One athlete's history, written inside the caller's transaction.
class AthleteWriter
{
public:
    AthleteWriter(ImportWriter &writer, GeneratorResult &result, const QDateTime &end)
        : m_writer(writer), m_result(result), m_end(end)
    {}

    void setCsv(StrongCsvWriter *csv) { m_csv = csv; }

    /// Writes one simulated week; returns false once @p setsLeft is used up.
    bool write(qint64 athleteId, GeneratedWeek &week, qint64 &setsLeft)
    {
        QHash<qint64, qint64> ids;
        for (GeneratedSession &g : week.sessions) {
            Session &s = g.session;
            if (setsLeft == 0 || s.start > m_end)
                break;
            if (s.sets.size() > setsLeft)
                s.sets.resize(setsLeft);
            s.athleteId = athleteId;
            Session header = s;
            header.sets.clear(); // the sets are checked one by one below
            const qint64 id = m_writer.insertSession(header, std::nullopt);
            for (qsizetype i = 0; i < s.sets.size(); ++i) {
                WorkoutSet &set = s.sets[i];
                set.sessionId = id;
                set.position = static_cast<int>(i);
                m_writer.insertSet(set);
            }
            setsLeft -= s.sets.size();
            m_result.sets += s.sets.size();
            ++m_result.sessions;
            ids.insert(g.index, id);
            if (m_csv)
                m_csv->write(s);
        }
        for (GeneratedReport &g : week.reports) {
            SorenessReport &r = g.report;
            const qint64 session = ids.value(g.sessionIndex);
            if (session == 0 || r.noticedAt > m_end)
                continue;
            if (r.resolvedAt && *r.resolvedAt > m_end)
                r.resolvedAt.reset(); // still there at the end of the history
            r.athleteId = athleteId;
            r.sessionId = session;
            m_writer.insertSoreness(r, std::nullopt);
            ++m_result.soreness;
        }
        return setsLeft > 0;
    }

private:
    ImportWriter &m_writer;
    GeneratorResult &m_result;
    QDateTime m_end;
    StrongCsvWriter *m_csv = nullptr;
};

} // namespace

QString Generator::csvPath(const QString &base, int index, int count)
{
    if (count <= 1)
        return base;
    const QFileInfo info(base);
    const int digits = static_cast<int>(QString::number(count).size());
    const QString number = QStringLiteral("%1").arg(index + 1, std::max(2, digits), 10, QLatin1Char('0'));
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    const QString stem = info.suffix().isEmpty() ? info.fileName() : info.completeBaseName();
    const QString name = stem + u'-' + number + suffix;
    return info.path() == u"." && !base.startsWith(u'.') ? name : info.dir().filePath(name);
}

AthleteProfile Generator::drawnProfile(quint64 seed, int index, int currentYear)
{
    SeededRandom rng(SeededRandom::streamSeed(seed, 2ULL * static_cast<quint64>(index)));
    return randomProfile(rng, index, currentYear);
}

quint64 Generator::trainingSeed(quint64 seed, int index)
{
    return SeededRandom::streamSeed(seed, 2ULL * static_cast<quint64>(index) + 1);
}

GeneratorResult Generator::run(const GeneratorOptions &options)
{
    if (const qint64 existing = AthleteRepository(m_db).count(); existing > 0)
        throw StoreError(StoreError::Kind::Invalid,
                         GeneratorText::tr(
                             "The database already holds %n athlete(s); generated histories go into a new or "
                             "empty database only",
                             nullptr, static_cast<int>(existing)));
    const GeneratorCatalogue catalogue(m_db);
    const QDateTime end = options.end.isValid() ? options.end : Clock::now();
    const int count =
        options.profiles.isEmpty() ? options.athletes : static_cast<int>(options.profiles.size());
    GeneratorResult result;
    ImportWriter writer(m_db);
    AthleteWriter athleteWriter(writer, result, end);

    for (int i = 0; i < count; ++i) {
        AthleteProfile profile = options.profiles.isEmpty() ? drawnProfile(options.seed, i, end.date().year())
                                                            : options.profiles.at(i);
        const quint64 seed = trainingSeed(options.seed, i);

        qint64 setsLeft = std::numeric_limits<qint64>::max();
        int weeks = options.weeks.value_or(0);
        QDate firstMonday = mondayOf(end.date()).addDays(-7LL * (weeks - 1));
        if (options.totalSets) {
            setsLeft = *options.totalSets / count + (i < *options.totalSets % count ? 1 : 0);
            HistoryPlan plan = planHistory(profile, catalogue, seed, setsLeft, end);
            profile = std::move(plan.profile);
            weeks = plan.weeks;
            firstMonday = plan.firstMonday;
        }

        const QSqlDatabase db = m_db.connection();
        WriteTransaction tx(db);
        Athlete athlete = profile.athlete;
        AthleteRepository(m_db).add(athlete);
        ++result.athletes;

        // Written beside its name and renamed when whole: a full disk leaves no half a CSV.
        std::unique_ptr<QSaveFile> file;
        std::unique_ptr<StrongCsvWriter> csv;
        if (!options.strongCsv.isEmpty()) {
            file = std::make_unique<QSaveFile>(csvPath(options.strongCsv, i, count));
            if (!file->open(QIODevice::WriteOnly))
                throw StoreError(
                    StoreError::Kind::Io,
                    GeneratorText::tr("Cannot write '%1': %2").arg(file->fileName(), file->errorString()));
            csv = std::make_unique<StrongCsvWriter>(
                file.get(), athlete.unit, [&catalogue](qint64 id) { return catalogue.strongName(id); });
            result.csvFiles.append(file->fileName());
        }
        athleteWriter.setCsv(csv.get());
        TrainingSimulator simulator(profile, catalogue, seed);
        for (int w = 0; w < weeks; ++w) {
            GeneratedWeek week = simulator.nextWeek(firstMonday.addDays(7LL * w));
            if (!athleteWriter.write(athlete.id, week, setsLeft))
                break;
        }
        if (csv) {
            result.csvRows += csv->rows();
            if (!csv->flush() || !file->commit())
                throw StoreError(StoreError::Kind::Io, GeneratorText::tr("Cannot write '%1': %2")
                                                           .arg(file->fileName(), csv->errorString().isEmpty()
                                                                                      ? file->errorString()
                                                                                      : csv->errorString()));
        }
        tx.commit();
    }
    return result;
}

} // namespace spotter
