// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: renders every main screen of Spotter, filled with the demo data the app itself
// offers (io/demodata.h), to PNG files for people to look at and for the README. Run through
// scripts/screenshots.sh, which calls it for light and dark at 1× and 2× (QT_SCALE_FACTOR=2).
// With --big it instead times a coach's large team and the heaviest Progress view, and the
// longest the UI thread was ever blocked meanwhile. Shots that need a scene set up first (check-ins,
// a routine, an import's offer) are in shots/scenes.cpp.
//
// With --small it shoots only the pages, in the smallest window they are made for (1024×640);
// the script runs that at QT_SCALE_FACTOR 1 and 1.25 (a 1280×800 screen at 125%).
//
// --locale de_DE shoots the pages in that language (files named de-PAGE.png), SPOTTER_PSEUDO_LOCALE=1
// in the pseudo-locale (pseudo-PAGE…), and --contrast NAME in a high-contrast theme
// (NAME-PAGE…, NAME one of high-contrast and high-contrast-dark); each only the pages.
//
//   spotter_screenshots OUTDIR [--dark] [--small] [--locale NAME] [--contrast NAME] [--big ATHLETES WEEKS]
#include "dialogs/connectdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "forms/sessioneditor.h"
#include "forms/setsview.h"
#include "i18n/translator.h"
#include "model/clock.h"
#include "model/session.h"
#include "models/teammodel.h"
#include "pages/logpage.h"
#include "pages/progresspage.h"
#include "pages/sorenesspage.h"
#include "pages/teampage.h"
#include "shell/changenotifier.h"
#include "shell/mainwindow.h"
#include "shell/publishprogress.h"
#include "shell/theme.h"
#include "shell/workspace.h"
#include "shots/scenes.h"
#include "shots/shooter.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "synthetic/demodata.h"
#include "synthetic/generator.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace spotter;
using namespace spotter::shots;

