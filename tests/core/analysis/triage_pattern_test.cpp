// SPDX-License-Identifier: GPL-3.0-or-later
// SR-17 to SR-27 and TP-02 at and around their thresholds (rules reference §5.2); the class order.
#include "analysis/triage.h"
#include "testutil.h"
#include "triagetestutil.h"

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

using namespace Qt::StringLiterals;

using C = SorenessClass;

TriageResult run(const TriageInput &in)
{
    return triage(in);
}

bool matched(const TriageInput &in, const char *rule)
{
    return run(in).ruleIds().contains(QLatin1String(rule));
}

TEST(Triage, Sr17RecurringAfterEverySession)
{
    TriageInput in = domsInput();
    in.weeksSoreEverySession = 3;
    EXPECT_EQ(run(in).severity, sev(C::Doms));
    in.weeksSoreEverySession = 4;
    EXPECT_TRUE(matched(in, "SR-17"));
    EXPECT_EQ(run(in).severity, sev(C::Warning));
    EXPECT_TRUE(run(in).advice().first().contains(u"4 weeks"));
}

TEST(Triage, Sr19LowerBackAfterAMonth)
{
    TriageInput in = domsInput();
    in.region = Region::LowerBack;
    in.weeksOnLift = 4;
    in.layoffWeeks = 1;
    EXPECT_TRUE(matched(in, "SR-19"));
    EXPECT_EQ(run(in).severity, sev(C::Watch));
    EXPECT_EQ(run(in).tips.size(), 1); // TP-02
    in.weeksOnLift = 3;
    EXPECT_FALSE(matched(in, "SR-19"));
    EXPECT_EQ(run(in).severity, sev(C::Doms));
    EXPECT_TRUE(run(in).tips.isEmpty());
    in.weeksOnLift = 4;
    in.layoffWeeks = 2;
    EXPECT_FALSE(matched(in, "SR-19"));
    in.region = Region::UpperBack;
    in.layoffWeeks = 0;
    EXPECT_FALSE(matched(in, "SR-19")); // upper-back soreness is normal (SEED-2)
}

TEST(Triage, Sr20StrongDoms)
{
    TriageInput in = domsInput();
    for (int i : {7, 8}) {
        in.intensity = i;
        EXPECT_TRUE(matched(in, "SR-20"));
        EXPECT_EQ(run(in).severity, sev(C::Watch));
    }
    in.intensity = 6;
    EXPECT_FALSE(matched(in, "SR-20"));
    EXPECT_EQ(run(in).severity, sev(C::Doms));
    in.intensity = 9;
    EXPECT_FALSE(matched(in, "SR-20"));
    EXPECT_EQ(run(in).severity, doctor(Urgency::Soon));
}

TEST(Triage, Sr21OneSidedAfterTwoSidedLift)
{
    TriageInput in = domsInput();
    in.side = Side::Right;
    EXPECT_TRUE(matched(in, "SR-21"));
    EXPECT_EQ(run(in).severity, sev(C::Watch));
    in.bilateralLift.reset(); // unknown lift: read as two-sided
    EXPECT_TRUE(matched(in, "SR-21"));
    in.bilateralLift = false; // after a split squat one side is expected
    EXPECT_FALSE(matched(in, "SR-21"));
    EXPECT_EQ(run(in).severity, sev(C::Doms));
}

TEST(Triage, Sr22PriorInjuryLowerBack)
{
    TriageInput in = domsInput();
    in.history.insert(HistoryFlag::PriorInjury);
    EXPECT_FALSE(matched(in, "SR-22"));
    in.region = Region::LowerBack;
    EXPECT_TRUE(matched(in, "SR-22"));
    EXPECT_EQ(run(in).severity, sev(C::Watch));
}

TEST(Triage, Sr23AfterTestingOrLoadJump)
{
    for (HistoryFlag h : {HistoryFlag::AfterTesting, HistoryFlag::AfterLoadJump}) {
        TriageInput in = domsInput();
        in.history.insert(h);
        EXPECT_TRUE(matched(in, "SR-23"));
        EXPECT_EQ(run(in).severity, sev(C::Watch));
    }
    TriageInput in = domsInput();
    in.history.insert(HistoryFlag::FirstTimeLift); // normal the first time (SEED-1)
    EXPECT_EQ(run(in).severity, sev(C::Doms));
}

TEST(Triage, Sr24DomsWindowAndLimits)
{
    TriageInput in = domsInput();
    for (double onset : {6.0, 48.0}) {
        in.onsetHours = onset;
        in.durationHours = 10;
        EXPECT_EQ(run(in).severity, sev(C::Doms)) << onset;
    }
    // Outside the window: earlier is early DOMS (SR-51), later the cautious default (SR-53).
    in.onsetHours = 5.9;
    EXPECT_FALSE(matched(in, "SR-24"));
    EXPECT_EQ(run(in).ruleIds(), QStringList{u"SR-51"_s});
    EXPECT_EQ(run(in).severity, sev(C::Doms));
    in.onsetHours = 48.1;
    EXPECT_FALSE(matched(in, "SR-24"));
    EXPECT_EQ(run(in).ruleIds(), QStringList{u"SR-53"_s});
    EXPECT_EQ(run(in).severity, sev(C::Watch));
    in = domsInput();
    in.intensity = 6;
    EXPECT_TRUE(matched(in, "SR-24"));
    in.intensity = 7;
    EXPECT_FALSE(matched(in, "SR-24"));
    in = domsInput();
    in.trend.reset();
    in.durationHours = 48; // 72 h after the session: no trend needed yet
    EXPECT_TRUE(matched(in, "SR-24"));
    in.durationHours = 49;
    EXPECT_FALSE(matched(in, "SR-24"));
    in.resolved = true; // gone counts as improved
    EXPECT_TRUE(matched(in, "SR-24"));
    for (Character c : {Character::Dull, Character::Tight, Character::Stiff}) {
        in = domsInput();
        in.character = c;
        EXPECT_TRUE(matched(in, "SR-24"));
    }
}

