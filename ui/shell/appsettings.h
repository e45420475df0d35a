// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/theme.h"

#include <QObject>

namespace spotter {

/// Preferences kept between runs (QSettings), with change signals for the views.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    static AppSettings &instance();

    [[nodiscard]] ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);
    /// Seconds the rest timer counts down from.
    [[nodiscard]] int defaultRestSeconds() const;
    void setDefaultRestSeconds(int seconds);
    /// Team servers connected to before, newest first (URIs without passwords).
    [[nodiscard]] QStringList recentServers() const;
    void addRecentServer(const QString &uri);
    /// How many automatic backups are kept: the newest of each of the last N days (1–60) and of
    /// the last N weeks (0–52).
    [[nodiscard]] int backupDaily() const;
    [[nodiscard]] int backupWeekly() const;
    void setBackupRetention(int daily, int weekly);

signals:
    void changed();

private:
    using QObject::QObject;
};

} // namespace spotter
