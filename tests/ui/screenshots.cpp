// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: renders every main screen of Spotter, filled with the demo data the app itself
// offers (io/demodata.h), to PNG files for people to look at and for the README. Run through
// scripts/screenshots.sh, which calls it for light and dark at 1× and 2× (QT_SCALE_FACTOR=2).
// With --big it instead times a coach's large team and the heaviest Progress view, and the
// longest the UI thread was ever blocked meanwhile.
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
#include "dialogs/workoutroutinesoffer.h"
#include "forms/planpanel.h"
#include "forms/sessioneditor.h"
#include "forms/setsview.h"
#include "forms/sorenessform.h"
#include "i18n/translator.h"
#include "model/clock.h"
#include "model/session.h"
#include "model/validation.h"
#include "models/planmodel.h"
#include "models/teammodel.h"
#include "pages/logpage.h"
#include "pages/progresspage.h"
#include "pages/sorenesspage.h"
#include "pages/teampage.h"
#include "shell/changenotifier.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/routinerepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "synthetic/demodata.h"
#include "synthetic/generator.h"
#include "widgets/bodymap.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace spotter;

namespace {

constexpr QSize kWindow(1280, 800);
/// The smallest window every page is made for (issue 17): a 1024×640 screen at 100%, or a
/// 1280×800 one at 125% (the same size in device-independent pixels).
constexpr QSize kSmallWindow(1024, 640);

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void settle()
{
    // Let layouts, QtCharts and delayed item layouts finish before grabbing.
    for (int i = 0; i < 8; ++i) {
        QCoreApplication::sendPostedEvents();
        QTest::qWait(0);
    }
}

class Shooter
{
public:
    Shooter(QString folder, QString suffix, QString prefix = {})
        : m_folder(std::move(folder)), m_suffix(std::move(suffix)), m_prefix(std::move(prefix))
    {}

