// SPDX-License-Identifier: GPL-3.0-or-later
// The window over a database it cannot write: opened read-only by request, on a read-only mount
// (as root: a tmpfs remounted read-only, which stops root too; chmod would not), or damaged. It
// says so in the title and status bar, disables the obvious edits, and any other edit gets the
// store's own message.
#include "benchathlete.h"
#include "commands/valuecommands.h"
#include "forms/planpanel.h"
#include "forms/sessionform.h"
#include "forms/sorenessform.h"
#include "models/setsmodel.h"
#include "pagedamage.h"
#include "pages/historypage.h"
#include "pages/logpage.h"
#include "pages/sorenesspage.h"
#include "shell/desktopdatabase.h"
#include "shell/mainwindow.h"
#include "shell/prompt.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/query.h"
#include "store/sessionrepository.h"
#include "store/storeerror.h"
#include "widgets/quickentryline.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <sys/mount.h>
#include <unistd.h>

using namespace spotter;

namespace {

/// A tmpfs on @p path that can be remounted read-only; only root may mount one.
class ReadOnlyMount
{
public:
    explicit ReadOnlyMount(const QString &path) : m_path(QFile::encodeName(path))
    {
        QDir().mkpath(path);
        if (::geteuid() == 0)
            m_mounted = ::mount("tmpfs", m_path.constData(), "tmpfs", 0, "size=8m,mode=0755") == 0;
    }
    ~ReadOnlyMount()
    {
        if (m_mounted)
            ::umount2(m_path.constData(), MNT_DETACH);
    }
    ReadOnlyMount(const ReadOnlyMount &) = delete;
    ReadOnlyMount &operator=(const ReadOnlyMount &) = delete;
    [[nodiscard]] bool mounted() const { return m_mounted; }
    bool makeReadOnly() const
    {
        return ::mount(nullptr, m_path.constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }

private:
    QByteArray m_path;
    bool m_mounted = false;
};

QAction *menuAction(QWidget &window, const QString &text)
{
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == text)
            return a;
    return nullptr;
}

class ReadOnlyWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Prompt::reset();
        Prompt::setQuiet(true);
    }
    void TearDown() override { Prompt::reset(); }

    /// A database at @p path with Ann and @p sessions of hers, closed again.
    static void makeDatabase(const QString &path, int sessions = 0)
    {
        Database db(path);
        test::addBenchAthlete(db, QStringLiteral("Ann"), sessions);
    }

    static void expectReadOnlyWindow(MainWindow &window, const QString &reason)
    {
        EXPECT_EQ(window.windowTitle(), QStringLiteral("Ann — Spotter (read-only)"));
        const QString status = window.databaseStatus();
        EXPECT_TRUE(status.startsWith(QStringLiteral("Opened read-only: you can read, export and back up; "
                                                     "changes cannot be saved.")))
            << status.toStdString();
        EXPECT_TRUE(status.contains(reason)) << status.toStdString();
        const auto disabledWithWhy = [](QWidget *w) {
            EXPECT_FALSE(w->isEnabled()) << w->metaObject()->className();
            EXPECT_TRUE(w->toolTip().startsWith(QStringLiteral("Not while the database is read-only")))
                << w->toolTip().toStdString();
        };
        disabledWithWhy(window.logPage()->quickEntry());
        disabledWithWhy(window.logPage()->newSessionButton());
        disabledWithWhy(window.sorenessPage()->saveButton());
        for (const QString &text : {QStringLiteral("&New athlete…"), QStringLiteral("&Import…"),
                                    QStringLiteral("&Edit athlete…"), QStringLiteral("&Delete athlete…")}) {
            QAction *action = menuAction(window, text);
            ASSERT_NE(action, nullptr) << text.toStdString();
            EXPECT_FALSE(action->isEnabled()) << text.toStdString();
        }
        // Reading stays: export is there to get the data off.
        EXPECT_TRUE(menuAction(window, QStringLiteral("E&xport…"))->isEnabled());
    }

    /// An edit through the undo stack fails with the store's clear message.
    static void expectEditRefused(Workspace &ws)
    {
        Athlete bob;
        bob.name = QStringLiteral("Bob");
        const auto error = ws.execute(new AddAthleteCommand(ws, bob, QStringLiteral("add athlete")));
        ASSERT_TRUE(error.has_value());
        EXPECT_TRUE(error->contains(QStringLiteral("read-only"))) << error->toStdString();
        EXPECT_FALSE(error->contains(QStringLiteral("damaged"))) << error->toStdString();
        EXPECT_EQ(ws.undoStack()->count(), 0);
        EXPECT_FALSE(AthleteRepository(ws.database()).findByName(QStringLiteral("Bob")).has_value());
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ReadOnlyWindow, AReadOnlyDatabaseSaysSoAndDisablesTheEdits)
{
    const QString path = m_dir.filePath(QStringLiteral("db.sqlite"));
    makeDatabase(path);
    Database::Options options;
    options.readOnly = true;
    Workspace ws(std::make_unique<Database>(path, options));
    MainWindow window(ws);
    window.show();
    expectReadOnlyWindow(window, QStringLiteral("opened only to read it"));
    expectEditRefused(ws);
    // The day's backup only reads the database.
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return QDir(m_dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files).size() == 1;
    })) << "never came true: QDir(m_dir.filePath(QStringLiteral(\"backups\"))).entryList(QDir::Files).size() "
           "== 1";
    // The file's folder can be written: a restore is still possible.
    EXPECT_TRUE(menuAction(window, QStringLiteral("Restore from bac&kup…"))->isEnabled());
}

