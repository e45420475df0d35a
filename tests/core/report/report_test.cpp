// SPDX-License-Identifier: GPL-3.0-or-later
// The report model and its HTML and CSV renderings.
#include "analysis/ruletable.h"
#include "csv/csvreader.h"
#include "interchangefixture.h"
#include "model/sessionsummary.h"
#include "report/report.h"
#include "report/reportcsv.h"
#include "report/reporthtml.h"
#include "store/historyrepository.h"

#include <QBuffer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

class ReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(u"db.sqlite"_s));
        m_ids = test::fillEveryKindOfValue(*m_db);
        m_zoe = *AthleteRepository(*m_db).get(m_ids.zoe);
    }

    Report report(std::optional<QDate> from = {}, std::optional<QDate> to = {}) const
    {
        return buildReport(*m_db, m_zoe, from, to, test::interchangeNow());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::InterchangeIds m_ids;
    Athlete m_zoe;
};

TEST_F(ReportTest, SummarisesTheSessionsOfTheRange)
{
    const Report r = report();
    EXPECT_EQ(r.summary.sessions, 4);
    qint64 tonnage = 0;
    int working = 0;
    const ExerciseMap exercises = HistoryRepository(*m_db).exercises();
    for (const Session &s : SessionRepository(*m_db).list(m_ids.zoe)) {
        tonnage += summarize(s, exercises).tonnageGrams;
        working += summarize(s, exercises).workingSets;
    }
    EXPECT_EQ(r.summary.tonnageGrams, tonnage);
    EXPECT_EQ(r.summary.tonnageGrams, 3'900'000);
    EXPECT_EQ(r.summary.workingSets, working);
    // The failure bench set, the 200 kg single at RPE 10, and 102.5 kg on the bench above the
    // 100 kg single's e1RM (IR-03).
    EXPECT_EQ(r.summary.testingSessions, 3);
    EXPECT_EQ(r.summary.srpeLoad, 8.5 * 75 + 2 * 30);
    EXPECT_EQ(r.summary.firstSession, QDate(2026, 1, 12));
    EXPECT_EQ(r.summary.sorenessReports, 2);
    EXPECT_EQ(r.summary.openReports, 1);
    EXPECT_EQ(r.checklist.size(), 26);
    EXPECT_EQ(r.note, notMedicalAdvice());
}

TEST_F(ReportTest, OpenWarningsAndSeeDoctorItemsComeFirst)
{
    const Report r = report();
    ASSERT_EQ(r.attention.size(), 1);
    EXPECT_EQ(r.attention.first().report.region, Region::LowerBack);
    EXPECT_EQ(r.attention.first().triage.cls(), SorenessClass::SeeDoctor);
    ASSERT_EQ(r.soreness.size(), 2);
    EXPECT_GT(r.soreness[0].triage.severity, r.soreness[1].triage.severity);
    EXPECT_EQ(r.soreness[1].report.region, Region::Quads);
    EXPECT_EQ(r.soreness[1].onsetHours(), 14.5);
}

TEST_F(ReportTest, MainLiftsHaveTheirBestE1rmPerWeek)
{
    const Report r = report();
    EXPECT_EQ(r.liftPeriod, Report::Period::Week);
    QStringList names;
    for (const LiftProgress &l : r.lifts)
        names.append(l.exercise);
    EXPECT_EQ(names, (QStringList{u"Back Squat"_s, u"Bench Press"_s, u"Deadlift"_s}));
    const LiftProgress &bench = r.lifts[1];
    ASSERT_EQ(bench.points.size(), 2);
    EXPECT_EQ(bench.points[0].periodStart, QDate(2026, 1, 12)); // a Monday
    EXPECT_EQ(bench.points[1].periodStart, QDate(2026, 2, 23));
    EXPECT_EQ(bench.points[0].hardest, IntensityClass::Testing);
    EXPECT_EQ(r.lifts[2].points.first().e1rm, Weight::fromKg(200));
}

TEST_F(ReportTest, ARangeLimitsSessionsAndSoreness)
{
    const Report r = report(QDate(2026, 2, 1), QDate(2026, 2, 28));
    EXPECT_EQ(r.summary.sessions, 3);
    ASSERT_EQ(r.soreness.size(), 1);
    EXPECT_EQ(r.soreness.first().report.region, Region::LowerBack);
    EXPECT_EQ(rangeText(r), u"2026-02-01 to 2026-02-28"_s);
    EXPECT_FALSE(r.weeks.isEmpty());
    EXPECT_EQ(r.weeks.first().weekStart, QDate(2026, 1, 26));
    const Report empty = report(QDate(2030, 1, 1), std::nullopt);
    EXPECT_EQ(empty.summary.sessions, 0);
    EXPECT_TRUE(empty.lifts.isEmpty());
    EXPECT_TRUE(empty.weeks.isEmpty());
    EXPECT_EQ(empty.checklist.size(), 26) << "the checklist and the note are always there";
}

