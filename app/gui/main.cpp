// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translator.h"
#include "shell/appsettings.h"
#include "shell/desktopdatabase.h"
#include "shell/desktopstart.h"
#include "shell/icons.h"
#include "shell/mainwindow.h"
#include "shell/prompt.h"
#include "shell/theme.h"
#include "shell/workspace.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    spotter::initApplicationIdentity();
    spotter::installTranslations(QLocale::system(), spotter::QtStrings::Translate);
    spotter::AppSettings::adoptUnnamedOrganisationSettings();
    QApplication::setApplicationDisplayName(QObject::tr("Spotter"));
    QApplication::setWindowIcon(spotter::Icons::app());
    // Lets the desktop match windows to the menu entry and its icon (Wayland app id).
    QGuiApplication::setDesktopFileName(QStringLiteral(SPOTTER_APP_ID));
    spotter::Theme::apply(spotter::AppSettings::instance().theme());

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Spotter, a training log for lifters and coaches."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QObject::tr("Database file (default: %1).").arg(spotter::Database::defaultPath()),
                      QObject::tr("path")});
    parser.process(app);
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : spotter::Database::defaultPath();
    const auto refused = [](const spotter::StoreError &e) {
        spotter::Prompt::warning(nullptr, QObject::tr("Spotter cannot open its database"), e.message());
        return 1;
    };
    // Only the first run creates a database (the default one); a path given with --db that does
    // not exist is a slip to report, not a new empty file. A team server answers on another
    // thread while the window is built (its login and checks are a few round trips); the window
    // reads once it has; a refusal is said before it shows, and a missing password asked for.
    std::unique_ptr<spotter::Database> db;
    try {
        db = spotter::openForDesktop(nullptr, path, !parser.isSet(QStringLiteral("db")),
                                     spotter::ServerConnect::Aside);
    } catch (const spotter::StoreError &e) {
        return refused(e);
    }
    spotter::DesktopStart start;
    try {
        start = spotter::startDesktop(std::move(db));
    } catch (const spotter::StoreError &e) {
        return refused(e);
    }
    if (!start.window)
        return 1; // cancelled, or a refusal said already
    start.window->show();
    return QApplication::exec();
}