TEST_F(ReadOnlyWindow, BackToAWritableDatabaseTheEditsComeBack)
{
    const QString path = m_dir.filePath(QStringLiteral("db.sqlite"));
    makeDatabase(path);
    Database::Options options;
    options.readOnly = true;
    Workspace ws(std::make_unique<Database>(path, options));
    MainWindow window(ws);
    Prompt::setNextFileName(path);
    menuAction(window, QStringLiteral("&Open database…"))->trigger();
    EXPECT_FALSE(ws.database().isReadOnly());
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Ann — Spotter"));
    EXPECT_TRUE(window.logPage()->newSessionButton()->isEnabled());
    EXPECT_EQ(window.logPage()->newSessionButton()->toolTip(),
              QStringLiteral("Start a new session dated now (Ctrl+N)"));
    EXPECT_TRUE(menuAction(window, QStringLiteral("&New athlete…"))->isEnabled());
    EXPECT_TRUE(Prompt::shown().isEmpty()) << Prompt::shown().join(u'\n').toStdString();
}

TEST_F(ReadOnlyWindow, ReadOnlyStorageOpensReadOnlyWithANotice)
{
    ReadOnlyMount mount(m_dir.filePath(QStringLiteral("mnt")));
    if (!mount.mounted())
        GTEST_SKIP() << "cannot mount a tmpfs here (not root); no read-only storage to test with";
    const QString path = m_dir.filePath(QStringLiteral("mnt/spotter.sqlite"));
    makeDatabase(path);
    ASSERT_TRUE(mount.makeReadOnly());

    // A plain open refuses: this is what the helper falls back from.
    Database::Options existing;
    existing.create = false;
    EXPECT_THROW(Database(path, existing), StoreError);

    std::unique_ptr<Database> db = openForDesktop(nullptr, path, false);
    ASSERT_TRUE(db);
    EXPECT_TRUE(db->isReadOnly());
    ASSERT_EQ(Prompt::shown().size(), 1);
    EXPECT_TRUE(Prompt::shown().first().startsWith(QStringLiteral("Spotter opened its database read-only: ")))
        << Prompt::shown().first().toStdString();
    EXPECT_FALSE(Prompt::shown().first().contains(QStringLiteral("damaged")));

    Workspace ws(std::move(db));
    MainWindow window(ws);
    window.show();
    expectReadOnlyWindow(window, QStringLiteral("read-only folder or disk"));
    // Restoring writes over the file: not here.
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return !menuAction(window, QStringLiteral("Restore from bac&kup…"))->isEnabled();
    })) << "never came true: !menuAction(window, QStringLiteral(\"Restore from bac&kup…\"))->isEnabled()";
    expectEditRefused(ws);
}

TEST_F(ReadOnlyWindow, FileOpenFallsBackToReadOnlyStorageToo)
{
    ReadOnlyMount mount(m_dir.filePath(QStringLiteral("mnt")));
    if (!mount.mounted())
        GTEST_SKIP() << "cannot mount a tmpfs here (not root); no read-only storage to test with";
    const QString path = m_dir.filePath(QStringLiteral("mnt/spotter.sqlite"));
    makeDatabase(path);
    ASSERT_TRUE(mount.makeReadOnly());

    Workspace ws(std::make_unique<Database>(m_dir.filePath(QStringLiteral("home.sqlite"))));
    MainWindow window(ws);
    Prompt::setNextFileName(path);
    menuAction(window, QStringLiteral("&Open database…"))->trigger();
    EXPECT_EQ(ws.database().path(), path);
    EXPECT_TRUE(ws.database().isReadOnly());
    ASSERT_EQ(Prompt::shown().size(), 1) << Prompt::shown().join(u'\n').toStdString();
    EXPECT_TRUE(
        Prompt::shown().first().startsWith(QStringLiteral("Spotter opened its database read-only: ")));
    expectReadOnlyWindow(window, QStringLiteral("read-only folder or disk"));
    expectEditRefused(ws);
}

