// SPDX-License-Identifier: GPL-3.0-or-later
// The report model and its HTML and CSV renderings.
#include "analysis/ruletable.h"
#include "backendtest.h"
#include "csv/csvreader.h"
#include "interchangefixture.h"
#include "model/sessionsummary.h"
#include "report/report.h"
#include "report/reportcsv.h"
#include "report/reporthtml.h"
#include "store/historyrepository.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

class ReportTest : public test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped())
            return;
        m_ids = test::fillEveryKindOfValue(*m_db);
        m_zoe = *AthleteRepository(*m_db).get(m_ids.zoe);
    }

    Report report(std::optional<QDate> from = {}, std::optional<QDate> to = {}) const
    {
        return buildReport(*m_db, m_zoe, from, to, test::interchangeNow());
    }

    test::InterchangeIds m_ids;
    Athlete m_zoe;
};

TEST_P(ReportTest, SummarisesTheSessionsOfTheRange)
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

TEST_P(ReportTest, OpenWarningsAndSeeDoctorItemsComeFirst)
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

TEST_P(ReportTest, MainLiftsHaveTheirBestE1rmPerWeek)
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

TEST_P(ReportTest, ARangeLimitsSessionsAndSoreness)
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

TEST_P(ReportTest, HtmlPutsAttentionFirstAndEndsWithTheChecklistAndTheNote)
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

TEST_P(ReportTest, TheEmergencyInstructionIsPrintedOnceUnderItsShortName)
{
    // Chest pain that is not sore muscle (SR-29): its own advice begins with the instruction.
    SorenessReport chest;
    chest.athleteId = m_ids.zoe;
    chest.region = Region::Chest;
    chest.noticedAt = *parseDateTime(u"2026-02-26T09:00:00+01:00");
    chest.intensity = 6;
    chest.character = Character::Sharp;
    chest.redFlags = {RedFlag::ChestPain};
    test::InterchangeBuilder(*m_db).report(chest);
    const Report r = report();
    ASSERT_FALSE(r.attention.isEmpty());
    ASSERT_EQ(r.attention.first().triage.urgency(), Urgency::Emergency);
    const QString html = reportHtml(r);
    const qsizetype from = html.indexOf(u"<h2>Needs attention</h2>"_s);
    const QString attention = html.mid(from, html.indexOf(u"<h2>Soreness by class</h2>"_s) - from);
    const qsizetype row = attention.indexOf(u"&nbsp;Emergency&nbsp;"_s);
    ASSERT_GE(row, 0);
    const QString emergencyRow = attention.mid(row, attention.indexOf(u"</tr>"_s, row) - row);
    EXPECT_EQ(emergencyRow.count(urgencyInstruction(Urgency::Emergency)), 1) << emergencyRow.toStdString();
    // The table cell holds the short name, which never breaks inside a word; the heading of the
    // class further down keeps the full one.
    EXPECT_TRUE(attention.contains(u"&nbsp;Emergency&nbsp;"_s));
    EXPECT_FALSE(attention.contains(u"(emergency)"_s));
    EXPECT_TRUE(html.contains(u"See&nbsp;a&nbsp;doctor&nbsp;(emergency)"_s));
}

TEST_P(ReportTest, TheChecklistMarksTheFlagsTickedAndWhere)
{
    const Report r = report();
    // The lower-back report of 25 February ticked night pain and feeling very unwell.
    ASSERT_EQ(tickedIn(r, RedFlag::NightPain).size(), 1);
    EXPECT_EQ(tickedIn(r, RedFlag::NightPain).first().region, Region::LowerBack);
    EXPECT_TRUE(tickedIn(r, RedFlag::ChestPain).isEmpty());
    const QString html = reportHtml(r);
    EXPECT_EQ(html.count(u"&#x2612;"_s), 2) << "two flags ticked";
    EXPECT_EQ(html.count(u"&#x2610;"_s), 24);
    EXPECT_TRUE(html.contains(u"Ticked in 1 report: 2026-02-25 08:00, Lower back"_s));
    // Not the reports outside the range.
    EXPECT_TRUE(tickedIn(report(QDate(2026, 2, 26)), RedFlag::NightPain).isEmpty());
}

