// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace spotter {

class BackgroundRunner;
class Workspace;

/// The day's automatic backup: the first time a database is opened on a day, a VACUUM INTO copy
/// goes to its backup folder (mode 0600) off the UI thread, and the daily and weekly copies the
/// retention in Settings no longer covers are removed. A failure is told once per database and
/// never stops logging.
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    DailyBackup(Workspace &workspace, QWidget *window);

    /// Takes the backup for the workspace's database now when today has none.
    void run();
    /// Whether a backup is being written.
    [[nodiscard]] bool isBusy() const;

signals:
    /// The run ended: @p path is the new backup ("" when today had one), or @p error says why not.
    void finished(const QString &path, const QString &error);

private:
    Workspace &m_ws;
    QWidget *m_window;
    BackgroundRunner *m_runner;
    QString m_warnedFor; ///< the database a failure was already told for
};

} // namespace spotter