TEST_F(ReadOnlyWindow, ADamagedFileOpensReadOnlyWithTheWayOut)
{
    const QString path = m_dir.filePath(QStringLiteral("db.sqlite"));
    makeDatabase(path, 3);
    {
        // Damage that only the integrity check finds (no page reads that table): the root page
        // of a table of filler overwritten with garbage, the header untouched.
        Database db(path);
        Query::run(db.connection(), QStringLiteral("CREATE TABLE filler (bytes BLOB)"));
        Query::run(db.connection(), QStringLiteral("INSERT INTO filler VALUES (zeroblob(100))"));
        Query::run(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const int root = test::rootPageOf(path, QStringLiteral("filler"));
    ASSERT_GT(root, 1);
    ASSERT_TRUE(test::overwritePage(path, root));
    DesktopDatabase opened = openForDesktop(path, false);
    ASSERT_TRUE(opened.db);
    // The window does not wait for the integrity check: it runs once the window is there.
    EXPECT_FALSE(opened.db->isReadOnly());
    EXPECT_TRUE(opened.db->checkPending());
    EXPECT_TRUE(opened.notice.isEmpty());
    Workspace ws(std::move(opened.db));
    MainWindow window(ws);
    window.show();
    // qWaitFor, not QTRY_VERIFY: a QTRY that fails only returns from a gtest body, unnoticed.
    ASSERT_TRUE(QTest::qWaitFor([&] { return ws.database().isReadOnly(); }, 10000));
    EXPECT_FALSE(ws.database().damage().isEmpty());
    const QString notice =
        QStringLiteral("Spotter opened its database read-only: '%1' failed its integrity check").arg(path);
    const auto noticed = [&] {
        const QStringList shown = Prompt::shown();
        return std::any_of(shown.cbegin(), shown.cend(),
                           [&](const QString &s) { return s.startsWith(notice); });
    };
    ASSERT_TRUE(QTest::qWaitFor(noticed, 10000)) << Prompt::shown().join(u'\n').toStdString();
    EXPECT_TRUE(ws.database().damageMessage().contains(QStringLiteral("restore")));
    expectReadOnlyWindow(window, QStringLiteral("failed its integrity check"));
}

TEST_F(ReadOnlyWindow, AHealthyFileStaysWritableAfterItsCheck)
{
    const QString path = m_dir.filePath(QStringLiteral("db.sqlite"));
    makeDatabase(path, 3);
    DesktopDatabase opened = openForDesktop(path, false);
    ASSERT_TRUE(opened.db);
    EXPECT_TRUE(opened.db->checkPending());
    Workspace ws(std::move(opened.db));
    QSignalSpy checked(&ws, &Workspace::databaseChecked);
    MainWindow window(ws);
    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return checked.size() == 1; }, 10000));
    EXPECT_FALSE(ws.database().checkPending());
    EXPECT_FALSE(ws.database().isReadOnly());
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Ann — Spotter"));
    EXPECT_TRUE(window.logPage()->newSessionButton()->isEnabled());
    Athlete bob;
    bob.name = QStringLiteral("Bob");
    const auto error = ws.execute(new AddAthleteCommand(ws, bob, QStringLiteral("add athlete")));
    EXPECT_FALSE(error.has_value()) << error.value_or(QString()).toStdString();
    EXPECT_TRUE(AthleteRepository(ws.database()).findByName(QStringLiteral("Bob")).has_value());
    EXPECT_TRUE(Prompt::shown().isEmpty()) << Prompt::shown().join(u'\n').toStdString();
}

