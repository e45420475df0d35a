// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point of the core and CLI test executables: a QCoreApplication, test-mode standard
// paths (so no test can touch a real user's database) and GoogleTest.
#include "store/database.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    spotter::initApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    return RUN_ALL_TESTS();
}