TEST(ReportWeeks, RunsOfWeeksWithoutSessionsAreOneLine)
{
    Report r;
    const QDate monday(2026, 3, 2);
    for (int w = 0; w < 9; ++w) {
        WeekLoad load;
        load.weekStart = monday.addDays(7 * w);
        r.weeks.append(load);
    }
    // Sessions in weeks 0, 1, 3 and 8: week 2 alone stays a row, weeks 4–7 become one line.
    for (const int w : {0, 1, 3, 8})
        r.sessionsPerWeek.insert(monday.addDays(7 * w), 2);
    const QList<WeekLine> lines = weekLines(r);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_EQ(lines[2].from, monday.addDays(14));
    EXPECT_EQ(lines[2].weeks, 1);
    EXPECT_TRUE(lines[2].load.has_value());
    EXPECT_EQ(lines[4].from, monday.addDays(28));
    EXPECT_EQ(lines[4].to, monday.addDays(7 * 8 - 1)); // the Sunday of week 7
    EXPECT_EQ(lines[4].weeks, 4);
    EXPECT_FALSE(lines[4].load.has_value());
    EXPECT_EQ(lines[5].from, monday.addDays(56));
    EXPECT_TRUE(reportHtml(r).contains(u"No sessions 2026-03-30 – 2026-04-26 (4 weeks)"_s));
    // A week with a flag is never folded away, sessions or not: week 4 alone, 5, then 6–7.
    r.weeks[5].flags = {u"load_spike"_s};
    EXPECT_EQ(weekLines(r).size(), 8);
}

TEST_P(ReportTest, TestingIsCountedInWordsNotZeroPeriods)
{
    const QString html = reportHtml(report());
    // \b keeps "10 weeks" from counting as "0 weeks".
    EXPECT_FALSE(html.contains(QRegularExpression(u"\\b0 (weeks?|months?)\\b"_s)));
    EXPECT_TRUE(html.contains(u">Tested in</th>"_s));
    EXPECT_TRUE(html.contains(u"never"_s)) << "Back Squat was not tested";
}

TEST_P(ReportTest, APrFromRepsAloneNeedsTheMarginOverARatedBest)
{
    test::InterchangeBuilder b(*m_db);
    const qint64 pat = b.athlete(u"Pat"_s, WeightUnit::Kg);
    const qint64 bench = b.exercise(u"Bench Press"_s);
    auto set = [&](double kg, int reps, std::optional<double> rpe) {
        WorkoutSet s = test::InterchangeBuilder::set(bench, SetKind::Working, Weight::fromKg(kg), reps);
        s.rpe = rpe;
        return s;
    };
    // 100 × 5 @ 8: RTS 123.3 kg. Then 100 × 8 with no RPE: Epley 126.7, within 15%: no PR.
    // Then 120 × 8 with no RPE: Epley 152, more than 15% over 123.3: a PR, an estimate.
    b.session(pat, u"2026-01-05T18:00:00Z"_s, u"Rated"_s, {set(100, 5, 8.0)});
    b.session(pat, u"2026-01-12T18:00:00Z"_s, u"Reps alone"_s, {set(100, 8, std::nullopt)});
    b.session(pat, u"2026-01-19T18:00:00Z"_s, u"Far more"_s, {set(120, 8, std::nullopt)});
    const Athlete a = *AthleteRepository(*m_db).get(pat);
    // From the second session: the rated best comes from before the range.
    const Report r = buildReport(*m_db, a, QDate(2026, 1, 12), std::nullopt, test::interchangeNow());
    ASSERT_EQ(r.lifts.size(), 1);
    const QList<LiftPoint> &p = r.lifts.first().points;
    ASSERT_EQ(p.size(), 2);
    EXPECT_TRUE(p[0].fromRepsAlone);
    EXPECT_FALSE(p[0].pr) << "126.7 from reps alone over a rated 123.3";
    EXPECT_TRUE(p[1].fromRepsAlone);
    EXPECT_TRUE(p[1].pr);
    EXPECT_TRUE(reportHtml(r).contains(u"≈126.7"_s));
    // The whole history gives the same marks.
    const Report all = buildReport(*m_db, a, std::nullopt, std::nullopt, test::interchangeNow());
    EXPECT_FALSE(all.lifts.first().points[1].pr);
    EXPECT_TRUE(all.lifts.first().points[2].pr);
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

TEST_P(ReportTest, HtmlEscapesWhatPeopleTyped)
{
    Athlete a;
    a.name = u"<b>Ann</b> & co"_s;
    AthleteRepository(*m_db).add(a);
    const QString html = reportHtml(buildReport(*m_db, a, {}, {}, test::interchangeNow()));
    EXPECT_FALSE(html.contains(u"<b>Ann</b>"_s));
    EXPECT_TRUE(html.contains(u"&lt;b&gt;Ann&lt;/b&gt; &amp; co"_s));
}

TEST_P(ReportTest, CsvIsOneTableOfFacts)
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
SPOTTER_ON_BOTH_BACKENDS(ReportTest);

} // namespace spotter