TEST(Triage, Sr25LateOnset)
{
    TriageInput in = domsInput();
    in.onsetHours = 72;
    EXPECT_FALSE(matched(in, "SR-25"));
    in.onsetHours = 73;
    EXPECT_TRUE(matched(in, "SR-25"));
    EXPECT_EQ(run(in).severity, sev(C::Watch));
}

TEST(Triage, Sr26AcuteFatigue)
{
    TriageInput in;
    in.region = Region::Quads;
    in.onsetHours = 0;
    in.durationHours = 6;
    in.resolved = true;
    in.intensity = 4;
    in.character = Character::Tight;
    EXPECT_EQ(run(in).severity, sev(C::Fatigue));
    EXPECT_EQ(run(in).ruleIds(), QStringList{u"SR-26"_s});
    in.onsetHours = 1;
    EXPECT_EQ(run(in).severity, sev(C::Fatigue));
    // Just past the fatigue limits it is soreness that began early (SR-51), not "no answer".
    in.onsetHours = 1.5;
    EXPECT_EQ(run(in).ruleIds(), QStringList{u"SR-51"_s});
    in.onsetHours = 0;
    in.durationHours = 6.5;
    EXPECT_EQ(run(in).ruleIds(), QStringList{u"SR-51"_s});
    in.durationHours = 2;
    in.intensity = 5;
    EXPECT_EQ(run(in).ruleIds(), QStringList{u"SR-51"_s});
    in.intensity = 4;
    in.resolved = false; // still there, but only for 2 h so far: fatigue until it outlasts it
    EXPECT_EQ(run(in).severity, sev(C::Fatigue));
    in.durationHours = 6.5;
    EXPECT_EQ(run(in).ruleIds(), QStringList{u"SR-51"_s});
}

TEST(Triage, Sr26TheBurnOfASetIsFatigueAndANerveBurnIsNot)
{
    TriageInput in;
    in.region = Region::Forearms;
    in.onsetHours = 0;
    in.durationHours = 0.1;
    in.resolved = true;
    in.intensity = 8; // the burn in the moment can be strong
    in.character = Character::Burning;
    EXPECT_EQ(run(in).ruleIds(), QStringList{u"SR-26"_s});
    EXPECT_EQ(run(in).severity, sev(C::Fatigue));
    in.resolved = false; // still burning after the set: not the burn, and 8/10 is severe
    EXPECT_EQ(run(in).severity, doctor(Urgency::Soon));
    EXPECT_TRUE(matched(in, "SR-50"));
    in.intensity = 5;
    EXPECT_EQ(run(in).ruleIds(), QStringList{u"SR-50"_s});
    EXPECT_EQ(run(in).severity, sev(C::Warning));
    in.resolved = true;
    in.onsetHours = 20; // a burning pain the next day
    EXPECT_TRUE(matched(in, "SR-50"));
    EXPECT_GE(run(in).severity, sev(C::Warning));
    in.onsetHours = 0;
    in.signs.insert(Sign::ArmNerve); // a burning feeling down the arm is a nerve sign
    EXPECT_EQ(run(in).severity, doctor(Urgency::Soon));
}

TEST(Triage, Tp02OnlyForLowerBackWatchOrWarning)
{
    TriageInput in = domsInput();
    in.region = Region::LowerBack;
    in.signs.insert(Sign::Pinpoint);
    EXPECT_EQ(run(in).tips.size(), 1);
    EXPECT_EQ(run(in).tips.first().id, u"TP-02"_s);
    in.redFlags.insert(RedFlag::Fever);
    EXPECT_TRUE(run(in).tips.isEmpty());
}

TEST(Severity, OrderAndKeys)
{
    EXPECT_LT(sev(C::Fatigue), sev(C::Doms));
    EXPECT_LT(sev(C::Doms), sev(C::Watch));
    EXPECT_LT(sev(C::Watch), sev(C::Warning));
    EXPECT_LT(sev(C::Warning), doctor(Urgency::Soon));
    EXPECT_LT(doctor(Urgency::Soon), doctor(Urgency::Urgent));
    EXPECT_LT(doctor(Urgency::Urgent), doctor(Urgency::Emergency));
    EXPECT_EQ(allKeys(kSorenessClassKeys),
              (QStringList{u"fatigue"_s, u"doms"_s, u"watch"_s, u"warning"_s, u"see-doctor"_s}));
    EXPECT_EQ(allKeys(kUrgencyKeys), (QStringList{u"soon"_s, u"urgent"_s, u"emergency"_s}));
    EXPECT_EQ(doctor(Urgency::Urgent).key(), u"see-doctor/urgent"_s);
    EXPECT_EQ(urgencyInstruction(Urgency::Emergency), u"Call your local emergency number now"_s);
    EXPECT_EQ(urgencyInstruction(Urgency::Urgent), u"See a doctor today"_s);
    EXPECT_EQ(urgencyInstruction(Urgency::Soon), u"Book a doctor or physio"_s);
}

} // namespace
} // namespace spotter::test
