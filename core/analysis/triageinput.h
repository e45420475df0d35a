// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/enumset.h"

#include <QString>

#include <optional>

namespace spotter {

/// History facts that change the triage (SR-06, SR-07, SR-22, SR-23, SR-38 to SR-40, SR-47).
/// The store derives them for a saved report; the command line and the GUI may also set them
/// directly.
enum class HistoryFlag {
    FirstTimeLift,
    PriorInjury,
    SteroidsOrOsteoporosis,
    Cancer,
    AfterTesting,
    AfterLoadJump,
    Immunosuppressed ///< or a recent infection, or injects drugs: spinal or joint infection risk
};
inline constexpr KeyTable<HistoryFlag, 7> kHistoryFlagKeys{
    {u"first-time-lift", u"prior-injury", u"steroids-or-osteoporosis", u"cancer", u"after-testing",
     u"after-load-jump", u"immunosuppressed"}};
using HistoryFlags = EnumSet<HistoryFlag>;

QString toKey(HistoryFlag v);
QString displayName(HistoryFlag v);

/// Everything the soreness triage looks at. Every field but the sets may be unknown; an unknown
/// value never makes the result milder: the benign classes (fatigue, DOMS) need their inputs to
/// be known, and rules that escalate because something is *not* reassuring treat an unknown as
/// not reassuring (an unknown trend is "not improving", an unknown character is "not clearly
/// DOMS").
struct TriageInput
{
    std::optional<Region> region; ///< unknown: could be the back
    /// Hours after the attributed session ended when it was first noticed; 0 = during or right after.
    std::optional<double> onsetHours;
    /// Hours from onset until it resolved, or until now while still present.
    std::optional<double> durationHours;
    bool resolved = false;
    std::optional<int> intensity; ///< worst, 0–10
    std::optional<Character> character;
    std::optional<Trend> trend;
    Side side = Side::Both;
    Signs signs;
    RedFlags redFlags;

    std::optional<int> weeksOnLift;           ///< weeks the lift behind the session has been trained
    std::optional<int> layoffWeeks;           ///< whole weeks without it before that session
    std::optional<int> weeksSoreEverySession; ///< consecutive weeks sore here after every session of it
    std::optional<int> age;
    HistoryFlags history;
    /// Whether the lift behind it works both sides at once; unknown is read as two-sided. False
    /// when the lifter says the lift was one-sided (`--one-sided`).
    std::optional<bool> bilateralLift;
    /// The lift behind it by its catalogue name ("Romanian Deadlift"); empty when unknown. Only
    /// advice and tips use it: it names what to leave out while the area settles.
    QString lift;

    bool operator==(const TriageInput &) const = default;
};

} // namespace spotter
