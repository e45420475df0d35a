// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import, Export and Report: the dialogs drive the importer, the exporter and the report on
// worker threads; the tests wait on their signals, never sleep.
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/reportdialog.h"
#include "interchange/exporter.h"
#include "interchangefixture.h"
#include "shell/changenotifier.h"
#include "shell/mainwindow.h"
#include "shell/prompt.h"
#include "shell/workspace.h"
#include "store/sessionrepository.h"
#include "testutil.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

using test::readAll;

constexpr int kWaitMs = 60'000;

class InterchangeDialogs : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_ws = std::make_unique<Workspace>(std::make_unique<Database>(m_dir.filePath(u"db.sqlite"_s)));
    }
    void TearDown() override { m_ws.reset(); }

    Database &db() { return m_ws->database(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    /// Waits until @p dialog reaches @p state (or fails after a minute).
    static bool waitFor(ImportDialog &dialog, ImportDialog::State state)
    {
        QSignalSpy spy(&dialog, &ImportDialog::stateChanged);
        while (dialog.state() != state) {
            if (!spy.wait(kWaitMs))
                return false;
        }
        return true;
    }

    /// A Strong file without a weight unit in it, @p workouts workouts of three sets.
    QString strongFile(int workouts) const
    {
        const QString path = file(u"strong.csv"_s);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n");
        const QDateTime first(QDate(2020, 1, 6), QTime(18, 0));
        for (int i = 0; i < workouts; ++i) {
            const QByteArray date = first.addDays(i).toString(u"yyyy-MM-dd HH:mm:ss"_s).toUtf8();
            for (int set = 1; set <= 3; ++set)
                f.write(date + ",Legs,1h,Squat (Barbell)," + QByteArray::number(set) + ",100,5,0,0,8\n");
        }
        return path;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

TEST_F(InterchangeDialogs, ImportPreviewsAsksForTheUnitImportsAndTellsTheViews)
{
    ImportDialog dialog(*m_ws);
    dialog.setAthlete(u"Ann"_s);
    dialog.setFile(strongFile(4));
    ASSERT_TRUE(waitFor(dialog, ImportDialog::State::NeedsInput));
    EXPECT_TRUE(dialog.isUnitAsked());
    EXPECT_TRUE(dialog.summaryText().contains(u"choose the unit"_s)) << dialog.summaryText().toStdString();

    dialog.setUnit(WeightUnit::Kg);
    ASSERT_TRUE(waitFor(dialog, ImportDialog::State::Ready));
    EXPECT_TRUE(dialog.summaryText().contains(u"Strong"_s));
    EXPECT_TRUE(dialog.summaryText().contains(u"<b>4 sessions</b>, <b>12 sets</b>"_s))
        << dialog.summaryText().toStdString();
    EXPECT_TRUE(dialog.summaryText().contains(u"New athletes: Ann."_s));
    EXPECT_EQ(AthleteRepository(db()).count(), 0) << "the preview writes nothing";

    QSignalSpy athletes(m_ws->notifier(), &ChangeNotifier::athletesChanged);
    QSignalSpy sessions(m_ws->notifier(), &ChangeNotifier::sessionsChanged);
    QSignalSpy soreness(m_ws->notifier(), &ChangeNotifier::sorenessChanged);
    dialog.startImport();
    ASSERT_TRUE(waitFor(dialog, ImportDialog::State::Done));
    EXPECT_TRUE(dialog.summaryText().contains(u"<b>Imported</b> 4 sessions, 12 sets"_s))
        << dialog.summaryText().toStdString();
    const auto ann = AthleteRepository(db()).findByName(u"Ann"_s);
    ASSERT_TRUE(ann);
    EXPECT_EQ(ann->unit, WeightUnit::Kg);
    EXPECT_EQ(SessionRepository(db()).count(ann->id), 4);
    EXPECT_EQ(athletes.count(), 1);
    ASSERT_EQ(sessions.count(), 1);
    EXPECT_EQ(sessions.first().first().toLongLong(), ann->id);
    EXPECT_EQ(soreness.count(), 1);
}

TEST_F(InterchangeDialogs, SpotterFilesNameTheirAthletes)
{
    // A file the exporter wrote: the dialog must read what File → Export writes.
    Database source(file(u"source.sqlite"_s));
    test::fillEveryKindOfValue(source);
    QFile out(file(u"sets.csv"_s));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    ExportOptions options;
    ASSERT_EQ(Exporter(source).run(&out, options).status, ExportStatus::Exported);
    out.close();

    Athlete current;
    current.name = u"Someone else"_s;
    AthleteRepository(db()).add(current);
    m_ws->setCurrentAthlete(current.id);
    ImportDialog dialog(*m_ws);
    dialog.setFile(file(u"sets.csv"_s));
    ASSERT_TRUE(waitFor(dialog, ImportDialog::State::Ready));
    EXPECT_TRUE(dialog.summaryText().contains(u"A <b>Spotter</b> file; weights in kg."_s))
        << dialog.summaryText().toStdString();
    EXPECT_TRUE(dialog.summaryText().contains(u"New athletes: Zoë 💪, سارا."_s))
        << dialog.summaryText().toStdString();
    dialog.startImport();
    ASSERT_TRUE(waitFor(dialog, ImportDialog::State::Done));
    EXPECT_TRUE(AthleteRepository(db()).findByName(u"سارا"_s).has_value());
    EXPECT_EQ(SessionRepository(db()).count(current.id), 0) << "nothing went to the current athlete";
}

TEST_F(InterchangeDialogs, EveryProblemIsListedAsFileAndLine)
{
    ImportDialog dialog(*m_ws);
    dialog.setAthlete(u"Ann"_s);
    dialog.setUnit(WeightUnit::Kg);
    dialog.setFile(test::dataPath(u"import/bad/many_problems.csv"_s));
    ASSERT_TRUE(waitFor(dialog, ImportDialog::State::Invalid));
    const QStringList problems = dialog.problems();
    ASSERT_FALSE(problems.isEmpty());
    for (const QString &p : problems)
        EXPECT_TRUE(p.startsWith(u"many_problems.csv:"_s)) << p.toStdString();
    EXPECT_TRUE(dialog.summaryText().contains(u"have problems"_s)) << dialog.summaryText().toStdString();
    EXPECT_EQ(AthleteRepository(db()).count(), 0);
}

// A file with invalid rows (tests/data/import/real/partial_dirty.csv: reps 4500 on line 6 of the
// three-row "Legs" workout, 2451 kg on line 9 of the two-row "Push" workout): the preview lists
// them with their lines and reasons and asks; yes imports the rest and saves the five rows held
// back where the user chose.
TEST_F(InterchangeDialogs, AFileWithInvalidRowsImportsTheRestAndSavesTheRejects)
{
    const QString path = file(u"partial_dirty.csv"_s);
    ASSERT_TRUE(QFile::copy(test::dataPath(u"import/real/partial_dirty.csv"_s), path));
    Prompt::reset();
    ImportDialog dialog(*m_ws);
    dialog.setAthlete(u"Ann"_s);
    dialog.setUnit(WeightUnit::Kg);
    dialog.setFile(path);
    ASSERT_TRUE(waitFor(dialog, ImportDialog::State::Partial));
    const QString summary = dialog.summaryText();
    EXPECT_TRUE(summary.contains(u"<b>2 rows have problems</b>"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"5 rows (2 workouts) cannot be imported"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"<b>3 sessions</b>, <b>5 sets</b>"_s)) << summary.toStdString();
    const QString question =
        u"Import the 5 valid sets and save the 5 rows that cannot be imported to a file?"_s;
    EXPECT_TRUE(summary.contains(question)) << summary.toStdString();
    const QStringList problems = dialog.problems();
    ASSERT_GE(problems.size(), 2);
    EXPECT_TRUE(problems[0].startsWith(u"partial_dirty.csv:6: Reps '4500' is more than 100 reps"_s))
        << problems[0].toStdString();
    EXPECT_TRUE(problems[1].startsWith(u"partial_dirty.csv:9: Weight '2451' kg"_s))
        << problems[1].toStdString();
    EXPECT_EQ(dialog.suggestedRejectsPath(), file(u"partial_dirty.rejects.csv"_s));
    EXPECT_EQ(AthleteRepository(db()).count(), 0) << "the preview writes nothing";

    // No: nothing happens.
    Prompt::setNextAnswer(QMessageBox::No);
    dialog.startImport();
    EXPECT_EQ(dialog.state(), ImportDialog::State::Partial);
    EXPECT_EQ(AthleteRepository(db()).count(), 0);

    // Yes, and a place of the user's choosing.
    const QString rejects = file(u"to fix.csv"_s);
    Prompt::setNextAnswer(QMessageBox::Yes);
    Prompt::setNextFileName(rejects);
    dialog.startImport();
    ASSERT_TRUE(waitFor(dialog, ImportDialog::State::Done));
    EXPECT_EQ(Prompt::pending(), 0);
    EXPECT_EQ(Prompt::shown().count(u"Import the valid rows: "_s + question), 2)
        << Prompt::shown().join(u'\n').toStdString();
    EXPECT_TRUE(dialog.summaryText().contains(u"<b>Imported</b> 3 sessions, 5 sets"_s))
        << dialog.summaryText().toStdString();
    EXPECT_TRUE(dialog.summaryText().contains(u"<b>5 rows</b> that could not be imported were saved"_s))
        << dialog.summaryText().toStdString();
    const auto ann = AthleteRepository(db()).findByName(u"Ann"_s);
    ASSERT_TRUE(ann);
    EXPECT_EQ(SessionRepository(db()).count(ann->id), 3);
    const QStringList lines = QString::fromUtf8(readAll(rejects)).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6); // the header and every row of the two workouts held back
    EXPECT_TRUE(lines[0].endsWith(u",reject_file,reject_line,reject_reason"_s)) << lines[0].toStdString();
    EXPECT_FALSE(QFile::exists(file(u"partial_dirty.rejects.csv"_s)));
    Prompt::reset();
}

TEST_F(InterchangeDialogs, CancellingAnImportWritesNothing)
{
    ImportDialog dialog(*m_ws);
    dialog.setAthlete(u"Ann"_s);
    dialog.setUnit(WeightUnit::Kg);
    dialog.setFile(strongFile(20'000));
    ASSERT_TRUE(waitFor(dialog, ImportDialog::State::Ready));
    dialog.startImport();
    EXPECT_EQ(dialog.state(), ImportDialog::State::Importing);
    dialog.cancel();
    ASSERT_TRUE(waitFor(dialog, ImportDialog::State::Stopped));
    EXPECT_TRUE(dialog.summaryText().contains(u"<b>Cancelled</b>; nothing was imported."_s))
        << dialog.summaryText().toStdString();
    EXPECT_EQ(AthleteRepository(db()).count(), 0);
}

TEST_F(InterchangeDialogs, ExportWritesTheChosenFile)
{
    test::fillEveryKindOfValue(db());
    ExportDialog dialog(*m_ws);
    dialog.setKind(ExportKind::Sessions);
    dialog.setAthletes({u"سارا"_s});
    QSignalSpy done(&dialog, &ExportDialog::exportFinished);
    dialog.exportTo(file(u"sessions.csv"_s));
    EXPECT_TRUE(dialog.isRunning());
    ASSERT_TRUE(done.wait(kWaitMs));
    EXPECT_TRUE(done.first().first().toBool()) << dialog.statusText().toStdString();
    EXPECT_FALSE(dialog.isRunning());
    EXPECT_EQ(readAll(file(u"sessions.csv"_s)),
              QByteArray("athlete,session_id,session_start,duration_min,session_rpe,bodyweight_kg,"
                         "intensity_class,flags\n")
                  + u"سارا"_s.toUtf8() + QByteArray(",5,2026-01-15T06:00:00+03:00,,,68.039,training,\n"));
    EXPECT_TRUE(dialog.statusText().startsWith(u"Exported 1 session of 1 athlete"_s))
        << dialog.statusText().toStdString();

    dialog.setExcel(true);
    dialog.setAthletes({});
    done.clear();
    dialog.exportTo(file(u"excel.csv"_s));
    ASSERT_TRUE(done.wait(kWaitMs));
    EXPECT_TRUE(readAll(file(u"excel.csv"_s))
                    .startsWith("\xEF\xBB\xBF"
                                "athlete"));
}

TEST_F(InterchangeDialogs, ReportIsSavedAsPdfHtmlOrCsv)
{
    const test::InterchangeIds ids = test::fillEveryKindOfValue(db());
    m_ws->setCurrentAthlete(ids.zoe);
    ReportDialog dialog(*m_ws);
    QSignalSpy done(&dialog, &ReportDialog::reportFinished);
    struct Case
    {
        ReportDialog::Format format;
        QString name;
        QByteArray start;
    };
    const QList<Case> cases{{ReportDialog::Format::Pdf, u"report.pdf"_s, "%PDF-"},
                            {ReportDialog::Format::Html, u"report.html"_s, "<!DOCTYPE html>"},
                            {ReportDialog::Format::Csv, u"report.csv"_s, "section,date,item"}};
    for (const auto &[format, name, start] : cases) {
        done.clear();
        dialog.setFormat(format);
        const QString path = file(name);
        dialog.saveTo(path);
        ASSERT_TRUE(done.wait(kWaitMs));
        EXPECT_TRUE(done.first().first().toBool()) << dialog.statusText().toStdString();
        EXPECT_TRUE(readAll(path).startsWith(start)) << readAll(path).left(20).toStdString();
        EXPECT_TRUE(dialog.statusText().startsWith(u"Saved the report of Zoë 💪 (all sessions)"_s))
            << dialog.statusText().toStdString();
    }
}

TEST_F(InterchangeDialogs, TheFileMenuOffersImportExportAndReport)
{
    MainWindow window(*m_ws);
    QMenu *fileMenu = window.menuBar()->actions().first()->menu();
    ASSERT_TRUE(fileMenu);
    QStringList texts;
    QList<QKeySequence> shortcuts;
    for (QAction *a : fileMenu->actions()) {
        texts.append(a->text());
        shortcuts.append(a->shortcut());
    }
    const qsizetype import = texts.indexOf(u"&Import…"_s);
    ASSERT_GE(import, 0) << texts.join(u", "_s).toStdString();
    EXPECT_EQ(shortcuts[import], QKeySequence(Qt::CTRL | Qt::Key_I));
    ASSERT_EQ(texts.value(import + 1), u"E&xport…"_s);
    EXPECT_EQ(shortcuts[import + 1], QKeySequence(Qt::CTRL | Qt::Key_E));
    EXPECT_EQ(texts.value(import + 2), u"&Report…"_s);
}

} // namespace
} // namespace spotter
