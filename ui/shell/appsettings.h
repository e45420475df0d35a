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

signals:
    void changed();

private:
    using QObject::QObject;
};

} // namespace spotter
