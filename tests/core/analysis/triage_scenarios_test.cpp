// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-body scenario table: every pattern W1 to W17 of whole-body-triage §1 with its near
// misses on each side, the borderline benign reports of issue 11, and red flags in any region.
// Each answer must lie between the row's min and max. Also: no adjustable threshold can take an
// emergency row below emergency.
#include "analysis/ruletable.h"
#include "analysis/thresholds.h"
#include "analysis/triage.h"
#include "scenariotable.h"
#include "testutil.h"
#include "triagetestutil.h"

#include <QSet>

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

using namespace Qt::StringLiterals;

QList<Scenario> table()
{
    static const QList<Scenario> rows =
        loadScenarios(QStringLiteral(SPOTTER_TEST_DATA_DIR "/triage/whole-body-scenarios.json"));
    return rows;
}

std::string describe(const Scenario &s, const TriageResult &r)
{
    const QString text =
        s.id + u": " + s.description + u" → " + r.severity.key() + u" (" + r.ruleIds().join(u' ') + u')';
    return text.toStdString();
}

TEST(WholeBodyScenarios, EveryPatternHasARowAndNearMisses)
{
    const QList<Scenario> rows = table();
    ASSERT_GE(rows.size(), 80);
    for (int w = 1; w <= 17; ++w) {
        const QString pattern = u"W"_s + QString::number(w);
        int count = 0;
        for (const Scenario &s : rows)
            count += s.pattern == pattern ? 1 : 0;
        EXPECT_GE(count, 2) << pattern.toStdString() << " needs a row and a near miss";
    }
    QSet<QString> ids;
    for (const Scenario &s : rows) {
        EXPECT_FALSE(ids.contains(s.id)) << s.id.toStdString();
        ids.insert(s.id);
        EXPECT_LE(s.min, s.max) << s.id.toStdString();
    }
    // The near misses the issue names.
    for (const char *id : {"W3-pec-doms", "W2-flag", "W7-pop-alone", "W7-biceps-weak", "W13-0h", "W13-2h",
                           "W13-8h", "W14-spine", "W14-near"})
        EXPECT_TRUE(ids.contains(QLatin1String(id))) << id;
}

TEST(WholeBodyScenarios, EveryRowIsBetweenItsMinAndMax)
{
    for (const Scenario &s : table()) {
        const TriageResult r = triage(inputOf(s.args));
        EXPECT_GE(r.severity, s.min) << describe(s, r);
        EXPECT_LE(r.severity, s.max) << describe(s, r);
    }
}

TEST(WholeBodyScenarios, NoAdjustableThresholdTakesAnEmergencyBelowEmergency)
{
    const Severity emergency{SorenessClass::SeeDoctor, Urgency::Emergency};
    QList<Scenario> emergencies;
    for (const Scenario &s : table()) {
        if (s.min == emergency)
            emergencies.append(s);
    }
    ASSERT_GE(emergencies.size(), 20);
    int adjustable = 0;
    for (const ThresholdSpec &t : Thresholds::all()) {
        if (!RuleTable::isAdjustable(t.id))
            continue;
        ++adjustable;
        for (double value : {0.0, 0.5, 1e6}) {
            QString error;
            ASSERT_TRUE(RuleTable::adjust(t.id, value, &error)) << t.key.toString().toStdString();
            for (const Scenario &s : emergencies) {
                const TriageResult r = triage(inputOf(s.args));
                EXPECT_EQ(r.severity, emergency)
                    << t.key.toString().toStdString() << " = " << value << ": " << describe(s, r);
            }
            Thresholds::reset();
        }
    }
    EXPECT_GT(adjustable, 20);
    // Every red flag alone stays at its urgency too, whatever a setting says.
    for (const ThresholdSpec &t : Thresholds::all()) {
        if (RuleTable::isAdjustable(t.id)) {
            ASSERT_TRUE(RuleTable::adjust(t.id, 1e6));
        }
    }
    for (const RedFlagItem &item : TriageResult::redFlagChecklist()) {
        TriageInput in;
        in.redFlags.insert(item.flag);
        EXPECT_EQ(triage(in).severity, doctor(item.urgency)) << toKey(item.flag).toStdString();
    }
    Thresholds::reset();
}

TEST(WholeBodyScenarios, ThresholdsOfEmergencyRulesCannotBeAdjusted)
{
    for (const ThresholdSpec &t : Thresholds::all()) {
        const bool emergencyRule =
            RuleTable::contains(t.rule) && RuleTable::rule(t.rule).urgency == Urgency::Emergency;
        QString error;
        if (emergencyRule) {
            EXPECT_FALSE(RuleTable::isAdjustable(t.id)) << t.key.toString().toStdString();
            EXPECT_FALSE(RuleTable::adjust(t.id, 100.0, &error)) << t.key.toString().toStdString();
            EXPECT_TRUE(error.contains(u"emergency")) << error.toStdString();
            EXPECT_EQ(Thresholds::value(t.id), t.value);
        } else if (!t.judgement) {
            EXPECT_FALSE(RuleTable::adjust(t.id, 100.0, &error)) << t.key.toString().toStdString();
            EXPECT_TRUE(error.contains(u"sources")) << error.toStdString();
        }
    }
    // The emergency rules that have thresholds at all.
    EXPECT_FALSE(RuleTable::isAdjustable(Threshold::Sr04Intensity));
    EXPECT_FALSE(RuleTable::isAdjustable(Threshold::Sr28Intensity));
    EXPECT_FALSE(RuleTable::isAdjustable(Threshold::Sr43Intensity));
    EXPECT_TRUE(RuleTable::isAdjustable(Threshold::Sr24MaxIntensity));
    QString error;
    EXPECT_FALSE(RuleTable::adjust(Threshold::Sr24MaxIntensity, -1.0, &error));
    EXPECT_FALSE(error.isEmpty());
    // An adjustment is in force until reset.
    ASSERT_TRUE(RuleTable::adjust(Threshold::Sr24MaxIntensity, 3.0));
    TriageInput in = domsInput();
    EXPECT_EQ(triage(in).severity, sev(SorenessClass::Watch));
    Thresholds::reset();
    EXPECT_EQ(triage(in).severity, sev(SorenessClass::Doms));
}

} // namespace
} // namespace spotter::test
