// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: grabs the Progress and Team pages, filled with the demo team, to PNG files for
// people to look at (light or dark; set QT_SCALE_FACTOR=2 for 2×). With --big it also times a
// coach's large team loading, and how long the UI thread was ever blocked meanwhile.
//
//   spotter_screenshots OUTDIR [--dark] [--big ATHLETES WEEKS]
#include "demodata.h"
#include "mainwindow.h"
#include "pages/progresspage.h"
#include "pages/teampage.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "teammodel.h"
#include "theme.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace spotter;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

bool waitFor(QSignalSpy &spy)
{
    return !spy.isEmpty() || spy.wait(120000);
}

void settle()
{
    // Let QtCharts lay out and paint what was just set.
    for (int i = 0; i < 5; ++i)
        QTest::qWait(0);
}

bool grabProgress(MainWindow &window, qint64 athlete, ProgressRange range, const QString &path)
{
    ProgressPage *page = window.progressPage();
    QSignalSpy loaded(page, &ProgressPage::loaded);
    window.athleteSwitcher()->setCurrentIndex(window.athleteSwitcher()->findData(athlete));
    page->setRange(range);
    window.showPage(MainWindow::Progress);
    if (page->isLoading() && !waitFor(loaded))
        return false;
    settle();
    // The window as it opens, and every chart of the page (what scrolls out of view too).
    bool ok = window.grab().save(path);
    auto *scroll = page->findChild<QScrollArea *>();
    const QString stem = path.chopped(4);
    ok = scroll && scroll->widget()->grab().save(stem + QStringLiteral("-page.png")) && ok;
    return ok;
}

bool grabTeam(MainWindow &window, const QString &path)
{
    QSignalSpy loaded(window.teamPage(), &TeamPage::loaded);
    window.showPage(MainWindow::Team);
    if (window.teamPage()->isLoading() && !waitFor(loaded))
        return false;
    settle();
    return window.grab().save(path);
}

/// Loads the Team page of a large database and reports the time and the longest gap between
/// ticks of a 10 ms timer on the UI thread (what a user would feel as a freeze).
void timeBigTeam(const QString &folder, int athletes, int weeks)
{
    const QDateTime now = QDateTime::currentDateTime();
    auto db = std::make_unique<Database>(QDir(folder).filePath(QStringLiteral("big.sqlite")));
    QElapsedTimer fill;
    fill.start();
    for (int i = 0; i < athletes; ++i)
        test::addGeneratedAthlete(*db, QStringLiteral("Athlete %1").arg(i + 1, 2, 10, QLatin1Char('0')),
                                  weeks, now);
    out() << "generated " << athletes << " athletes x " << weeks << " weeks in " << fill.elapsed() << " ms\n";
    Workspace ws(std::move(db));
    TeamPage page(ws);
    page.resize(1280, 800);
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worstGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, &page, [&] {
        const qint64 t = clock.elapsed();
        worstGap = std::max(worstGap, t - last);
        last = t;
    });
    QSignalSpy loaded(&page, &TeamPage::loaded);
    clock.start();
    ticker.start();
    page.show(); // starts the load on a worker thread
    const qint64 shown = clock.elapsed();
    if (!waitFor(loaded)) {
        out() << "team load did not finish\n";
        return;
    }
    out() << "team page: shown after " << shown << " ms, rows after " << clock.elapsed()
          << " ms; longest UI-thread gap " << worstGap << " ms; " << page.model()->rowCount() << " rows\n";
    settle();
    page.grab().save(QDir(folder).filePath(QStringLiteral("team-big.png")));

    // The heaviest Progress view: all time for one athlete, whose classes need every set.
    ws.setCurrentAthlete(AthleteRepository(ws.database()).list().first().id);
    ProgressPage progress(ws);
    progress.setRange(ProgressRange::All);
    progress.resize(1280, 1400);
    QSignalSpy progressLoaded(&progress, &ProgressPage::loaded);
    worstGap = 0;
    last = 0;
    clock.restart();
    progress.show();
    if (!waitFor(progressLoaded)) {
        out() << "progress load did not finish\n";
        return;
    }
    out() << "progress, all time: charts after " << clock.elapsed() << " ms; longest UI-thread gap "
          << worstGap << " ms; " << progress.series()->sessionCount << " sessions\n";
    settle();
    progress.grab().save(QDir(folder).filePath(QStringLiteral("progress-big-all.png")));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    initApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: spotter_screenshots OUTDIR [--dark] [--big ATHLETES WEEKS]\n", stderr);
        return 2;
    }
    const QString folder = args.at(1);
    QDir().mkpath(folder);
    const bool dark = args.contains(QStringLiteral("--dark"));
    Theme::apply(dark ? ThemeChoice::Dark : ThemeChoice::Light);
    const QString suffix = (dark ? QStringLiteral("-dark") : QStringLiteral("-light"))
                           + QStringLiteral("-%1x").arg(qRound(app.devicePixelRatio()));

    if (const auto big = args.indexOf(QStringLiteral("--big")); big > 0 && big + 2 < args.size()) {
        timeBigTeam(folder, args.at(big + 1).toInt(), args.at(big + 2).toInt());
        return 0;
    }

    QTemporaryDir dir;
    Workspace ws(std::make_unique<Database>(dir.filePath(QStringLiteral("demo.sqlite"))));
    const test::DemoTeam team = test::addDemoTeam(ws.database(), QDateTime::currentDateTime());
    MainWindow window(ws);
    window.resize(1280, 860);
    window.show();

    struct Shot
    {
        qint64 athlete;
        ProgressRange range;
        const char *name;
    };
    const Shot shots[] = {
        {team.ann, ProgressRange::Weeks12, "progress-ann-12w"},
        {team.ann, ProgressRange::All, "progress-ann-all"},
        {team.ann, ProgressRange::Weeks4, "progress-ann-4w"},
        {team.ben, ProgressRange::Weeks12, "progress-ben-12w"},
        {team.cleo, ProgressRange::Year, "progress-cleo-year"},
    };
    bool ok = true;
    for (const Shot &s : shots) {
        const QString path = QDir(folder).filePath(QLatin1String(s.name) + suffix + QStringLiteral(".png"));
        ok = grabProgress(window, s.athlete, s.range, path) && ok;
        out() << path << '\n';
    }
    const QString teamPath = QDir(folder).filePath(QStringLiteral("team") + suffix + QStringLiteral(".png"));
    ok = grabTeam(window, teamPath) && ok;
    out() << teamPath << '\n';
    return ok ? 0 : 1;
}
