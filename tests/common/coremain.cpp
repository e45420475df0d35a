// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point of the core and CLI test executables: a QCoreApplication, test-mode standard
// paths (so no test can touch a real user's database) and GoogleTest.
#include "i18n/translator.h"
#include "store/database.h"
#include "testenvironment.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    spotter::test::setTestEnvironment();
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    spotter::initApplicationIdentity();
    // What users read: English plurals ("1 athlete"), whatever the machine's language.
    spotter::installTranslations(QLocale(QLocale::English));
    QStandardPaths::setTestModeEnabled(true);
    return RUN_ALL_TESTS();
}