    void shoot(QWidget *widget, const QString &name)
    {
        settle();
        const QString path = QDir(m_folder).filePath(m_prefix + name + m_suffix + QStringLiteral(".png"));
        if (widget->grab().save(path)) {
            out() << path << '\n';
        } else {
            out() << "could not write " << path << '\n';
            m_ok = false;
        }
        out().flush();
    }
    [[nodiscard]] bool ok() const { return m_ok; }
    void fail(const QString &why)
    {
        out() << why << '\n';
        out().flush();
        m_ok = false;
    }

private:
    QString m_folder;
    QString m_suffix;
    QString m_prefix; ///< "de-", "pseudo-": a language's shots apart from the English ones
    bool m_ok = true;
};

template <typename Page>
bool waitLoaded(Page *page)
{
    QSignalSpy loaded(page, &Page::loaded);
    return !page->isLoading() || loaded.wait(120000);
}

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

/// One whole-body check-in (issue 11), filled as a lifter would after their latest session.
struct CheckIn
{
    QString name;
    Region region;
    int intensity;
    Character character;
    std::optional<Trend> trend;
    Side side;
    int hoursAfter; ///< noticed this long after the session ended
    QList<Sign> signs;
    QString lift;
};

void fillCheckIn(SorenessPage *page, const CheckIn &c, const Session &session)
{
    SorenessForm *form = page->form();
    page->newReport();
    form->setSessionId(session.id);
    form->bodyMap()->regionButton(c.region)->click();
    form->sideCombo()->setCurrentIndex(form->sideCombo()->findData(static_cast<int>(c.side)));
    if (!c.lift.isEmpty())
        form->liftCombo()->setCurrentIndex(form->liftCombo()->findText(c.lift));
    form->noticedEdit()->setDateTime(session.end().addSecs(c.hoursAfter * 3600).toLocalTime());
    form->intensitySpin()->setValue(c.intensity);
    form->characterCombo()->setCurrentIndex(form->characterCombo()->findData(static_cast<int>(c.character)));
    if (c.trend)
        form->trendCombo()->setCurrentIndex(form->trendCombo()->findData(static_cast<int>(*c.trend)));
    for (Sign s : c.signs)
        form->signBox(s)->setChecked(true);
}

/// The check-in for a neck, a knee and a chest report: the window, and the whole form with the
/// questions that region asks (they sit below the window's fold).
void shootCheckIns(Shooter &shooter, MainWindow &window, const Athlete &athlete, const Database &db)
{
    // The latest session a day old at least: the chest is noticed 24 h after it, and a report
    // noticed in the future is refused.
    std::optional<Session> latest;
    const QDateTime dayAgo = Clock::now().addDays(-1);
    for (const Session &s : SessionRepository(db).list(athlete.id)) {
        if (s.end() <= dayAgo && (!latest || s.start > latest->start))
            latest = s;
    }
    if (!latest) {
        shooter.fail(QStringLiteral("no session for the check-in screenshots"));
        return;
    }
    const QList<CheckIn> checkIns{
        {QStringLiteral("neck"),
         Region::Neck,
         4,
         Character::Ache,
         Trend::Stable,
         Side::Right,
         4,
         {Sign::ArmNerve},
         {}},
        {QStringLiteral("knee"),
         Region::Knees,
         6,
         Character::Sharp,
         std::nullopt,
         Side::Left,
         0,
         {Sign::Pop, Sign::Swelling},
         QStringLiteral("Back Squat")},
        {QStringLiteral("chest"),
         Region::Chest,
         4,
         Character::Ache,
         Trend::Improving,
         Side::Both,
         24,
         {},
         QStringLiteral("Bench Press")},
    };
    window.showPage(MainWindow::Soreness);
    SorenessPage *page = window.sorenessPage();
    for (const CheckIn &c : checkIns) {
        fillCheckIn(page, c, *latest);
        shooter.shoot(&window, QStringLiteral("soreness-") + c.name);
        shooter.shoot(page->form(), QStringLiteral("soreness-") + c.name + QStringLiteral("-form"));
        if (!page->save()) {
            // The next check-in would ask whether to discard this one, and nobody is there to answer.
            shooter.fail(QStringLiteral("the %1 check-in did not save: %2")
                             .arg(c.name, joinMessages(page->form()->issues(Clock::now()))));
            return;
        }
    }
}

/// Today's session started from a routine made of the athlete's latest session: the plan with
/// the suggested loads and why, the plates, last time, and its first loadable item logged.
void shootRoutine(Shooter &shooter, MainWindow &window, Workspace &ws, const Athlete &athlete)
{
    const auto latest = SessionRepository(ws.database()).latest(athlete.id);
    if (!latest) {
        shooter.fail(QStringLiteral("no session to make a routine of"));
        return;
    }
    Routine routine;
    routine.name = QStringLiteral("Heavy day");
    // One line per exercise, the way a lifter writes a routine: its working sets at the first
    // one's reps and effort.
    for (const WorkoutSet &set : latest->sets) {
        if (set.isWarmup())
            continue;
        if (!routine.items.isEmpty() && routine.items.last().exerciseId == set.exerciseId) {
            ++routine.items.last().sets;
            continue;
        }
        RoutineItem item;
        item.exerciseId = set.exerciseId;
        item.reps = set.reps;
        item.seconds = set.seconds;
        item.rpe = set.rpe;
        if (!set.rpe)
            item.weight = set.weight;
        item.restSeconds = set.restSeconds;
        routine.items.append(item);
    }
    routine.athleteIds = {athlete.id};
    RoutineRepository(ws.database()).add(routine);
    emit ws.notifier()->routinesChanged();
    LogPage *log = window.logPage();
    log->newSession();
    PlanPanel *plan = log->planPanel();
    if (!plan->startRoutine(routine.id)) {
        shooter.fail(QStringLiteral("the routine did not start"));
        return;
    }
    for (int row = 0; row < plan->model()->rowCount(); ++row) {
        if (plan->model()->load(row)) {
            plan->logItem(row);
            break;
        }
    }
    shooter.shoot(&window, QStringLiteral("log-routine"));
}

/// A Strong export imported for a new athlete: the workouts it repeats offered as routines.
void shootImportRoutines(Shooter &shooter, MainWindow &window, Workspace &ws)
{
    ImportDialog import(ws, &window);
    import.show();
    import.setAthlete(QStringLiteral("Cy"));
    import.setFile(QStringLiteral(SPOTTER_SOURCE_DIR "/tests/data/import/strong_routines.csv"));
    QSignalSpy state(&import, &ImportDialog::stateChanged);
    while (import.state() != ImportDialog::State::Ready && state.wait(60000)) {
    }
    import.startImport();
    while (import.state() != ImportDialog::State::Done && state.wait(60000)) {
    }
    QListWidget *offered = import.routineOffer()->list();
    if (offered->count() == 0) {
        shooter.fail(QStringLiteral("no workouts were offered as routines"));
        return;
    }
    offered->item(0)->setCheckState(Qt::Checked);
    shooter.shoot(&import, QStringLiteral("import-routines"));
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