TEST_F(ReportTest, HtmlPutsAttentionFirstAndEndsWithTheChecklistAndTheNote)
{
    const QString html = reportHtml(report());
    EXPECT_TRUE(html.startsWith(u"<!DOCTYPE html>"_s));
    const auto at = [&](const QString &text) {
        const qsizetype i = html.indexOf(text);
        EXPECT_GE(i, 0) << text.toStdString();
        return i;
    };
    EXPECT_LT(at(u"<h2>Summary</h2>"_s), at(u"<h2>Needs attention</h2>"_s));
    EXPECT_LT(at(u"<h2>Needs attention</h2>"_s), at(u"<h2>Soreness by class</h2>"_s));
    EXPECT_LT(at(u"<h2>Soreness by class</h2>"_s), at(u"<h2>Estimated 1RM of the main lifts</h2>"_s));
    EXPECT_LT(at(u"<h2>Weekly load</h2>"_s), at(u"<h2>Red-flag checklist</h2>"_s));
    EXPECT_LT(at(u"<h2>Red-flag checklist</h2>"_s), at(notMedicalAdvice().toHtmlEscaped()));
    at(u"Zoë 💪"_s);
    at(u"See&nbsp;a&nbsp;doctor&nbsp;(urgent)"_s); // a badge never wraps inside
    at(u"<thead>"_s);
    for (const RedFlagItem &item : TriageResult::redFlagChecklist())
        at(item.question.toHtmlEscaped());
    // What the lifter ticked goes with the report, for a coach or physio.
    at(u"red flags: night-pain very-unwell"_s);
    EXPECT_EQ(html.count(u"<table"_s), html.count(u"</table>"_s));
    EXPECT_EQ(html.count(u"<tr>"_s), html.count(u"</tr>"_s));
}

TEST(ReportAnswers, NameTheSignsFlagsAndLift)
{
    SorenessReport r;
    EXPECT_TRUE(reportedAnswers(r).isEmpty());
    r.signs = {Sign::Pop, Sign::Deformity};
    r.redFlags = {RedFlag::ChestPain};
    r.lift = u"Bench Press"_s;
    r.oneSided = true;
    EXPECT_EQ(reportedAnswers(r),
              u"signs: pop deformity; red flags: chest-pain; lift: Bench Press, one-sided"_s);
    r.lift.clear();
    EXPECT_TRUE(reportedAnswers(r).endsWith(u"after a one-sided lift"_s));
}

TEST_F(ReportTest, HtmlEscapesWhatPeopleTyped)
{
    Athlete a;
    a.name = u"<b>Ann</b> & co"_s;
    AthleteRepository(*m_db).add(a);
    const QString html = reportHtml(buildReport(*m_db, a, {}, {}, test::interchangeNow()));
    EXPECT_FALSE(html.contains(u"<b>Ann</b>"_s));
    EXPECT_TRUE(html.contains(u"&lt;b&gt;Ann&lt;/b&gt; &amp; co"_s));
}

TEST_F(ReportTest, CsvIsOneTableOfFacts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    ASSERT_TRUE(writeReportCsv(report(), &buffer, false, false, &error)) << error.toStdString();
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    QList<QStringList> rows;
    while (reader.next(record) == CsvReader::Status::Record)
        rows.append(record.fields());
    ASSERT_GT(rows.size(), 30);
    EXPECT_EQ(rows[0], (QStringList{u"section"_s, u"date"_s, u"item"_s, u"value"_s, u"unit"_s, u"class"_s,
                                    u"rules"_s, u"detail"_s}));
    for (const QStringList &row : rows)
        EXPECT_EQ(row.size(), 8);
    EXPECT_EQ(rows[1][0], u"report"_s);
    EXPECT_EQ(rows[1][7], u"Zoë 💪"_s);
    EXPECT_TRUE(rows.contains(QStringList{u"summary"_s, {}, u"tonnage"_s, u"3900"_s, u"kg"_s, {}, {}, {}}));
    bool attention = false;
    bool answers = false;
    int checklist = 0;
    for (const QStringList &row : rows) {
        attention = attention || (row[0] == u"attention" && row[5] == u"see-doctor/urgent");
        answers = answers
                  || (row[0] == u"soreness"
                      && row[7].endsWith(u"; signs: pinpoint at-rest; red flags: night-pain very-unwell"_s));
        checklist += row[0] == u"checklist" ? 1 : 0;
    }
    EXPECT_TRUE(attention);
    EXPECT_TRUE(answers);
    EXPECT_EQ(checklist, 26);
    EXPECT_EQ(rows.last(), (QStringList{u"note"_s, {}, {}, {}, {}, {}, {}, notMedicalAdvice()}));
}

} // namespace
} // namespace spotter
