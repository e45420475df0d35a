// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/appsettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace spotter {

AppSettings &AppSettings::instance()
{
    static AppSettings settings;
    return settings;
}

ThemeChoice AppSettings::theme() const
{
    return Theme::fromKey(QSettings().value(QStringLiteral("display/theme")).toString());
}

void AppSettings::setTheme(ThemeChoice theme)
{
    QSettings().setValue(QStringLiteral("display/theme"), Theme::key(theme));
    Theme::apply(theme);
    emit changed();
}

int AppSettings::defaultRestSeconds() const
{
    return std::clamp(QSettings().value(QStringLiteral("log/defaultRestSeconds"), 180).toInt(), 0, 4 * 3600);
}

void AppSettings::setDefaultRestSeconds(int seconds)
{
    QSettings().setValue(QStringLiteral("log/defaultRestSeconds"), seconds);
    emit changed();
}

QStringList AppSettings::recentServers() const
{
    return QSettings().value(QStringLiteral("team/recentServers")).toStringList();
}

void AppSettings::addRecentServer(const QString &uri)
{
    QStringList recent = recentServers();
    recent.removeAll(uri);
    recent.prepend(uri);
    QSettings().setValue(QStringLiteral("team/recentServers"), recent.mid(0, 8));
    emit changed();
}

int AppSettings::backupDaily() const
{
    return std::clamp(QSettings().value(QStringLiteral("backup/daily"), 7).toInt(), 1, 60);
}

int AppSettings::backupWeekly() const
{
    return std::clamp(QSettings().value(QStringLiteral("backup/weekly"), 4).toInt(), 0, 52);
}

void AppSettings::setBackupRetention(int daily, int weekly)
{
    QSettings().setValue(QStringLiteral("backup/daily"), std::clamp(daily, 1, 60));
    QSettings().setValue(QStringLiteral("backup/weekly"), std::clamp(weekly, 0, 52));
    emit changed();
}

QByteArray AppSettings::windowGeometry() const
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return QSettings().value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), geometry);
    settings.setValue(QStringLiteral("window/state"), state);
}

void AppSettings::adoptUnnamedOrganisationSettings()
{
    QSettings settings;
    if (!settings.allKeys().isEmpty())
        return;
    // What QSettings names an empty organisation on Unix.
    const QSettings old(QStringLiteral("Unknown Organization"), QCoreApplication::applicationName());
    for (const QString &key : old.allKeys())
        settings.setValue(key, old.value(key));
}

} // namespace spotter
