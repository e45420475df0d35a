// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point of the widget test executables: offscreen unless a display was asked for.
#include "i18n/translator.h"
#include "store/database.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    spotter::initApplicationIdentity();
    // What users read: English plurals ("1 athlete"), whatever the machine's language.
    spotter::installTranslations(QLocale(QLocale::English));
    QStandardPaths::setTestModeEnabled(true);
    return RUN_ALL_TESTS();
}
