// SPDX-License-Identifier: GPL-3.0-or-later
// SR-01 to SR-16 and the shape of a result, at and around the thresholds (rules reference §5.2).
#include "analysis/ruletable.h"
#include "analysis/triage.h"
#include "testutil.h"
#include "triagetestutil.h"

#include <gtest/gtest.h>

#include <ostream>

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

TEST(Triage, TextbookDomsIsDoms)
{
    const TriageResult r = run(domsInput());
    EXPECT_EQ(r.severity, sev(C::Doms));
    EXPECT_EQ(r.ruleIds(), QStringList{QStringLiteral("SR-24")});
    EXPECT_EQ(r.advice().size(), 1);
    EXPECT_TRUE(r.advice().first().contains(u"DOMS"));
}

TEST(Triage, NothingKnownIsWatchBySr27)
{
    const TriageResult r = run(TriageInput{});
    EXPECT_EQ(r.severity, sev(C::Watch));
    EXPECT_EQ(r.ruleIds(), QStringList{QStringLiteral("SR-27")});
    EXPECT_FALSE(r.urgency().has_value());
}

TEST(Triage, Sr27OnlyWhenAnAnswerIsMissingAndSr53Otherwise)
{
    TriageInput in = domsInput();
    in.onsetHours = 60; // after the DOMS window, before SR-25's: no rule fits
    EXPECT_EQ(run(in).ruleIds(), QStringList{QStringLiteral("SR-53")});
    EXPECT_TRUE(run(in).missing.isEmpty());
    EXPECT_FALSE(run(in).advice().first().contains(u"Not enough information"));
    in.intensity.reset();
    const TriageResult missing = run(in);
    EXPECT_EQ(missing.ruleIds(), QStringList{QStringLiteral("SR-27")});
    EXPECT_EQ(missing.missing, QStringList{QStringLiteral("how bad it is (0–10)")});
    EXPECT_TRUE(missing.advice().first().contains(u"Not enough information"));
    EXPECT_TRUE(missing.advice().first().contains(u"how bad it is")); // it names what is missing
    in.history.insert(HistoryFlag::AfterTesting);
    EXPECT_EQ(run(in).ruleIds(), QStringList{QStringLiteral("SR-23")});
}

struct FlagCase
{
    RedFlag flag;
    const char *rule;
    Urgency urgency;
};

// Names the case in test output ("dark-urine SR-04") instead of dumping its bytes, which hold a
// pointer and so change from run to run.
void PrintTo(const FlagCase &c, std::ostream *out)
{
    *out << toKey(c.flag).toStdString() << ' ' << c.rule;
}

class RedFlagAlone : public ::testing::TestWithParam<FlagCase>
{
};

TEST_P(RedFlagAlone, GivesSeeDoctorWithItsUrgency)
{
    const FlagCase c = GetParam();
    TriageInput alone;
    alone.redFlags.insert(c.flag);
    TriageResult r = run(alone);
    EXPECT_EQ(r.severity, doctor(c.urgency)) << toKey(c.flag).toStdString();
    EXPECT_EQ(r.ruleIds().first(), QLatin1String(c.rule));

    // The same flag on an otherwise textbook DOMS report, and on a knee report.
    TriageInput doms = domsInput();
    doms.redFlags.insert(c.flag);
    r = run(doms);
    EXPECT_EQ(r.severity, doctor(c.urgency));
    EXPECT_FALSE(r.ruleIds().contains(u"SR-24"));
    doms.region = Region::Knees;
    EXPECT_EQ(run(doms).severity, doctor(c.urgency));
}

