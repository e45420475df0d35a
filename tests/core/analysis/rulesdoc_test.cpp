// SPDX-License-Identifier: GPL-3.0-or-later
// docs/rules.md is the user-facing copy of the rule and threshold tables: every rule id, result,
// urgency, source and threshold number there must equal the code, in both directions.
#include "analysis/alternatives.h"
#include "analysis/checkinquestions.h"
#include "analysis/ruletable.h"
#include "analysis/thresholds.h"
#include "analysis/triage.h"
#include "testutil.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

using namespace Qt::StringLiterals;

QString readDoc()
{
    QFile f(QStringLiteral(SPOTTER_SOURCE_DIR "/docs/rules.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

/// The lines of the "## heading" section.
QStringList section(const QString &doc, const QString &heading)
{
    QStringList out;
    bool inside = false;
    for (const QString &line : doc.split(u'\n')) {
        if (line.startsWith(u"## ")) {
            inside = line == heading;
            continue;
        }
        if (inside)
            out.append(line);
    }
    return out;
}

/// Cells of a Markdown table row; "\|" stays inside a cell.
QStringList cells(const QString &row)
{
    QStringList out;
    QString current;
    for (qsizetype i = 1; i < row.size(); ++i) {
        if (row[i] == u'\\' && i + 1 < row.size() && row[i + 1] == u'|') {
            current += u'|';
            ++i;
        } else if (row[i] == u'|') {
            out.append(current.trimmed());
            current.clear();
        } else {
            current += row[i];
        }
    }
    return out;
}

QSet<QString> backticked(const QString &text)
{
    QSet<QString> out;
    static const QRegularExpression re(QStringLiteral("`([^`]+)`"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

class RulesDoc : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_doc = readDoc();
        ASSERT_FALSE(m_doc.isEmpty()) << "docs/rules.md is missing";
    }
    QString m_doc;
};

TEST_F(RulesDoc, RuleTableMatchesTheCode)
{
    static const QRegularExpression id(QStringLiteral("^(SR|IR|IS|IF|LM|TP|SG)-\\d\\d[ab]?$"));
    QHash<QString, QStringList> rows;
    for (const QString &line : section(m_doc, u"## Rules"_s)) {
        const QStringList c = cells(line);
        if (c.size() < 6 || !id.match(c[0]).hasMatch())
            continue;
        EXPECT_FALSE(rows.contains(c[0])) << "listed twice: " << c[0].toStdString();
        rows.insert(c[0], c);
    }
    QSet<QString> codeIds;
    for (const RuleSpec &r : RuleTable::all()) {
        codeIds.insert(r.id);
        ASSERT_TRUE(rows.contains(r.id)) << "missing from docs/rules.md: " << r.id.toStdString();
        const QStringList &c = rows[r.id];
        EXPECT_EQ(c[1], r.result) << r.id.toStdString();
        EXPECT_EQ(c[2], r.urgency ? toKey(*r.urgency) : u"—"_s) << r.id.toStdString();
        EXPECT_EQ(backticked(c[5]), QSet<QString>(r.sources.cbegin(), r.sources.cend()))
            << r.id.toStdString();
        EXPECT_EQ(c[5].contains(u"JUDGEMENT"), r.judgement) << r.id.toStdString();
        // The advice as a result shows it when the rule decides (finding, advice, escalation).
        const QString shown = r.cls ? shownFor(r, r.severity()) : RuleTable::advice(r);
        EXPECT_EQ(c[4], shown.isEmpty() ? u"—"_s : shown) << r.id.toStdString();
    }
    const QList<QString> docIds = rows.keys();
    EXPECT_EQ(QSet<QString>(docIds.cbegin(), docIds.cend()), codeIds)
        << "docs/rules.md lists rules the code lacks";
    EXPECT_EQ(codeIds.size(), 84);
}

TEST_F(RulesDoc, ThresholdsMatchTheCode)
{
    QHash<QString, QStringList> rows;
    for (const QString &line : section(m_doc, u"## Thresholds"_s)) {
        const QStringList c = cells(line);
        if (c.size() < 6 || !c[0].startsWith(u'`'))
            continue;
        rows.insert(c[0].mid(1, c[0].size() - 2), c);
    }
    QSet<QString> codeKeys;
    for (const ThresholdSpec &t : Thresholds::all()) {
        const QString key = t.key.toString();
        codeKeys.insert(key);
        ASSERT_TRUE(rows.contains(key)) << "missing from docs/rules.md: " << key.toStdString();
        const QStringList &c = rows[key];
        EXPECT_EQ(c[1], t.rule.toString()) << key.toStdString();
        bool ok = false;
        const double value = c[2].toDouble(&ok);
        EXPECT_TRUE(ok) << key.toStdString();
        EXPECT_DOUBLE_EQ(value, t.value) << key.toStdString();
        EXPECT_EQ(c[3], t.unit.toString()) << key.toStdString();
        EXPECT_EQ(c[5], t.judgement ? u"yes"_s : u"no"_s) << key.toStdString();
        ASSERT_GE(c.size(), 7) << key.toStdString();
        EXPECT_EQ(c[6], RuleTable::isAdjustable(t.id) ? u"yes"_s : u"no"_s) << key.toStdString();
        EXPECT_TRUE(t.rule == u"e1RM" || RuleTable::contains(t.rule)) << key.toStdString();
    }
    const QList<QString> docKeys = rows.keys();
    EXPECT_EQ(QSet<QString>(docKeys.cbegin(), docKeys.cend()), codeKeys);
}

/// The rows of the "## heading" table, by their first (backticked) cell.
QHash<QString, QStringList> keyedRows(const QString &doc, const QString &heading)
{
    QHash<QString, QStringList> rows;
    for (const QString &line : section(doc, heading)) {
        const QStringList c = cells(line);
        if (c.size() >= 3 && c[0].startsWith(u'`'))
            rows.insert(c[0].mid(1, c[0].size() - 2), c);
    }
    return rows;
}

TEST_F(RulesDoc, AlternativesByRegionMatchTheCode)
{
    const auto rows = keyedRows(m_doc, u"## Alternatives by region"_s);
    int regions = 0;
    for (Region region : allValues(kRegionKeys)) {
        if (region == Region::Other)
            continue;
        ++regions;
        const QString key = toKey(region);
        ASSERT_TRUE(rows.contains(key)) << key.toStdString();
        const auto a = alternativesFor(region);
        if (a) {
            EXPECT_EQ(rows[key][1], a->leaveOut) << key.toStdString();
            EXPECT_EQ(rows[key][2], a->train.join(u"; "_s)) << key.toStdString();
        } else {
            EXPECT_EQ(rows[key][2], u"—"_s) << key.toStdString();
        }
    }
    EXPECT_EQ(rows.size(), regions);
}

TEST_F(RulesDoc, CheckinQuestionsMatchTheCode)
{
    const auto rows = keyedRows(m_doc, u"## What the check-in asks"_s);
    for (Region region : allValues(kRegionKeys)) {
        if (region == Region::Other)
            continue;
        const QString key = toKey(region);
        ASSERT_TRUE(rows.contains(key)) << key.toStdString();
        const CheckinQuestions q = checkinQuestions(region);
        EXPECT_EQ(rows[key][1], keysOf(kSignKeys, q.signs)) << key.toStdString();
        EXPECT_EQ(rows[key][2], keysOf(kRedFlagKeys, q.redFlags)) << key.toStdString();
    }
}

TEST_F(RulesDoc, CitesEverySource)
{
    const QStringList sources = section(m_doc, u"## Sources"_s);
    QSet<QString> listed;
    static const QRegularExpression entry(QStringLiteral("^- `\\[([^\\]]+)\\]` (.+)$"));
    for (const QString &line : sources) {
        const auto m = entry.match(line);
        if (!m.hasMatch())
            continue;
        listed.insert(m.captured(1));
        const bool needsUrl = !m.captured(1).startsWith(u"SEED-") && m.captured(1) != u"CODE-MONO";
        EXPECT_TRUE(!needsUrl || m.captured(2).contains(u"http")) << m.captured(1).toStdString();
    }
    for (const RuleSpec &r : RuleTable::all()) {
        for (const QString &tag : r.sources)
            EXPECT_TRUE(listed.contains(tag)) << r.id.toStdString() << " cites [" << tag.toStdString()
                                              << "], which the Sources section does not list";
    }
    // Citations in the prose must resolve too.
    static const QRegularExpression cited(QStringLiteral("`\\[([A-Z0-9-]+)\\]`"));
    for (auto it = cited.globalMatch(m_doc); it.hasNext();) {
        const QString tag = it.next().captured(1);
        EXPECT_TRUE(listed.contains(tag)) << tag.toStdString();
    }
}

TEST(RuleTables, LookupsAreConsistent)
{
    for (qsizetype i = 0; i < Thresholds::all().size(); ++i) {
        const auto id = static_cast<Threshold>(i);
        EXPECT_EQ(Thresholds::spec(id).id, id) << i;
        EXPECT_FALSE(Thresholds::meaning(id).isEmpty()) << i;
    }
    QSet<QString> keys;
    for (const ThresholdSpec &t : Thresholds::all())
        keys.insert(t.key.toString());
    EXPECT_EQ(keys.size(), Thresholds::all().size());
    for (const RuleSpec &r : RuleTable::all()) {
        EXPECT_EQ(RuleTable::rule(r.id).id, r.id);
        EXPECT_FALSE(RuleTable::condition(r).isEmpty()) << r.id.toStdString();
        EXPECT_EQ(r.cls.has_value(), r.kind == RuleKind::Soreness) << r.id.toStdString();
        EXPECT_EQ(r.urgency.has_value(), r.cls == SorenessClass::SeeDoctor) << r.id.toStdString();
    }
    EXPECT_FALSE(RuleTable::contains(u"SR-10"));
    EXPECT_EQ(RuleTable::thresholdsOf(u"SR-24").size(), 5);
    // Every soreness rule has a finding to show when it is outranked.
    for (const RuleSpec &r : RuleTable::all()) {
        if (r.kind == RuleKind::Soreness) {
            EXPECT_FALSE(RuleTable::finding(r).isEmpty()) << r.id.toStdString();
        }
    }
}

TEST_F(RulesDoc, ParserSeesADifference)
{
    // The checks above would pass on an empty table; make sure they read real rows.
    QString doc = m_doc;
    const QStringList rules = section(doc, u"## Rules"_s);
    int rows = 0;
    for (const QString &line : rules)
        rows += line.startsWith(u"| SR-") ? 1 : 0;
    EXPECT_EQ(rows, 60);
    const QStringList c = cells(u"| `sr24.onset_min_h` | SR-24 | 6 | h | a \\| b | yes |"_s);
    ASSERT_EQ(c.size(), 6);
    EXPECT_EQ(c[4], u"a | b"_s);
}

} // namespace
} // namespace spotter::test
