// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/builtincatalogue.h"
#include "model/enums.h"
#include "model/exercise.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace spotter;
using namespace Qt::StringLiterals;

namespace {

template <typename E, std::size_t N>
void expectRoundTrip(const KeyTable<E, N> &table)
{
    QSet<QString> seen;
    for (E v : allValues(table)) {
        const QString key = toKey(v);
        EXPECT_FALSE(key.isEmpty());
        EXPECT_FALSE(seen.contains(key)) << key.toStdString();
        seen.insert(key);
        EXPECT_EQ(fromKey(table, key), v) << key.toStdString();
        EXPECT_EQ(fromKey(table, key.toUpper()), v) << "keys are case-insensitive";
        EXPECT_FALSE(displayName(v).isEmpty()) << key.toStdString();
    }
    EXPECT_EQ(fromKey(table, u"no-such-key"), std::nullopt);
}

} // namespace

TEST(Enums, EveryKeyRoundTripsAndHasADisplayName)
{
    expectRoundTrip(kWeightUnitKeys);
    expectRoundTrip(kSetKindKeys);
    expectRoundTrip(kExerciseKindKeys);
    expectRoundTrip(kRegionKeys);
    expectRoundTrip(kSideKeys);
    expectRoundTrip(kCharacterKeys);
    expectRoundTrip(kTrendKeys);
    expectRoundTrip(kSignKeys);
    expectRoundTrip(kRedFlagKeys);
    expectRoundTrip(kSourceKindKeys);
}

TEST(Enums, KeysMatchTheCommandLineContract)
{
    // These spellings are part of the CLI and CSV contract (issues 2 and 3); they never change.
    // Issue 11 appended keys (whole-body-triage §3); the earlier ones keep their spelling.
    EXPECT_EQ(allKeys(kRegionKeys).join(u' '),
              QStringLiteral("lower-back upper-back mid-back neck glutes hamstrings quads calves hips "
                             "knees shoulders elbows wrists chest arms core head forearms hands groin shins "
                             "ankles feet other"));
    EXPECT_EQ(allKeys(kSignKeys).join(u' '),
              QStringLiteral("pinpoint spine joint at-rest swelling bruising pop daily-activities arm-nerve "
                             "cannot-use deformity locking tense knock groin-lump bend-back"));
    EXPECT_EQ(allKeys(kRedFlagKeys).join(u' '),
              QStringLiteral("saddle-numbness bladder-bowel sexual-dysfunction both-legs "
                             "severe-leg-weakness accident chest-pain dark-urine fever weight-loss "
                             "back-lump night-pain sleep-disrupted cough-sneeze upper-back-spinal "
                             "leg-weakness walking-change balance one-leg-nerve sudden-headache tearing-pain "
                             "clumsy-hands hot-joint pale-cold-limb little-urine very-unwell"));
    EXPECT_EQ(allKeys(kCharacterKeys).join(u' '),
              QStringLiteral("dull ache tight stiff sharp stabbing shooting burning"));
    EXPECT_EQ(allKeys(kSetKindKeys).join(u' '), QStringLiteral("warmup working amrap drop failure"));
}

TEST(EnumSet, InsertRemoveAndKeys)
{
    Signs s{Sign::Pinpoint, Sign::Pop};
    EXPECT_TRUE(s.contains(Sign::Pinpoint));
    EXPECT_FALSE(s.contains(Sign::Joint));
    EXPECT_EQ(s.size(), 2);
    s.remove(Sign::Pop);
    s.insert(Sign::AtRest);
    EXPECT_EQ(keysOf(kSignKeys, s), QStringLiteral("pinpoint at-rest"));
    EXPECT_EQ(setFromKeys(kSignKeys, u"pinpoint, at-rest"), s);
    QString unknown;
    EXPECT_EQ(setFromKeys(kSignKeys, u"pinpoint wobbly", &unknown), std::nullopt);
    EXPECT_EQ(unknown, QStringLiteral("wobbly"));
    EXPECT_EQ(setFromKeys(kSignKeys, u""), Signs());
    EXPECT_TRUE((s | Sign::Joint).containsAll(s));
}

// nameKey() has an ASCII fast path; it must give what simplified() and toCaseFolded() give.
TEST(NameKey, FoldsCaseAndCollapsesSpacesLikeQt)
{
    const auto reference = [](const QString &name) { return name.simplified().toCaseFolded(); };
    for (const QString &name :
         {u"Bench Press (Barbell)"_s, u"  Back   SQUAT "_s, u"\tPull\r\nUp\v\f"_s, u""_s, u"   "_s, u"A"_s,
          u"x\u001Fy"_s, u"Stra\u00DFe"_s, u"\u00C9l\u00E9vation  lat\u00E9rale"_s, u"Squat\u00A0(Barbell)"_s,
          u"\u65E5\u671F"_s, u"K\u212A"_s, u"@[`{~"_s}) {
        EXPECT_EQ(nameKey(name), reference(name)) << name.toStdString();
    }
    for (char16_t c = 0; c < 0x80; ++c) {
        const QString name = u"a"_s + QChar(c) + u"B"_s;
        EXPECT_EQ(nameKey(name), reference(name)) << int(c);
    }
}

TEST(BuiltinCatalogue, NamesAndAliasesAreUniqueAndIncludeTheAlternatives)
{
    QSet<QString> keys;
    for (const Exercise &e : builtinCatalogue()) {
        for (const QString &name : QStringList{e.name} + e.aliases) {
            const QString key = nameKey(name);
            EXPECT_FALSE(keys.contains(key)) << name.toStdString();
            keys.insert(key);
        }
    }
    for (const QString &name : lowerBackAlternatives())
        EXPECT_TRUE(keys.contains(nameKey(name))) << name.toStdString();
    for (const char *imported : {"Deadlift (Barbell)", "Trap Bar Deadlift", "Squat (Barbell)",
                                 "Bench Press (Barbell)", "Glute Bridge", "Bird Dog", "Mini Hip Hinge"})
        EXPECT_TRUE(keys.contains(nameKey(QString::fromUtf8(imported)))) << imported;
}

TEST(BuiltinCatalogue, KnowsTheShortAndPluralNamesLiftersType)
{
    const auto nameOf = [](QStringView typed) {
        const auto e = findBuiltinExercise(typed);
        return e ? e->name : QString();
    };
    EXPECT_EQ(nameOf(u"Bench"), u"Bench Press"_s);
    EXPECT_EQ(nameOf(u"DL"), u"Deadlift"_s);
    EXPECT_EQ(nameOf(u"RDL"), u"Romanian Deadlift"_s);
    for (const char16_t *pullUps : {u"Pullups", u"Pull ups", u"Pull-Ups", u"pull-up"})
        EXPECT_EQ(nameOf(pullUps), u"Pull Up"_s) << QString::fromUtf16(pullUps).toStdString();
    EXPECT_EQ(nameOf(u"Chin-ups"), u"Chin Up"_s);
    EXPECT_EQ(nameOf(u"Pushups"), u"Push Up"_s);
}