INSTANTIATE_TEST_SUITE_P(EveryFlag, RedFlagAlone,
                         ::testing::Values(FlagCase{RedFlag::SaddleNumbness, "SR-01", Urgency::Emergency},
                                           FlagCase{RedFlag::BladderBowel, "SR-01", Urgency::Emergency},
                                           FlagCase{RedFlag::SexualDysfunction, "SR-01", Urgency::Emergency},
                                           FlagCase{RedFlag::BothLegs, "SR-02", Urgency::Emergency},
                                           FlagCase{RedFlag::SevereLegWeakness, "SR-02", Urgency::Emergency},
                                           FlagCase{RedFlag::Accident, "SR-03", Urgency::Emergency},
                                           FlagCase{RedFlag::ChestPain, "SR-29", Urgency::Emergency},
                                           FlagCase{RedFlag::DarkUrine, "SR-04", Urgency::Emergency},
                                           FlagCase{RedFlag::Fever, "SR-05", Urgency::Urgent},
                                           FlagCase{RedFlag::WeightLoss, "SR-05", Urgency::Urgent},
                                           FlagCase{RedFlag::BackLump, "SR-05", Urgency::Urgent},
                                           FlagCase{RedFlag::NightPain, "SR-05", Urgency::Urgent},
                                           FlagCase{RedFlag::SleepDisrupted, "SR-05", Urgency::Urgent},
                                           FlagCase{RedFlag::CoughSneeze, "SR-05", Urgency::Urgent},
                                           FlagCase{RedFlag::UpperBackSpinal, "SR-05", Urgency::Urgent},
                                           FlagCase{RedFlag::LegWeakness, "SR-08", Urgency::Urgent},
                                           FlagCase{RedFlag::WalkingChange, "SR-08", Urgency::Urgent},
                                           FlagCase{RedFlag::Balance, "SR-08", Urgency::Urgent},
                                           FlagCase{RedFlag::OneLegNerve, "SR-09", Urgency::Soon},
                                           FlagCase{RedFlag::SuddenHeadache, "SR-28", Urgency::Emergency},
                                           FlagCase{RedFlag::TearingPain, "SR-30", Urgency::Emergency},
                                           FlagCase{RedFlag::ClumsyHands, "SR-32", Urgency::Urgent},
                                           FlagCase{RedFlag::HotJoint, "SR-38", Urgency::Emergency},
                                           FlagCase{RedFlag::PaleColdLimb, "SR-39", Urgency::Emergency},
                                           FlagCase{RedFlag::LittleUrine, "SR-04", Urgency::Emergency},
                                           FlagCase{RedFlag::VeryUnwell, "SR-40", Urgency::Urgent}));

TEST(Triage, EveryRedFlagIsCovered)
{
    // The checklist is built from the engine, so it must name a see-doctor rule for each flag.
    const auto items = TriageResult::redFlagChecklist();
    ASSERT_EQ(items.size(), static_cast<qsizetype>(kRedFlagKeys.size()));
    for (const RedFlagItem &item : items) {
        EXPECT_EQ(RuleTable::rule(item.ruleId).cls, C::SeeDoctor) << item.ruleId.toStdString();
        EXPECT_FALSE(item.question.isEmpty());
    }
    EXPECT_FALSE(TriageResult::note().isEmpty());
    EXPECT_TRUE(TriageResult::checklistHeading().contains(u"emergency number"));
}

TEST(Triage, MostSevereFirstWithAdviceInStep)
{
    TriageInput in = domsInput();
    in.redFlags = {RedFlag::OneLegNerve, RedFlag::Fever, RedFlag::SaddleNumbness};
    in.signs.insert(Sign::Pinpoint);
    in.history.insert(HistoryFlag::AfterTesting);
    const TriageResult r = run(in);
    EXPECT_EQ(r.ruleIds(), (QStringList{u"SR-01"_s, u"SR-05"_s, u"SR-09"_s, u"SR-14"_s, u"SR-23"_s}));
    ASSERT_EQ(r.advice().size(), r.ruleIds().size());
    // One voice: the deciding rule says what to do, the others only what they noticed.
    for (qsizetype i = 0; i < r.matched.size(); ++i)
        EXPECT_EQ(r.advice()[i], shownFor(RuleTable::rule(r.ruleIds()[i]), r.severity));
    EXPECT_TRUE(r.advice()[0].endsWith(RuleTable::advice(u"SR-01")));
    EXPECT_EQ(r.advice()[4], RuleTable::finding(RuleTable::rule(u"SR-23")));
    for (qsizetype i = 1; i < r.matched.size(); ++i)
        EXPECT_GE(r.matched[i - 1].severity, r.matched[i].severity);
}

TEST(Triage, AdviceIsWorldwide)
{
    for (const RuleSpec &rule : RuleTable::all()) {
        const QString advice = RuleTable::advice(rule);
        EXPECT_FALSE(advice.contains(u"999")) << rule.id.toStdString();
        EXPECT_FALSE(advice.contains(u"111")) << rule.id.toStdString();
        EXPECT_FALSE(advice.contains(u"A&E")) << rule.id.toStdString();
        EXPECT_FALSE(advice.contains(u"GP")) << rule.id.toStdString();
        EXPECT_FALSE(advice.contains(u"%1")) << rule.id.toStdString();
    }
    EXPECT_TRUE(RuleTable::advice(u"SR-01").contains(u"local emergency number"));
    EXPECT_TRUE(RuleTable::advice(u"SR-05").contains(u"same-day appointment with a doctor"));
}

