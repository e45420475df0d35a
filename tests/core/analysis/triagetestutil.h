// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/triage.h"

#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <ostream>

namespace spotter::test {

/// A complete, textbook DOMS report: quads, noticed 24 h after, 30 h ago, 4/10, aching,
/// improving, both sides after a two-sided lift. triage() gives DOMS (SR-24).
inline TriageInput domsInput()
{
    TriageInput in;
    in.region = Region::Quads;
    in.onsetHours = 24;
    in.durationHours = 30;
    in.intensity = 4;
    in.character = Character::Ache;
    in.trend = Trend::Improving;
    in.side = Side::Both;
    in.bilateralLift = true;
    return in;
}

inline Severity sev(SorenessClass c)
{
    return {c, std::nullopt};
}

inline Severity doctor(Urgency u)
{
    return {SorenessClass::SeeDoctor, u};
}

} // namespace spotter::test

namespace spotter {
inline void PrintTo(const Severity &s, std::ostream *os)
{
    *os << s.key().toStdString();
}
} // namespace spotter
