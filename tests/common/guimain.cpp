// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point of the widget test executables: offscreen unless a display was asked for.
#include "i18n/translator.h"
#include "store/database.h"
#include "testenvironment.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

namespace {

/// QTest releases a modifier with an event that still carries it (as X11 reports a modifier's
/// own release), and that event sets QApplication's idea of the held keys. So a test whose last
/// key was Ctrl+N leaves Ctrl "held" for the next test in the process, where
/// QTableView::selectRow() then adds to the selection instead of replacing it (one such test
/// failed whenever the whole program ran). Every test starts with no key held.
class ReleaseModifiers : public ::testing::EmptyTestEventListener
{
public:
    void OnTestEnd(const ::testing::TestInfo &) override
    {
        if (QGuiApplication::keyboardModifiers() == Qt::NoModifier)
            return;
        QWidget receiver;
        QTest::keyRelease(&receiver, Qt::Key_Control); // an event without modifiers resets them
    }
};

} // namespace

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
    ::testing::UnitTest::GetInstance()->listeners().Append(new ReleaseModifiers); // gtest owns it
    return RUN_ALL_TESTS();
}
