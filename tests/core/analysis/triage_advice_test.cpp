// SPDX-License-Identifier: GPL-3.0-or-later
// Advice that agrees with the answer (whole-body-triage §2): what each rule shows under every
// class and urgency it can appear under, how soon in words, the safety net on benign answers,
// region alternatives that fit the region, and one voice over thousands of generated reports.
#include "analysis/alternatives.h"
#include "analysis/checkinquestions.h"
#include "analysis/ruletable.h"
#include "analysis/triage.h"
#include "model/builtincatalogue.h"
#include "testutil.h"
#include "triagetestutil.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

#include <random>

namespace spotter::test {
namespace {

using namespace Qt::StringLiterals;
using C = SorenessClass;
using U = Urgency;

QList<Severity> everySeverity()
{
    return {sev(C::Fatigue), sev(C::Doms),      sev(C::Watch),       sev(C::Warning),
            doctor(U::Soon), doctor(U::Urgent), doctor(U::Emergency)};
}

/// Self-care and waiting advice that contradicts a see-doctor answer.
const QStringList kWaitOrSelfCare{u"72 h"_s,           u"ice for"_s,
                                  u"ice "_s,           u"keep moving"_s,
                                  u"Keep moving"_s,    u"light activity"_s,
                                  u"Light activity"_s, u"fine to train"_s,
                                  u"train around"_s,   u"if it is not clearly better"_s,
                                  u"normal"_s};
/// Instructions: a finding states what was noticed and never says what to do.
const QStringList kInstructions{u"Call "_s, u"call your"_s, u"Book "_s,  u"book a"_s, u"Get "_s,
                                u"Stop "_s, u"See a"_s,     u"see a "_s, u"Rest "_s,  u"ice for"_s,
                                u"Keep "_s, u"Go "_s,       u"go to"_s,  u"72 h"_s,   u"within a few days"_s,
                                u"today"_s};

QString containsAny(const QString &text, const QStringList &phrases)
{
    for (const QString &p : phrases) {
        if (text.contains(p))
            return p;
    }
    return {};
}

TEST(RuleAdvice, EveryRuleAgreesWithEveryClassAndUrgencyItCanAppearUnder)
{
    int checked = 0;
    for (const RuleSpec &rule : RuleTable::all()) {
        if (rule.kind != RuleKind::Soreness)
            continue;
        const QString finding = RuleTable::finding(rule);
        EXPECT_TRUE(containsAny(finding, kInstructions).isEmpty())
            << rule.id.toStdString()
            << " finding instructs: " << containsAny(finding, kInstructions).toStdString();
        for (const Severity &result : everySeverity()) {
            if (result < rule.severity())
                continue; // the most severe match decides: a rule never appears under a milder result
            ++checked;
            const QString shown = shownFor(rule, result, {u"how bad it is"_s});
            const std::string what = rule.id.toStdString() + " under " + result.key().toStdString();
            if (result != rule.severity()) {
                EXPECT_EQ(shown, finding) << what; // one voice: only what it noticed
                continue;
            }
            if (result.cls == C::SeeDoctor) {
                const QString bad = containsAny(shown, kWaitOrSelfCare);
                EXPECT_TRUE(bad.isEmpty())
                    << what << " says '" << bad.toStdString() << "': " << shown.toStdString();
            }
            if (result == doctor(U::Emergency)) {
                EXPECT_TRUE(shown.contains(u"emergency"_s) && shown.contains(u"now"_s)) << what;
                EXPECT_FALSE(shown.contains(u"within a few days"_s)) << what;
            } else if (result == doctor(U::Urgent)) {
                EXPECT_TRUE(shown.contains(u"today"_s)) << what;
            } else if (result == doctor(U::Soon)) {
                EXPECT_TRUE(shown.contains(u"within a few days"_s)) << what;
            }
            if (result == doctor(U::Urgent) || result == doctor(U::Soon)) {
                // What would make it more urgent.
                ASSERT_NE(rule.escalation, nullptr) << what;
                const QString escalation = QCoreApplication::translate("spotter::Rules", rule.escalation);
                EXPECT_TRUE(escalation.contains(u" if "_s)) << what;
                EXPECT_TRUE(escalation.contains(u"emergency"_s) || escalation.contains(u"same-day"_s)
                            || escalation.contains(u"today"_s))
                    << what;
            }
            if (result.cls == C::Doms || result.cls == C::Fatigue) {
                EXPECT_TRUE(shown.contains(u"if it gets worse"_s) && shown.contains(u"urine turns dark"_s)
                            && shown.contains(u"check again"_s))
                    << what << ": a benign answer needs its safety net";
            }
            if (result.cls == C::Warning || result.cls == C::Watch) {
                EXPECT_FALSE(shown.contains(u"Not enough information"_s) && rule.id != u"SR-27") << what;
            }
        }
    }
    EXPECT_GT(checked, 150);
}

TEST(RuleAdvice, NotEnoughInformationOnlyNamesWhatIsMissing)
{
    const RuleSpec &sr27 = RuleTable::rule(u"SR-27");
    EXPECT_TRUE(
        shownFor(sr27, sr27.severity(), {u"how bad it is"_s}).contains(u"tell Spotter how bad it is"_s));
    TriageInput in = domsInput();
    EXPECT_TRUE(missingAnswers(in).isEmpty());
    in.character.reset();
    in.durationHours.reset();
    EXPECT_EQ(missingAnswers(in), (QStringList{u"how long it has lasted"_s, u"what it feels like"_s}));
    in = domsInput();
    in.durationHours = 60; // past 72 h after the session, the course matters
    in.trend.reset();
    EXPECT_EQ(missingAnswers(in), QStringList{u"whether it is getting better"_s});
}

TEST(RuleAdvice, AlternativesFitTheRegion)
{
    const QStringList lowerBackOnly = lowerBackAlternatives();
    const QHash<Region, QStringList> never{
        {Region::Hamstrings,
         {u"hinge"_s, u"Deadlift"_s, u"deadlift"_s, u"RDL"_s, u"Good morning"_s, u"curl"_s}},
        {Region::Shoulders,
         {u"press"_s, u"Press"_s, u"dip"_s, u"Dip"_s, u"push"_s, u"Push"_s, u"overhead"_s}},
        {Region::Chest, {u"press"_s, u"Press"_s, u"dip"_s, u"Dip"_s, u"Push"_s, u"fly"_s}},
        {Region::Neck, {u"press"_s, u"Press"_s, u"shrug"_s, u"Shrug"_s}},
        {Region::Elbows, {u"Bicep"_s, u"curls"_s, u"press"_s, u"Press"_s, u"grip"_s}},
        {Region::Knees, {u"squat"_s, u"Squat"_s, u"lunge"_s, u"Lunge"_s, u"jump"_s}},
        {Region::Calves, {u"calf raise"_s, u"Calf raise"_s, u"run"_s, u"Run"_s, u"jump"_s}},
    };
    for (Region region : allValues(kRegionKeys)) {
        const auto a = alternativesFor(region);
        if (region == Region::Head || region == Region::Other) {
            EXPECT_FALSE(a.has_value()) << toKey(region).toStdString();
            continue;
        }
        ASSERT_TRUE(a.has_value()) << toKey(region).toStdString();
        EXPECT_FALSE(a->train.isEmpty());
        for (const QString &item : a->train) {
            for (const QString &word : never.value(region))
                EXPECT_FALSE(item.contains(word))
                    << toKey(region).toStdString() << ": " << item.toStdString();
            if (region != Region::LowerBack) {
                EXPECT_FALSE(lowerBackOnly.contains(item)) << toKey(region).toStdString();
                EXPECT_FALSE(item.contains(u"Bird Dog"_s) || item.contains(u"Trap-Bar"_s));
            }
        }
    }
    // Through the engine: a warning on the hamstrings after an RDL names the lift and offers no hinge.
    TriageInput in = domsInput();
    in.region = Region::Hamstrings;
    in.signs.insert(Sign::Pop);
    in.lift = u"Romanian Deadlift"_s;
    const TriageResult r = triage(in);
    ASSERT_EQ(r.tips.size(), 1);
    EXPECT_EQ(r.tips.first().id, u"TP-03"_s);
    EXPECT_TRUE(r.tips.first().text.contains(u"Romanian Deadlift"_s));
    EXPECT_EQ(r.tips.first().alternatives, alternativesFor(Region::Hamstrings)->train);
    in.region = Region::LowerBack;
    EXPECT_EQ(triage(in).tips.first().id, u"TP-02"_s);
    EXPECT_EQ(triage(in).tips.first().alternatives, lowerBackOnly);
}

TEST(RuleAdvice, OneVoiceOverGeneratedReports)
{
    std::mt19937 rng(1121);
    const auto chance = [&](double p) { return std::bernoulli_distribution(p)(rng); };
    const auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const QList<Region> regions = allValues(kRegionKeys);
    int seeDoctor = 0;
    for (int i = 0; i < 6000; ++i) {
        TriageInput in = domsInput();
        in.region = regions[uniform(0, static_cast<int>(regions.size()) - 1)];
        in.onsetHours = uniform(0, 80);
        in.durationHours = uniform(0, 200);
        in.intensity = uniform(0, 10);
        in.character = static_cast<Character>(uniform(0, static_cast<int>(kCharacterKeys.size()) - 1));
        for (Sign s : allValues(kSignKeys))
            in.signs.set(s, chance(0.05));
        for (RedFlag f : allValues(kRedFlagKeys))
            in.redFlags.set(f, chance(0.02));
        for (HistoryFlag h : allValues(kHistoryFlagKeys))
            in.history.set(h, chance(0.05));
        const TriageResult r = triage(in);
        const bool doctorResult = r.cls() == C::SeeDoctor;
        seeDoctor += doctorResult ? 1 : 0;
        for (const MatchedRule &m : r.matched) {
            if (r.severity > sev(C::Watch)) {
                ASSERT_FALSE(m.severity.cls == C::Doms || m.severity.cls == C::Fatigue) << m.id.toStdString();
            }
            if (doctorResult) {
                const QString bad = containsAny(m.advice, kWaitOrSelfCare);
                ASSERT_TRUE(bad.isEmpty())
                    << m.id.toStdString() << " under " << r.severity.key().toStdString() << " says '"
                    << bad.toStdString() << "'";
            }
        }
        if (doctorResult || r.cls() == C::Doms || r.cls() == C::Fatigue) {
            ASSERT_TRUE(r.tips.isEmpty()) << r.severity.key().toStdString();
        }
        // "Not enough information" only when something is missing; the cautious default otherwise.
        if (r.ruleIds().contains(u"SR-27"_s)) {
            ASSERT_FALSE(r.missing.isEmpty());
        }
        if (r.ruleIds().contains(u"SR-53"_s)) {
            ASSERT_TRUE(r.missing.isEmpty());
        }
    }
    EXPECT_GT(seeDoctor, 1000);
}

TEST(CheckinQuestions, EachRegionAsksWhatBelongsToIt)
{
    // Arm questions for the neck, shoulders and arms; joint questions for joints; the headache
    // and chest questions where they belong; every sign and flag is asked somewhere.
    for (Region r : {Region::Neck, Region::Shoulders, Region::Arms, Region::Elbows, Region::Forearms})
        EXPECT_TRUE(checkinQuestions(r).signs.contains(Sign::ArmNerve)) << toKey(r).toStdString();
    for (Region r : {Region::Quads, Region::Hamstrings, Region::Calves, Region::LowerBack, Region::Head})
        EXPECT_FALSE(checkinQuestions(r).signs.contains(Sign::ArmNerve)) << toKey(r).toStdString();
    for (Region r : {Region::Knees, Region::Ankles, Region::Elbows, Region::Shoulders, Region::Hips}) {
        EXPECT_TRUE(checkinQuestions(r).signs.containsAll({Sign::Joint, Sign::Locking}))
            << toKey(r).toStdString();
        EXPECT_TRUE(checkinQuestions(r).redFlags.contains(RedFlag::HotJoint)) << toKey(r).toStdString();
    }
    EXPECT_FALSE(checkinQuestions(Region::Quads).signs.contains(Sign::Locking));
    EXPECT_TRUE(checkinQuestions(Region::Head).redFlags.contains(RedFlag::SuddenHeadache));
    EXPECT_TRUE(checkinQuestions(Region::Neck).redFlags.contains(RedFlag::SuddenHeadache));
    EXPECT_FALSE(checkinQuestions(Region::Quads).redFlags.contains(RedFlag::SuddenHeadache));
    for (Region r : {Region::Chest, Region::UpperBack, Region::Shoulders, Region::Neck})
        EXPECT_TRUE(checkinQuestions(r).redFlags.contains(RedFlag::ChestPain)) << toKey(r).toStdString();
    EXPECT_FALSE(checkinQuestions(Region::Calves).redFlags.contains(RedFlag::ChestPain));
    EXPECT_TRUE(checkinQuestions(Region::LowerBack).redFlags.contains(RedFlag::SaddleNumbness));
    EXPECT_TRUE(checkinQuestions(Region::Groin).signs.contains(Sign::GroinLump));
    Signs anySign;
    RedFlags anyFlag;
    for (Region r : allValues(kRegionKeys)) {
        const CheckinQuestions q = checkinQuestions(r);
        // Whatever the region: a serious accident, the urine, feeling very unwell, a fever.
        EXPECT_TRUE(q.redFlags.containsAll({RedFlag::Accident, RedFlag::DarkUrine, RedFlag::LittleUrine,
                                            RedFlag::VeryUnwell, RedFlag::Fever}))
            << toKey(r).toStdString();
        // Quick for plain DOMS: no region asks more than today's 27 questions.
        if (r != Region::Other) {
            EXPECT_LE(q.signs.size() + q.redFlags.size(), 27) << toKey(r).toStdString();
        }
        anySign = anySign | q.signs;
        anyFlag = anyFlag | q.redFlags;
    }
    EXPECT_EQ(anySign.size(), static_cast<int>(kSignKeys.size()));
    EXPECT_EQ(anyFlag.size(), static_cast<int>(kRedFlagKeys.size()));
    EXPECT_EQ(checkinQuestions(std::nullopt).redFlags.size(), static_cast<int>(kRedFlagKeys.size()));
}

} // namespace
} // namespace spotter::test