namespace {

constexpr QSize kWindow(1280, 800);
/// The smallest window every page is made for (issue 17): a 1024×640 screen at 100%, or a
/// 1280×800 one at 125% (the same size in device-independent pixels).
constexpr QSize kSmallWindow(1024, 640);

/// The demo athlete whose story shows the most: the one who tests too often.
Athlete storyAthlete(const Database &db)
{
    const QList<Athlete> athletes = AthleteRepository(db).list();
    for (const Athlete &a : athletes) {
        if (a.name.startsWith(QStringLiteral("Tom")))
            return a;
    }
    return athletes.first();
}

void shootFirstRun(Shooter &shooter, const QString &folder, QSize size, const QString &tag)
{
    Workspace ws(std::make_unique<Database>(QDir(folder).filePath(QStringLiteral("empty.sqlite"))));
    MainWindow window(ws);
    window.resize(size);
    window.show();
    shooter.shoot(&window, QStringLiteral("first-run") + tag);
}

/// The five pages of the demo data in a window of @p size, each file name ending in @p tag.
/// Unless @p pagesOnly, the dialogs, check-ins and routines follow.
void shootEveryPage(Shooter &shooter, const QString &folder, QSize size, const QString &tag, bool pagesOnly)
{
    const QString path = QDir(folder).filePath(QStringLiteral("demo.sqlite"));
    createDemoDatabase(path);
    Workspace ws(std::make_unique<Database>(path));
    MainWindow window(ws);
    window.resize(size);
    window.show();
    const Athlete tom = storyAthlete(ws.database());
    window.athleteSwitcher()->setCurrentIndex(window.athleteSwitcher()->findData(tom.id));

    if (const auto latest = SessionRepository(ws.database()).latest(tom.id))
        window.logPage()->editSession(latest->id);
    window.showPage(MainWindow::Log);
    shooter.shoot(&window, QStringLiteral("log") + tag);
    // A table may scroll sideways in the pseudo-locale, whose every header is 40% longer.
    if (window.logPage()->view()->horizontalScrollBar()->isVisible() && !pseudoLocaleRequested())
        shooter.fail(QStringLiteral("the sets grid scrolls sideways in a %1-pixel window").arg(size.width()));

    window.showPage(MainWindow::History);
    shooter.shoot(&window, QStringLiteral("history") + tag);

    // Tom's latest lower-back report: in his story, the warning after a deadlift test.
    const QList<SorenessReport> reports = SorenessRepository(ws.database()).list(tom.id);
    for (auto it = reports.crbegin(); it != reports.crend(); ++it) {
        if (it->region == Region::LowerBack) {
            window.sorenessPage()->editReport(it->id);
            break;
        }
    }
    window.showPage(MainWindow::Soreness);
    shooter.shoot(&window, QStringLiteral("soreness") + tag);

    window.progressPage()->setRange(ProgressRange::Weeks12);
    window.showPage(MainWindow::Progress);
    if (!waitLoaded(window.progressPage()))
        shooter.fail(QStringLiteral("the Progress page did not load"));
    shooter.shoot(&window, QStringLiteral("progress") + tag);

    window.showPage(MainWindow::Team);
    if (!waitLoaded(window.teamPage()))
        shooter.fail(QStringLiteral("the Team page did not load"));
    shooter.shoot(&window, QStringLiteral("team") + tag);
    if (pagesOnly)
        return;

    SettingsDialog settings(ws, &window);
    settings.show();
    if (auto *tabs = settings.findChild<QTabWidget *>())
        tabs->setCurrentIndex(1);
    shooter.shoot(&settings, QStringLiteral("settings-rules"));

    ImportDialog import(ws, &window);
    import.show();
    import.setFile(QStringLiteral(SPOTTER_SOURCE_DIR "/tests/data/import/strong_v4_kg.csv"));
    QSignalSpy state(&import, &ImportDialog::stateChanged);
    while (import.state() == ImportDialog::State::Checking && state.wait(60000)) {
    }
    shooter.shoot(&import, QStringLiteral("import-preview"));
    import.close();
    settings.close();

    ShortcutsDialog shortcuts(&window, &window);
    shortcuts.show();
    shooter.shoot(&shortcuts, QStringLiteral("shortcuts"));
    shortcuts.close();

    const QString server =
        QStringLiteral("postgresql://coach_lee@gym.example.org:5432/team?sslmode=verify-full");
    ConnectDialog connect({server}, &window);
    connect.setLocation(DatabaseLocation::parse(server));
    connect.show();
    shooter.shoot(&connect, QStringLiteral("connect"));
    connect.close();
    shootConnecting(shooter, window);
    // File → Publish half-way through a log (publishWithProgress() shows this dialog).
    PublishingDialog publishing(DatabaseLocation::parse(server).withUser({}).displayName(), &window);
    publishing.showProgress(17, 42);
    publishing.show();
    shooter.shoot(&publishing, QStringLiteral("publishing"));
    publishing.hide();

    // Last, because saving them adds reports that the pages above would show.
    shootCheckIns(shooter, window, tom, ws.database());
    // After the check-ins: its session is today's, and their reports shape today's loads.
    window.showPage(MainWindow::Log);
    shootRoutine(shooter, window, ws, tom);
    // Last of all: it adds an athlete and a history.
    shootImportRoutines(shooter, window, ws);
}

/// Loads the Team page of a large generated database and reports the time and the longest gap
/// between ticks of a 10 ms timer on the UI thread (what a user would feel as a freeze).
void timeBigTeam(const QString &folder, int athletes, int weeks)
{
    auto db = std::make_unique<Database>(QDir(folder).filePath(QStringLiteral("big.sqlite")));
    QElapsedTimer fill;
    fill.start();
    GeneratorOptions options;
    options.athletes = athletes;
    options.weeks = weeks;
    options.seed = 7;
    options.end = QDateTime::currentDateTime();
    const GeneratorResult generated = Generator(*db).run(options);
    out() << "generated " << generated.athletes << " athletes, " << generated.sets << " sets in "
          << fill.elapsed() << " ms\n";
    Workspace ws(std::move(db));
    TeamPage page(ws);
    page.resize(kWindow);
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
    if (!loaded.wait(300000)) {
        out() << "team load did not finish\n";
        return;
    }
    out() << "team page: shown after " << shown << " ms, rows after " << clock.elapsed()
          << " ms; longest UI-thread gap " << worstGap << " ms; " << page.model()->rowCount() << " rows\n";

    ws.setCurrentAthlete(AthleteRepository(ws.database()).list().first().id);
    ProgressPage progress(ws);
    progress.setRange(ProgressRange::All);
    progress.resize(1280, 1400);
    QSignalSpy progressLoaded(&progress, &ProgressPage::loaded);
    worstGap = 0;
    last = 0;
    clock.restart();
    progress.show();
    if (!progressLoaded.wait(300000)) {
        out() << "progress load did not finish\n";
        return;
    }
    out() << "progress, all time: charts after " << clock.elapsed() << " ms; longest UI-thread gap "
          << worstGap << " ms; " << progress.series()->sessionCount << " sessions\n";
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    initApplicationIdentity();
    // English as people read it ("3 athletes", not "3 athlete(s)"), whatever the machine's locale.
    installTranslations(QLocale(QLocale::English));
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: spotter_screenshots OUTDIR [--dark] [--small] [--big ATHLETES WEEKS]\n", stderr);
        return 2;
    }
    // The same day every time, so that pictures change only when the screens do. A Sunday
    // evening: the demo week is complete and its last sessions are hours old.
    Clock::set(QDateTime(QDate(2026, 11, 29), QTime(20, 0)));
    // A question nobody answers would stop the run for good: say what it asked, and cancel it.
    bool interrupted = false;
    QTimer modalGuard;
    QObject::connect(&modalGuard, &QTimer::timeout, [&interrupted] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            out() << "a dialog interrupted the screenshots: " << box->text() << '\n';
            out().flush();
            box->reject();
            interrupted = true;
        }
    });
    modalGuard.start(1000);
    const QString folder = args.at(1);
    QDir().mkpath(folder);
    // A folder of a fixed name, not a random one: the status bar shows the database's path, and
    // a picture should change only when the screen does. Named after the output folder, so
    // that the test's pass and scripts/screenshots.sh do not share it.
    struct WorkFolder
    {
        QDir dir;
        explicit WorkFolder(const QString &path) : dir(path)
        {
            dir.removeRecursively();
            dir.mkpath(QStringLiteral("."));
        }
        ~WorkFolder() { dir.removeRecursively(); }
        [[nodiscard]] QString path() const { return dir.path(); }
    } work(QDir::temp().filePath(QStringLiteral("spotter-") + QFileInfo(folder).fileName()));
    // No window size or theme of an earlier run: every shot starts from the defaults.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, work.path());
    if (const auto big = args.indexOf(QStringLiteral("--big")); big > 0 && big + 2 < args.size()) {
        timeBigTeam(work.path(), args.at(big + 1).toInt(), args.at(big + 2).toInt());
        return 0;
    }
    const auto option = [&args](const char *name) {
        const auto at = args.indexOf(QString::fromLatin1(name));
        return at > 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    // A language or a contrast theme: the pages alone, named by a prefix ("de-", "pseudo-").
    QString prefix;
    const QString localeName = option("--locale");
    const QLocale locale = localeName.isEmpty() ? QLocale(QLocale::English) : QLocale(localeName);
    if (!localeName.isEmpty()) {
        QLocale::setDefault(locale);
        prefix = locale.name().section(u'_', 0, 0) + u'-';
    }
    installTranslations(locale, QtStrings::Translate);
    if (pseudoLocaleRequested())
        prefix = QStringLiteral("pseudo-");
    const QString contrast = option("--contrast");
    const bool dark = args.contains(QStringLiteral("--dark"));
    Theme::apply(!contrast.isEmpty() ? Theme::fromKey(contrast)
                 : dark              ? ThemeChoice::Dark
                                     : ThemeChoice::Light);
    if (!contrast.isEmpty())
        prefix += contrast + u'-';
    const qreal scale = app.devicePixelRatio();
    const QString theme = !prefix.isEmpty() ? QString()
                          : dark            ? QStringLiteral("-dark")
                                            : QStringLiteral("-light");
    if (args.contains(QStringLiteral("--small"))) {
        // Named after the screen: 1024×640 at 100%, or 1280×800 at 125%.
        const QSize screen = kSmallWindow * scale;
        const QString tag = scale > 1.0
                                ? QStringLiteral("-%1x%2").arg(screen.width()).arg(qRound(scale * 100))
                                : QStringLiteral("-%1").arg(screen.width());
        Shooter shooter(folder, theme, prefix);
        shootFirstRun(shooter, work.path(), kSmallWindow, tag);
        shootEveryPage(shooter, work.path(), kSmallWindow, tag, true);
        return shooter.ok() && !interrupted ? 0 : 1;
    }
    Shooter shooter(folder, theme + (scale > 1.0 ? QStringLiteral("@%1x").arg(qRound(scale)) : QString()),
                    prefix);
    shootFirstRun(shooter, work.path(), kWindow, {});
    shootEveryPage(shooter, work.path(), kWindow, {}, !prefix.isEmpty());
    return shooter.ok() && !interrupted ? 0 : 1;
}