TEST(Triage, Sr04Rhabdomyolysis)
{
    TriageInput in = domsInput();
    in.intensity = 9;
    in.signs = {Sign::Swelling, Sign::DailyActivities};
    EXPECT_TRUE(matched(in, "SR-04"));
    EXPECT_EQ(run(in).severity, doctor(Urgency::Emergency));
    in.intensity = 8;
    EXPECT_FALSE(matched(in, "SR-04"));
    EXPECT_EQ(run(in).severity, doctor(Urgency::Urgent)); // swelling from 7/10: SR-40 (W11)
    in.intensity = 6;
    EXPECT_EQ(run(in).severity, doctor(Urgency::Soon)); // daily activities: SR-10a
    in.intensity = 9;
    in.signs = {Sign::Swelling};
    EXPECT_FALSE(matched(in, "SR-04")); // no weakness
    in.redFlags = {RedFlag::LegWeakness};
    EXPECT_TRUE(matched(in, "SR-04"));
}

TEST(Triage, Sr06FractureRiskAgeThreshold)
{
    TriageInput in;
    in.region = Region::LowerBack;
    in.onsetHours = 0.5;
    in.intensity = 7;
    in.age = 51;
    EXPECT_TRUE(matched(in, "SR-06"));
    EXPECT_EQ(run(in).severity, doctor(Urgency::Urgent));
    in.age = 50;
    EXPECT_FALSE(matched(in, "SR-06"));
    in.history.insert(HistoryFlag::SteroidsOrOsteoporosis);
    EXPECT_TRUE(matched(in, "SR-06"));
    in.intensity = 6;
    EXPECT_FALSE(matched(in, "SR-06"));
    in.intensity = 7;
    in.onsetHours = 1;
    EXPECT_TRUE(matched(in, "SR-06"));
    in.onsetHours = 1.5;
    EXPECT_FALSE(matched(in, "SR-06"));
    in.region = Region::Quads;
    in.onsetHours = 30;
    in.intensity = 2;
    in.signs = {Sign::Pinpoint, Sign::Spine};
    EXPECT_TRUE(matched(in, "SR-06")); // tenderness at one point of the spine
    in.signs = {Sign::Pinpoint};
    EXPECT_FALSE(matched(in, "SR-06"));
}

TEST(Triage, Sr07CancerHistoryUnlessClearlyDoms)
{
    TriageInput in = domsInput();
    in.region = Region::LowerBack;
    in.history.insert(HistoryFlag::Cancer);
    EXPECT_FALSE(matched(in, "SR-07"));
    EXPECT_EQ(run(in).severity, sev(C::Doms));
    in.character = Character::Burning;
    EXPECT_TRUE(matched(in, "SR-07"));
    EXPECT_EQ(run(in).severity, doctor(Urgency::Urgent));
    in.region = Region::Quads;
    EXPECT_FALSE(matched(in, "SR-07"));
    in.region.reset(); // unknown region: could be the back
    EXPECT_TRUE(matched(in, "SR-07"));
}

TEST(Triage, Sr10aSevereOrDailyLifeOrWorsening)
{
    TriageInput in = domsInput();
    in.intensity = 9;
    EXPECT_TRUE(matched(in, "SR-10a"));
    EXPECT_EQ(run(in).severity, doctor(Urgency::Soon));
    in.intensity = 8;
    EXPECT_FALSE(matched(in, "SR-10a"));
    in.intensity = 4;
    in.signs.insert(Sign::DailyActivities);
    EXPECT_TRUE(matched(in, "SR-10a"));
    in.signs = {};
    in.trend = Trend::Worsening;
    in.onsetHours = 24;
    in.durationHours = 48; // 72 h after the session: not yet
    EXPECT_FALSE(matched(in, "SR-10a"));
    in.durationHours = 49;
    EXPECT_TRUE(matched(in, "SR-10a"));
    in.resolved = true;
    EXPECT_FALSE(matched(in, "SR-10a"));
}

