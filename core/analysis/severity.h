// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enumset.h"

#include <QString>

#include <compare>
#include <optional>

namespace spotter {

/// Soreness classes of the rules reference §5.1, from least to most severe.
enum class SorenessClass { Fatigue, Doms, Watch, Warning, SeeDoctor };
inline constexpr KeyTable<SorenessClass, 5> kSorenessClassKeys{
    {u"fatigue", u"doms", u"watch", u"warning", u"see-doctor"}};

/// How soon a see-doctor result needs care (NHS tiers, worded for a worldwide product).
enum class Urgency { Soon, Urgent, Emergency };
inline constexpr KeyTable<Urgency, 3> kUrgencyKeys{{u"soon", u"urgent", u"emergency"}};

QString toKey(SorenessClass v);
QString toKey(Urgency v);
/// "DOMS", "See a doctor", ... for people.
QString displayName(SorenessClass v);
QString displayName(Urgency v);
/// What to do, in plain words: "Call your local emergency number now", ...
QString urgencyInstruction(Urgency v);

/// A class with its urgency, totally ordered:
/// fatigue < doms < watch < warning < see-doctor/soon < see-doctor/urgent < see-doctor/emergency.
struct Severity
{
    SorenessClass cls = SorenessClass::Watch;
    std::optional<Urgency> urgency; ///< only on SeeDoctor

    [[nodiscard]] constexpr int rank() const
    {
        if (cls != SorenessClass::SeeDoctor)
            return static_cast<int>(cls);
        return static_cast<int>(SorenessClass::SeeDoctor) + static_cast<int>(urgency.value_or(Urgency::Soon));
    }
    constexpr bool operator==(const Severity &o) const { return rank() == o.rank(); }
    constexpr std::strong_ordering operator<=>(const Severity &o) const { return rank() <=> o.rank(); }

    /// "see-doctor/urgent", "doms": a compact stable form for logs and CSV.
    [[nodiscard]] QString key() const;
    /// "See a doctor (urgent)" for people.
    [[nodiscard]] QString displayName() const;
    /// A word that fits a table cell and never needs to break: "Emergency", "Today" and "Soon"
    /// for the three urgencies of "see a doctor", the class name otherwise.
    [[nodiscard]] QString shortName() const;
};

} // namespace spotter
