// SPDX-License-Identifier: GPL-3.0-or-later
// Grabs the Import, Export and Report dialogs to PNGs under the build folder (tests/ui/screenshots)
// for people to look at. While it grabs, it checks what must hold on any screen: every label
// shows all of its text and every button is inside the dialog.
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/reportdialog.h"
#include "interchangefixture.h"
#include "shell/prompt.h"
#include "shell/workspace.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

class InterchangeScreenshots : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_ws = std::make_unique<Workspace>(std::make_unique<Database>(m_dir.filePath(u"db.sqlite"_s)));
        m_ids = test::fillEveryKindOfValue(m_ws->database());
        m_ws->setCurrentAthlete(m_ids.zoe);
    }
    void TearDown() override { m_ws.reset(); }

    /// Shows @p dialog, checks its labels and buttons, and saves it.
    static void grab(QDialog &dialog, const QString &name)
    {
        dialog.show();
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        const QRect inside = dialog.rect();
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty() || !label->wordWrap())
                continue;
            EXPECT_GE(label->height(), label->heightForWidth(label->width()))
                << name.toStdString() << ": a label is cut off: " << label->text().toStdString();
        }
        for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
            if (!button->isVisible())
                continue;
            const QRect r(button->mapTo(&dialog, QPoint(0, 0)), button->size());
            EXPECT_TRUE(inside.contains(r)) << name.toStdString() << ": " << button->text().toStdString();
        }
        const QString folder = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
        QDir().mkpath(folder);
        const QPixmap shot = dialog.grab();
        ASSERT_FALSE(shot.isNull());
        ASSERT_TRUE(shot.save(folder + u'/' + name + u".png"_s));
    }

    static bool waitFor(ImportDialog &dialog, ImportDialog::State state)
    {
        QSignalSpy spy(&dialog, &ImportDialog::stateChanged);
        while (dialog.state() != state) {
            if (!spy.wait(60'000))
                return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    test::InterchangeIds m_ids;
};

TEST_F(InterchangeScreenshots, ImportDialogInEveryState)
{
    ImportDialog needsUnit(*m_ws);
    needsUnit.setFile(test::dataPath(u"import/strong_v1_lb.csv"_s));
    ASSERT_TRUE(waitFor(needsUnit, ImportDialog::State::NeedsInput));
    grab(needsUnit, u"import-needs-unit"_s);

    needsUnit.setUnit(WeightUnit::Lb);
    ASSERT_TRUE(waitFor(needsUnit, ImportDialog::State::Ready));
    grab(needsUnit, u"import-preview"_s);
    needsUnit.startImport();
    ASSERT_TRUE(waitFor(needsUnit, ImportDialog::State::Done));
    grab(needsUnit, u"import-done"_s);

    ImportDialog invalid(*m_ws);
    invalid.setUnit(WeightUnit::Kg);
    invalid.setFile(test::dataPath(u"import/bad/many_problems.csv"_s));
    ASSERT_TRUE(waitFor(invalid, ImportDialog::State::Invalid));
    grab(invalid, u"import-problems"_s);

    // Some workouts with invalid rows: the list, what they hold back and the question.
    const QString dirty = m_dir.filePath(u"partial_dirty.csv"_s);
    ASSERT_TRUE(QFile::copy(test::dataPath(u"import/real/partial_dirty.csv"_s), dirty));
    ImportDialog partial(*m_ws);
    partial.setUnit(WeightUnit::Kg);
    partial.setFile(dirty);
    ASSERT_TRUE(waitFor(partial, ImportDialog::State::Partial));
    grab(partial, u"import-rejects"_s);
    Prompt::setNextAnswer(QMessageBox::Yes);
    Prompt::setNextFileName(m_dir.filePath(u"partial_dirty.rejects.csv"_s));
    partial.startImport();
    ASSERT_TRUE(waitFor(partial, ImportDialog::State::Done));
    grab(partial, u"import-rejects-done"_s);
    Prompt::reset();
}

TEST_F(InterchangeScreenshots, ExportAndReportDialogs)
{
    ExportDialog exportDialog(*m_ws);
    grab(exportDialog, u"export"_s);
    exportDialog.setRange(QDate(2026, 1, 1), QDate(2025, 1, 1));
    grab(exportDialog, u"export-bad-range"_s);

    ReportDialog reportDialog(*m_ws);
    grab(reportDialog, u"report"_s);
}

} // namespace
} // namespace spotter