TEST(Triage, Sr10bStrongPainWithoutDomsPattern)
{
    TriageInput in = domsInput();
    in.intensity = 7;
    EXPECT_FALSE(matched(in, "SR-10b")); // it is the DOMS pattern: SR-20 instead
    EXPECT_EQ(run(in).severity, sev(C::Watch));
    in.onsetHours.reset(); // not clearly DOMS any more
    EXPECT_TRUE(matched(in, "SR-10b"));
    EXPECT_EQ(run(in).severity, doctor(Urgency::Soon));
    in.intensity = 6;
    EXPECT_FALSE(matched(in, "SR-10b"));
    in = domsInput();
    in.intensity = 7;
    in.side = Side::Left; // one-sided after a two-sided lift is not the DOMS pattern
    EXPECT_TRUE(matched(in, "SR-10b"));
}

TEST(Triage, Sr11AndSr18Course)
{
    TriageInput in = domsInput();
    in.durationHours = 168;
    in.trend = Trend::Stable;
    EXPECT_FALSE(matched(in, "SR-11"));
    in.durationHours = 169;
    EXPECT_TRUE(matched(in, "SR-11"));
    EXPECT_EQ(run(in).severity, doctor(Urgency::Soon));
    in.trend.reset(); // unknown trend counts as not improving
    EXPECT_TRUE(matched(in, "SR-11"));
    in.trend = Trend::Improving;
    EXPECT_FALSE(matched(in, "SR-11"));
    EXPECT_TRUE(matched(in, "SR-18"));
    EXPECT_EQ(run(in).severity, sev(C::Warning));
    in.durationHours = 168;
    EXPECT_FALSE(matched(in, "SR-18"));
    EXPECT_EQ(run(in).severity, sev(C::Doms));
    in.onsetHours = 24;
    in.durationHours = 312; // 336 h after the session
    EXPECT_FALSE(matched(in, "SR-11"));
    EXPECT_TRUE(matched(in, "SR-18"));
    in.durationHours = 313;
    EXPECT_TRUE(matched(in, "SR-11"));
    in.resolved = true; // it was there past day 14
    EXPECT_TRUE(matched(in, "SR-11"));
    in.onsetHours = 6;
    in.durationHours = 336;
    EXPECT_TRUE(matched(in, "SR-18"));
    in.durationHours = 337;
    EXPECT_FALSE(matched(in, "SR-18"));
}

TEST(Triage, Sr12To14SharpPinpointDuringTheLift)
{
    TriageInput in = domsInput();
    in.onsetHours = 0;
    in.character = Character::Sharp;
    EXPECT_TRUE(matched(in, "SR-12"));
    EXPECT_TRUE(matched(in, "SR-13"));
    EXPECT_EQ(run(in).severity, sev(C::Warning));
    in.onsetHours = 0.5;
    EXPECT_FALSE(matched(in, "SR-12"));
    EXPECT_TRUE(matched(in, "SR-13"));
    in = domsInput();
    in.signs.insert(Sign::Pop);
    EXPECT_TRUE(matched(in, "SR-12"));
    EXPECT_EQ(run(in).severity, sev(C::Warning));
    for (Character c : {Character::Stabbing, Character::Shooting}) {
        in = domsInput();
        in.character = c;
        EXPECT_TRUE(matched(in, "SR-13"));
    }
    in.character = Character::Burning;
    EXPECT_FALSE(matched(in, "SR-13"));
    for (Sign s : {Sign::Pinpoint, Sign::Spine, Sign::Joint}) {
        in = domsInput();
        in.signs.insert(s);
        EXPECT_TRUE(matched(in, "SR-14"));
        EXPECT_EQ(run(in).severity, sev(C::Warning));
    }
}

TEST(Triage, Sr15AtRestUnlessAtNight)
{
    TriageInput in = domsInput();
    in.signs.insert(Sign::AtRest);
    EXPECT_TRUE(matched(in, "SR-15"));
    EXPECT_EQ(run(in).severity, sev(C::Warning));
    in.redFlags.insert(RedFlag::NightPain);
    EXPECT_FALSE(matched(in, "SR-15"));
    EXPECT_EQ(run(in).severity, doctor(Urgency::Urgent));
}

TEST(Triage, Sr16BruisingOrJointSwelling)
{
    TriageInput in = domsInput();
    in.signs.insert(Sign::Bruising);
    EXPECT_TRUE(matched(in, "SR-16"));
    in.signs = {Sign::Swelling};
    EXPECT_FALSE(matched(in, "SR-16")); // mild swelling of a muscle can be DOMS
    EXPECT_EQ(run(in).severity, sev(C::Watch));
    in.region = Region::Knees;
    EXPECT_TRUE(matched(in, "SR-16"));
    EXPECT_EQ(run(in).severity, sev(C::Warning));
}

} // namespace
} // namespace spotter::test
