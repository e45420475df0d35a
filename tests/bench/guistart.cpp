// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark 3: the desktop app from main() to its first painted History page on a database
// (offscreen), and its peak RSS. On a database without athletes the window shows its first-run
// page instead; then the first paint of the window ends the measurement.
// Prints one JSON object: {"ms": …, "peak_rss_kb": …, "rows": …}.
#include "models/historymodel.h"
#include "pages/historypage.h"
#include "peakrss.h"
#include "shell/appsettings.h"
#include "shell/desktopdatabase.h"
#include "shell/firstrunwidget.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "shell/workspace.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

/// Ends the event loop at the first paint that shows what the user waits for.
class FirstPaint : public QObject
{
public:
    FirstPaint(spotter::MainWindow &window, const QElapsedTimer &clock, QObject *parent)
        : QObject(parent), m_window(window), m_clock(clock)
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_done)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || widget->window() != &m_window)
            return false;
        const QTableView *view = m_window.historyPage()->view();
        const bool history = widget == view->viewport() && view->model()->rowCount() > 0;
        const bool firstRun = qobject_cast<spotter::FirstRunWidget *>(widget) != nullptr;
        if (history || firstRun) {
            m_done = true;
            m_ms = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
            m_rows = view->model()->rowCount();
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }

    [[nodiscard]] bool done() const { return m_done; }
    [[nodiscard]] int rows() const { return m_rows; }
    [[nodiscard]] double ms() const { return m_ms; }

private:
    spotter::MainWindow &m_window;
    const QElapsedTimer &m_clock;
    bool m_done = false;
    double m_ms = 0.0;
    int m_rows = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    spotter::initApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database to open."), QStringLiteral("path")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("db"))) {
        std::fputs("bench-gui-start: --db is required\n", stderr);
        return 2;
    }
    // What app/gui/main.cpp does, in the same order.
    spotter::Theme::apply(spotter::AppSettings::instance().theme());
    std::unique_ptr<spotter::Database> db;
    try {
        // As the app opens its own database on the first run (created when missing: the
        // benchmark's empty one); the integrity check runs beside the window (Workspace), and a
        // team server logs in and is checked while the window is built.
        db = spotter::openForDesktop(parser.value(QStringLiteral("db")), true, spotter::ServerConnect::Aside)
                 .db;
    } catch (const spotter::StoreError &e) {
        std::fprintf(stderr, "bench-gui-start: %s\n", qPrintable(e.message()));
        return 1;
    }
    spotter::Workspace workspace(std::move(db));
    spotter::MainWindow window(workspace);
    try {
        workspace.awaitDatabase();
    } catch (const spotter::StoreError &e) {
        std::fprintf(stderr, "bench-gui-start: %s\n", qPrintable(e.message()));
        return 1;
    }
    window.showPage(spotter::MainWindow::History);
    auto *probe = new FirstPaint(window, clock, &app);
    app.installEventFilter(probe);
    window.show();
    QTimer::singleShot(120'000, &app, &QCoreApplication::quit);
    QApplication::exec();
    if (!probe->done()) {
        std::fputs("bench-gui-start: nothing was painted within two minutes\n", stderr);
        return 1;
    }
    const QJsonObject report{{QStringLiteral("ms"), probe->ms()},
                             {QStringLiteral("peak_rss_kb"), spotter::bench::peakRssKb()},
                             {QStringLiteral("rows"), probe->rows()}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
}
