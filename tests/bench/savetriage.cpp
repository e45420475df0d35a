// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark 5: saving one set (Workspace::execute of an AddSetCommand, as the Log page does) plus
// the re-triage of the athlete's latest soreness report, as the Soreness page does after a change:
// the history it already holds is refreshed for the one session the set went to
// (HistoryService::refreshSession), read whole (reportHistory) only when that cannot be done,
// and triageReport runs on it. The athlete is the first by name; a
// report on their latest session is added first, so both databases triage the same kind of
// report. One warm-up save, then --ops timed ones; everything is undone afterwards.
// Prints one JSON object: {"ms": <per save and re-triage>, "save_ms": <of which the save>, "ops": …,
// "full_reads": <saves whose history had to be read whole>,
// "total_ms": …}.
#include "analysis/reporthistory.h"
#include "commands/sessioncommands.h"
#include "services/historyservice.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/historyrepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUndoStack>

#include <cstdio>

namespace {

using namespace spotter;

/// DOMS-like soreness a day after @p session, where its first working lift loads.
SorenessReport reportAfter(const Database &db, const Session &session)
{
    SorenessReport r;
    r.athleteId = session.athleteId;
    r.sessionId = session.id;
    r.region = Region::Quads;
    for (const WorkoutSet &w : session.sets) {
        const auto exercise = ExerciseRepository(db).get(w.exerciseId);
        if (!w.isWarmup() && exercise && !exercise->regions.isEmpty()) {
            r.region = exercise->regions.values().first();
            break;
        }
    }
    r.noticedAt = session.end().addSecs(20 * 3600);
    r.intensity = 4;
    r.character = Character::Ache;
    r.trend = Trend::Improving;
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    initApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Database to change (a copy)."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("ops"), QStringLiteral("Timed saves (default 20)."), QStringLiteral("n"),
                      QStringLiteral("20")});
    parser.process(app);
    const int ops = std::max(1, parser.value(QStringLiteral("ops")).toInt());
    try {
        Workspace ws(std::make_unique<Database>(parser.value(QStringLiteral("db"))));
        const Database &db = ws.database();
        const QList<Athlete> athletes = AthleteRepository(db).list();
        if (athletes.isEmpty())
            throw StoreError(StoreError::Kind::NotFound, QStringLiteral("the database has no athlete"));
        const qint64 athlete = athletes.first().id;
        const auto session = SessionRepository(db).latest(athlete);
        if (!session || session->sets.isEmpty())
            throw StoreError(StoreError::Kind::NotFound,
                             QStringLiteral("the athlete has no session with sets"));
        SorenessReport report = reportAfter(db, *session);
        SorenessRepository(db).add(report);
        const QDateTime now = report.noticedAt.addSecs(30 * 3600);

        ReportHistory history = HistoryService(db).reportHistory(report); // what the page shows
        qint64 nanoseconds = 0;
        qint64 saving = 0; // of which the save itself
        int fullReads = 0;
        for (int i = 0; i <= ops; ++i) {
            WorkoutSet set = session->sets.last();
            set.id = 0;
            set.position = static_cast<int>(session->sets.size()) + i;
            QElapsedTimer timer;
            timer.start();
            if (const auto error = ws.execute(new AddSetCommand(ws, athlete, set)))
                throw StoreError(StoreError::Kind::Sql, *error);
            const qint64 saved = timer.nsecsElapsed();
            if (!HistoryService(db).refreshSession(history)) {
                history = HistoryService(db).reportHistory(report);
                ++fullReads;
            }
            const TriageResult result = triageReport(report, history, now);
            if (i == 0 && history != HistoryService(db).reportHistory(report)) // untimed check
                throw StoreError(StoreError::Kind::Sql,
                                 QStringLiteral("the refreshed history differs from a full read"));

            const qint64 elapsed = timer.nsecsElapsed();
            if (result.matched.isEmpty())
                throw StoreError(StoreError::Kind::Sql, QStringLiteral("the triage matched no rule"));
            if (i > 0) { // the first save warms the statement cache and the pages it touches
                nanoseconds += elapsed;
                saving += saved;
            }
        }
        while (ws.undoStack()->canUndo())
            ws.undoStack()->undo();
        SorenessRepository(db).remove(report.id);
        const double total = static_cast<double>(nanoseconds) / 1e6;
        const QJsonObject out{{QStringLiteral("ms"), total / ops},
                              {QStringLiteral("save_ms"), static_cast<double>(saving) / 1e6 / ops},
                              {QStringLiteral("ops"), ops},
                              {QStringLiteral("full_reads"), fullReads},

                              {QStringLiteral("total_ms"), total}};
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    } catch (const StoreError &e) {
        std::fprintf(stderr, "bench-save: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
