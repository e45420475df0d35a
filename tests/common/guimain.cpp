// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point of the widget test executables: offscreen unless a display was asked for.
#include "i18n/translator.h"
#include "store/database.h"
#include "testenvironment.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    spotter::test::setTestEnvironment();
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    spotter::initApplicationIdentity();
    // What users read: English plurals ("1 athlete"), whatever the machine's language.
    spotter::installTranslations(QLocale(QLocale::English));
    QStandardPaths::setTestModeEnabled(true);
    // Settings of this process's own, gone when it ends: a window closed by one test (it keeps
    // its size) must not shape the windows of tests running beside it or after it.
    const QTemporaryDir settings;
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settings.path());
    return RUN_ALL_TESTS();
}
