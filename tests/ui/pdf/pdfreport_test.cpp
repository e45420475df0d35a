// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF layout of the report of the demo data, read from the laid-out document itself: which
// block lands on which page and where each line of text breaks.
#include "model/clock.h"
#include "pdf/pdfreport.h"
#include "report/report.h"
#include "report/reporthtml.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "synthetic/demodata.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace spotter;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(18, 0));

/// The demo data, with an open emergency (chest pain) and an urgent report (fever, night pain)
/// for Rita after her last session: the longest badges and a checklist with ticks.
class PdfLayoutTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        Clock::set(kNow);
        s_dir = new QTemporaryDir;
        const QString path = s_dir->filePath(u"demo.sqlite"_s);
        createDemoDatabase(path, kNow);
        s_db = new Database(path);
        const Athlete rita = *AthleteRepository(*s_db).findByName(u"Rita Okafor"_s);
        const Session last = *SessionRepository(*s_db).latest(rita.id);
        SorenessReport chest;
        chest.athleteId = rita.id;
        chest.sessionId = last.id;
        chest.region = Region::Chest;
        chest.noticedAt = last.start.addSecs(2 * 3600);
        chest.intensity = 6;
        chest.character = Character::Sharp;
        chest.redFlags = {RedFlag::ChestPain};
        SorenessRepository(*s_db).add(chest);
        SorenessReport back = chest;
        back.id = 0;
        back.region = Region::LowerBack;
        back.noticedAt = last.start.addSecs(3 * 3600);
        back.intensity = 5;
        back.character = Character::Dull;
        back.redFlags = {RedFlag::Fever, RedFlag::NightPain};
        SorenessRepository(*s_db).add(back);
    }
    static void TearDownTestSuite()
    {
        delete s_db;
        delete s_dir;
        Clock::set({});
    }

    static Report report(const QString &name, std::optional<QDate> from = {})
    {
        const Athlete a = *AthleteRepository(*s_db).findByName(name);
        return buildReport(*s_db, a, from, kNow.date(), kNow);
    }

    /// A report laid out on A4 as the PDF is; the layout measures with the writer, which lives as
    /// long as the document.
    struct Laid
    {
        QBuffer buffer;
        std::unique_ptr<QPdfWriter> writer;
        QTextDocument doc;
    };
    static std::unique_ptr<Laid> laidOut(const QString &html)
    {
        auto laid = std::make_unique<Laid>();
        laid->buffer.open(QIODevice::WriteOnly);
        laid->writer = std::make_unique<QPdfWriter>(&laid->buffer);
        PdfReport::layOut(laid->doc, html, *laid->writer);
        return laid;
    }

    static QTemporaryDir *s_dir;
    static Database *s_db;
};

QTemporaryDir *PdfLayoutTest::s_dir = nullptr;
Database *PdfLayoutTest::s_db = nullptr;

/// Every line of @p doc that begins inside a word, as "…end|start…".
QStringList midWordBreaks(const QTextDocument &doc)
{
    QStringList out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QString text = b.text();
        const QTextLayout *layout = b.layout();
        for (int i = 1; layout && i < layout->lineCount(); ++i) {
            const int at = layout->lineAt(i).textStart();
            if (at > 0 && at < text.size() && text[at - 1].isLetterOrNumber() && text[at].isLetterOrNumber())
                out.append(QString(text.left(at) + u'|' + text.mid(at)).replace(QChar::LineSeparator, u'/'));
        }
    }
    return out;
}

/// The pages each line of @p b lands on: a paragraph can begin on one page and end on the next.
QList<int> pagesOf(const QTextDocument &doc, const QTextBlock &b)
{
    const qreal top = doc.documentLayout()->blockBoundingRect(b).top();
    QList<int> out;
    const QTextLayout *layout = b.layout();
    for (int i = 0; layout && i < layout->lineCount(); ++i) {
        const int page =
            static_cast<int>(std::floor((top + layout->lineAt(i).y()) / doc.pageSize().height()));
        if (!out.contains(page))
            out.append(page);
    }
    return out;
}

/// What a page holds, for messages: the start of each block with a line on it.
QString pageTexts(const QTextDocument &doc, int page)
{
    QStringList out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (pagesOf(doc, b).contains(page) && !b.text().trimmed().isEmpty())
            out.append(b.text().left(40));
    }
    return out.join(u" / "_s);
}

/// The pages that hold no line of a table: empty pages, the last line of a paragraph, or a
/// heading with a sentence ("No flags in this range.") left alone while what follows went on.
QList<int> pagesWithoutATable(const QTextDocument &doc)
{
    QList<bool> hasTable(doc.pageCount(), false);
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (!QTextCursor(b).currentTable() || b.text().trimmed().isEmpty())
            continue;
        for (const int page : pagesOf(doc, b)) {
            if (page >= 0 && page < hasTable.size())
                hasTable[page] = true;
        }
    }
    QList<int> out;
    for (int i = 0; i < hasTable.size(); ++i) {
        if (!hasTable[i])
            out.append(i);
    }
    return out;
}

} // namespace

TEST_F(PdfLayoutTest, UrgencyBadgesAndWordsNeverBreakInsideAWord)
{
    for (const QString &name : {u"Rita Okafor"_s, u"Tom Becker"_s, u"Maya Lindqvist"_s}) {
        for (const auto &from : {std::optional<QDate>(), std::optional(kNow.date().addDays(-25))}) {
            const Report r = report(name, from);
            const auto laid = laidOut(reportHtml(r));
            EXPECT_EQ(midWordBreaks(laid->doc), QStringList()) << name.toStdString();
        }
    }
    // The emergency is in the table under its short name, the urgency's own colour.
    const QString html = reportHtml(report(u"Rita Okafor"_s, kNow.date().addDays(-25)));
    EXPECT_TRUE(html.contains(u"#a50e0e; color:#ffffff; font-weight:bold\">&nbsp;Emergency&nbsp;"_s));
    EXPECT_TRUE(html.contains(u"&nbsp;Today&nbsp;"_s));
}

TEST_F(PdfLayoutTest, EveryPageHoldsPartOfATable)
{
    // Ranges of every length put the end of each section at every height of a page.
    for (const QString &name : {u"Rita Okafor"_s, u"Tom Becker"_s, u"Maya Lindqvist"_s}) {
        for (const int weeks : {0, 1, 2, 3, 4, 6, 8, 10, 13, 17, 21}) {
            const auto from =
                weeks == 0 ? std::optional<QDate>() : std::optional(kNow.date().addDays(-7 * weeks));
            const auto laid = laidOut(reportHtml(report(name, from)));
            const QTextDocument &doc = laid->doc;
            for (const int page : pagesWithoutATable(doc))
                ADD_FAILURE() << name.toStdString() << ", " << weeks << " weeks: page " << page + 1 << " of "
                              << doc.pageCount() << " holds only: " << pageTexts(doc, page).toStdString();
        }
    }
}
