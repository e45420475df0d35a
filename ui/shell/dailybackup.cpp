// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/dailybackup.h"

#include "model/clock.h"
#include "shell/appsettings.h"
#include "shell/backgroundrunner.h"
#include "shell/prompt.h"
#include "shell/workspace.h"
#include "store/backupfolder.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QWidget>

namespace spotter {

namespace {

struct Outcome
{
    QString path;
    QString error;
};

} // namespace

DailyBackup::DailyBackup(Workspace &workspace, QWidget *window)
    : QObject(window), m_ws(workspace), m_window(window), m_runner(new BackgroundRunner(workspace, this))
{
    connect(m_runner, &BackgroundRunner::failed, this,
            [this](const QString &message) { emit finished({}, message); });
}

bool DailyBackup::isBusy() const
{
    return m_runner->isBusy();
}

void DailyBackup::run()
{
    const QString path = m_ws.database().path();
    BackupRetention keep;
    keep.daily = AppSettings::instance().backupDaily();
    keep.weekly = AppSettings::instance().backupWeekly();
    const QDateTime now = Clock::now();
    m_runner->start<Outcome>(
        [path, keep, now](const Database &db, const BackgroundRunner::Control &) {
            Outcome out;
            try {
                out.path = BackupFolder(path).ensureDaily(db, now, keep).value_or(QString());
            } catch (const StoreError &e) {
                out.error = e.message();
            }
            return out;
        },
        [this, path](Outcome out) {
            // Told once per database: a full disk must not nag at every start of the day.
            if (!out.error.isEmpty() && m_warnedFor != path) {
                m_warnedFor = path;
                Prompt::warning(m_window, tr("The daily backup failed"),
                                tr("Spotter could not back up %1 today; logging goes on as usual.\n\n%2")
                                    .arg(path, out.error));
            }
            emit finished(out.path, out.error);
        });
}

} // namespace spotter
