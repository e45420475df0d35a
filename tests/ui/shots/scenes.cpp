// SPDX-License-Identifier: GPL-3.0-or-later
#include "shots/scenes.h"

#include "connectingwatch.h"
#include "dialogs/importdialog.h"
#include "dialogs/workoutroutinesoffer.h"
#include "forms/planpanel.h"
#include "forms/sorenessform.h"
#include "model/clock.h"
#include "model/session.h"
#include "model/validation.h"
#include "models/planmodel.h"
#include "pages/logpage.h"
#include "pages/sorenesspage.h"
#include "shell/changenotifier.h"
#include "shell/mainwindow.h"
#include "shell/workspace.h"
#include "silentport.h"
#include "store/database.h"
#include "store/location.h"
#include "store/routinerepository.h"
#include "store/sessionrepository.h"
#include "widgets/bodymap.h"

#include <QAbstractAnimation>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>

namespace spotter::shots {
namespace {

/// Animations that never advance, so that a busy bar is drawn the same in every run.
class FrozenAnimations : public QAnimationDriver
{
public:
    FrozenAnimations() { install(); }
    ~FrozenAnimations() override { uninstall(); }
    FrozenAnimations(const FrozenAnimations &) = delete;
    FrozenAnimations &operator=(const FrozenAnimations &) = delete;
    [[nodiscard]] qint64 elapsed() const override { return 0; }
};

/// Outside the range the system picks ports from, so that no test of a parallel run holds it.
constexpr int kSilentPort = 5499;

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

} // namespace

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

void shootConnecting(Shooter &shooter, MainWindow &window)
{
    test::SilentPort silent(kSilentPort);
    if (silent.port() == 0) {
        shooter.fail(
            QStringLiteral("port %1 is taken: no picture of the connecting dialog").arg(kSilentPort));
        return;
    }
    const FrozenAnimations frozen;
    const test::ConnectingWatch watch([&](QProgressDialog *dialog) {
        shooter.shoot(dialog, QStringLiteral("connecting"));
        if (auto *cancel = dialog->findChild<QPushButton *>())
            cancel->click();
    });
    if (window.connectTo(DatabaseLocation::parse(
            QStringLiteral("postgresql://coach_lee@127.0.0.1:%1/team").arg(kSilentPort))))
        shooter.fail(QStringLiteral("a server that never answers was opened"));
}

} // namespace spotter::shots
