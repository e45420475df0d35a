// SPDX-License-Identifier: GPL-3.0-or-later
// After the rules change, stored reports are triaged again once and the user is told how many
// (issue 11 item 6); new or edited reports are assessed without a notice.
#include "analysis/ruletable.h"
#include "model/session.h"
#include "services/reassessment.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/query.h"
#include "store/sorenessrepository.h"
#include "testutil.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

using namespace Qt::StringLiterals;

/// A version-2 file with three reports of an athlete on long-term steroids, as the first rule set
/// left them: nothing stored about their class.
QString versionTwoFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"v2.sqlite"_s);
    const std::vector<Migration> v2{migrations()[0], migrations()[1]};
    Database::Options oldProgram;
    oldProgram.migrations = &v2;
    const Database db(path, oldProgram);
    Query::run(db.connection(), u"INSERT INTO athlete (id, name, name_key, unit, steroids_or_osteoporosis) "
                                u"VALUES (1, 'Ann', 'ann', 'kg', 1)"_s);
    Query::run(db.connection(),
               u"INSERT INTO session (id, athlete_id, start_utc) VALUES (1, 1, 1767000000)"_s);
    // 1: lower-back DOMS, 24 h after: DOMS under the first rules, a possible fragility fracture
    //    (SR-34) under the new ones. 2: chest pain: an emergency under both. 3: a stiff quad with
    //    no session: not enough information.
    Query::run(db.connection(),
               u"INSERT INTO soreness (id, athlete_id, session_id, region, side, noticed_utc, resolved_utc, "
               u"resolved_offset_s, intensity, character, trend, signs, red_flags) VALUES "
               u"(1, 1, 1, 'lower-back', 'both', 1767086400, 1767200000, 0, 4, 'ache', 'improving', '', ''), "
               u"(2, 1, 1, 'chest', 'both', 1767003600, 1767010000, 0, 6, 'tight', NULL, '', 'chest-pain'), "
               u"(3, 1, NULL, 'quads', 'both', 1767090000, NULL, NULL, 3, 'stiff', 'stable', '', '')"_s);
    return path;
}

TEST(Reassessment, MigratedReportsAreAssessedAgainOnceAndCounted)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Database db(versionTwoFile(dir));
    ASSERT_EQ(db.originalVersion(), 2);
    const QDateTime now = dateTimeWithOffset(1'767'300'000, 3600);

    const ReassessmentSummary first = assessStoredReports(db, now);
    EXPECT_EQ(first.reassessed, 3);
    EXPECT_EQ(first.assessed, 0);
    EXPECT_EQ(first.changed, 0); // the first rules never stored a class to compare with
    EXPECT_EQ(first.seeDoctor, 2);
    EXPECT_EQ(reassessmentNotice(first),
              u"3 past soreness reports were re-assessed with the new rules. Of them, 2 now suggest seeing a "
              u"doctor."_s);

    const SorenessRepository soreness(db);
    EXPECT_EQ(soreness.assessment(1)->key(), u"see-doctor/urgent"_s);
    EXPECT_TRUE(soreness.assessment(1)->rules.contains(u"SR-34"_s));
    EXPECT_EQ(soreness.assessment(2)->key(), u"see-doctor/emergency"_s);
    EXPECT_EQ(soreness.assessment(3)->key(), u"watch"_s);
    for (qint64 id : {1, 2, 3}) {
        EXPECT_EQ(soreness.assessment(id)->rulesVersion, RuleTable::version());
        EXPECT_EQ(soreness.assessment(id)->assessedAt, now);
    }

    // Once: the next opening finds nothing to do and says nothing.
    const ReassessmentSummary second = assessStoredReports(db, now.addSecs(60));
    EXPECT_EQ(second.reassessed + second.assessed, 0);
    EXPECT_TRUE(reassessmentNotice(second).isEmpty());
}

TEST(Reassessment, ANewRuleSetCountsTheReportsWhoseClassChanged)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Database db(versionTwoFile(dir));
    const QDateTime now = dateTimeWithOffset(1'767'300'000, 3600);
    (void)assessStoredReports(db, now);
    // As if these had been stored by an older rule set: one said DOMS, one the same emergency.
    Query::run(db.connection(), u"UPDATE soreness SET rules_version = 1, assessed_class = 'doms', "
                                u"assessed_urgency = NULL WHERE id = 1"_s);
    Query::run(db.connection(), u"UPDATE soreness SET rules_version = 1 WHERE id = 2"_s);
    const ReassessmentSummary s = assessStoredReports(db, now);
    EXPECT_EQ(s.reassessed, 2);
    EXPECT_EQ(s.changed, 1);
    EXPECT_EQ(s.seeDoctor, 2);
    EXPECT_EQ(reassessmentNotice(s),
              u"2 past soreness reports were re-assessed with the new rules. Of them, 1 "
              u"changed class. Of them, 2 now suggest seeing a doctor."_s);
}

TEST(Reassessment, NewAndEditedReportsAreAssessedWithoutANotice)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Database db(dir.filePath(u"new.sqlite"_s));
    Athlete ann;
    ann.name = u"Ann"_s;
    AthleteRepository(db).add(ann);
    SorenessReport r;
    r.athleteId = ann.id;
    r.region = Region::Quads;
    r.noticedAt = dateTimeWithOffset(1'767'000'000, 0);
    r.intensity = 3;
    r.character = Character::Ache;
    SorenessRepository soreness(db);
    soreness.add(r);
    const ReassessmentSummary s = assessStoredReports(db, dateTimeWithOffset(1'767'100'000, 0));
    EXPECT_EQ(s.assessed, 1);
    EXPECT_EQ(s.reassessed, 0);
    EXPECT_TRUE(reassessmentNotice(s).isEmpty());
    ASSERT_TRUE(soreness.assessment(r.id).has_value());
    r.intensity = 9;
    soreness.update(r);
    EXPECT_FALSE(soreness.assessment(r.id).has_value());
    EXPECT_EQ(assessStoredReports(db, dateTimeWithOffset(1'767'100'000, 0)).assessed, 1);
    EXPECT_EQ(soreness.assessment(r.id)->key(), u"see-doctor/soon"_s);
    EXPECT_EQ(reassessmentNotice({1, 0, 0, 0}),
              u"1 past soreness report was re-assessed with the new rules."_s);
    EXPECT_EQ(reassessmentNotice({1, 0, 1, 0}),
              u"1 past soreness report was re-assessed with the new rules. Of them, 1 now suggests "
              u"seeing a doctor."_s);
}

} // namespace
} // namespace spotter::test