TEST_F(ReadOnlyWindow, EveryEditIsDisabledNotTriedAndRefused)
{
    const QString path = m_dir.filePath(QStringLiteral("db.sqlite"));
    makeDatabase(path, 3);
    Database::Options options;
    options.readOnly = true;
    Workspace ws(std::make_unique<Database>(path, options));
    MainWindow window(ws);
    window.show();
    const auto disabledWithWhy = [](QObject *o) {
        ASSERT_NE(o, nullptr);
        auto *w = qobject_cast<QWidget *>(o);
        auto *a = qobject_cast<QAction *>(o);
        ASSERT_TRUE(w || a) << o->metaObject()->className();
        EXPECT_FALSE(w ? w->isEnabled() : a->isEnabled()) << o->metaObject()->className();
        EXPECT_TRUE((w ? w->toolTip() : a->toolTip())
                        .startsWith(QStringLiteral("Not while the database is read-only")))
            << o->metaObject()->className();
    };

    // Log: a stored session is shown, and nothing of it can be changed.
    const qint64 id = SessionRepository(ws.database()).latest(ws.currentAthleteId())->id;
    window.logPage()->editSession(id);
    LogPage *log = window.logPage();
    ASSERT_EQ(log->model()->rowCount(), 5);
    for (int column = 0; column < log->model()->columnCount(); ++column)
        EXPECT_FALSE(log->model()->flags(log->model()->index(0, column)) & Qt::ItemIsEditable) << column;
    EXPECT_FALSE(log->model()->setData(log->model()->index(0, SetsModel::Reps), 8));
    disabledWithWhy(log->form());
    disabledWithWhy(log->planPanel());
    for (QPushButton *b : log->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Dup&licate") || b->text() == QStringLiteral("Delete"))
            disabledWithWhy(b);
    }
    for (QAction *a : log->actions()) {
        if (a->shortcut() == QKeySequence::New || a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_D)) {
            EXPECT_FALSE(a->isEnabled()) << a->shortcut().toString().toStdString();
        }
    }
    log->duplicateCurrent();
    log->removeSelected();
    log->repeatLast();
    EXPECT_EQ(log->model()->rowCount(), 5);

    // History: Delete, as a button and a key.
    window.showPage(MainWindow::History);
    HistoryPage *history = window.historyPage();
    history->view()->selectRow(0);
    for (QPushButton *b : history->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("&Delete"))
            disabledWithWhy(b);
    }
    for (QShortcut *key : history->findChildren<QShortcut *>())
        EXPECT_FALSE(key->isEnabled());
    history->deleteSelected();

    // Soreness: Save, Ctrl+S, Delete and the health history.
    window.showPage(MainWindow::Soreness);
    SorenessPage *soreness = window.sorenessPage();
    disabledWithWhy(soreness->saveButton());
    disabledWithWhy(soreness->form()->healthButton());
    EXPECT_FALSE(soreness->deleteButton()->isEnabled());
    for (QShortcut *key : soreness->findChildren<QShortcut *>()) {
        if (key->key() == QKeySequence::Save || key->key() == QKeySequence::Delete) {
            EXPECT_FALSE(key->isEnabled()) << key->key().toString().toStdString();
        }
    }
    EXPECT_FALSE(soreness->save());

    // Undo and redo have nothing to do; nothing was tried, so no error was shown.
    EXPECT_FALSE(menuAction(window, QStringLiteral("&Undo"))->isEnabled());
    EXPECT_FALSE(menuAction(window, QStringLiteral("&Redo"))->isEnabled());
    EXPECT_EQ(ws.undoStack()->count(), 0);
    EXPECT_TRUE(Prompt::shown().isEmpty()) << Prompt::shown().join(u'\n').toStdString();
    EXPECT_EQ(SessionRepository(ws.database()).get(id)->sets.size(), 5);
}

TEST_F(ReadOnlyWindow, TheFirstRunScreenOffersOnlyWhatCanBeDone)
{
    const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    {
        Database db(path);
    }
    Database::Options options;
    options.readOnly = true;
    Workspace ws(std::make_unique<Database>(path, options));
    MainWindow window(ws);
    window.show();
    QPushButton *add = nullptr;
    QPushButton *import = nullptr;
    QPushButton *demo = nullptr;
    for (QPushButton *b : window.findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("&Add yourself as an athlete…"))
            add = b;
        else if (b->text() == QStringLiteral("&Import history from Strong, Hevy or FitNotes…"))
            import = b;
        else if (b->text() == QStringLiteral("Look around with &demo data"))
            demo = b;
    }
    ASSERT_TRUE(add && import && demo);
    ASSERT_TRUE(add->isVisible());
    for (QPushButton *b : {add, import}) {
        EXPECT_FALSE(b->isEnabled()) << b->text().toStdString();
        EXPECT_TRUE(b->toolTip().startsWith(QStringLiteral("Not while the database is read-only")))
            << b->toolTip().toStdString();
        EXPECT_TRUE(b->toolTip().contains(QStringLiteral("opened only to read it")));
    }
    EXPECT_TRUE(demo->isEnabled()); // the demo has a file of its own
}

TEST_F(ReadOnlyWindow, AMissingFileIsNeitherCreatedNorOpened)
{
    const QString path = m_dir.filePath(QStringLiteral("nothere/typo.sqlite"));
    EXPECT_THROW(openForDesktop(nullptr, path, false), StoreError);
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("nothere"))));
}
