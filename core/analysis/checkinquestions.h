// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <optional>

namespace spotter {

/// The signs and red flags the check-in asks about for one region, so that a report stays quick:
/// arm questions for the neck, shoulders and arms, joint questions for joints, the headache and
/// chest questions where they belong. The engine reads every flag whatever the region (a ticked
/// flag always counts), and the result's checklist lists every red flag; this only decides what
/// the form offers to tick.
struct CheckinQuestions
{
    Signs signs;
    RedFlags redFlags;
};

/// What to ask for @p region; every sign and red flag while the region is not chosen yet.
[[nodiscard]] CheckinQuestions checkinQuestions(std::optional<Region> region);

} // namespace spotter
