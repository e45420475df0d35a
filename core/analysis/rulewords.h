// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// Phrases several soreness rules share. Every see-doctor advice says how soon in words; the
// rule-table test checks it (RuleAdvice.*).
namespace spotter::rulewords {

inline constexpr const char *kEmergencyCes = QT_TRANSLATE_NOOP(
    "spotter::Rules",
    "Call your local emergency number or go to an emergency department now. These can be signs of "
    "cauda equina syndrome, which needs same-day treatment.");
inline constexpr const char *kSameDay = QT_TRANSLATE_NOOP(
    "spotter::Rules",
    "Get a same-day appointment with a doctor today (urgent care if your own doctor cannot see you today).");
inline constexpr const char *kBookSoon =
    QT_TRANSLATE_NOOP("spotter::Rules", "Book a doctor or physio within a few days.");
inline constexpr const char *kSevereEscalation = QT_TRANSLATE_NOOP(
    "spotter::Rules",
    "Get a same-day appointment if it keeps getting worse or you cannot use the area; call your local "
    "emergency number if any of the red flags below appears.");
inline constexpr const char *kStopExercise = QT_TRANSLATE_NOOP(
    "spotter::Rules",
    "Stop that exercise today and do not push through; train around the area. If it is not clearly better "
    "in %1 h, or it gets worse, see a physio or doctor.");
/// The safety net every benign answer carries (whole-body-triage §2).
inline constexpr const char *kSafetyNet = QT_TRANSLATE_NOOP(
    "spotter::Rules",
    "If it is not easing by day 3, if it gets worse, or if your urine turns dark, check again.");

} // namespace spotter::rulewords
