// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/intensity.h"
#include "analysis/severity.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace spotter {

/// How a class is shown everywhere in the app: a shape icon, a colour and words, so that the
/// class never depends on colour alone (colour-blind users, printouts, screen readers).
struct Badge
{
    QIcon icon;   ///< each class has its own shape, not only its own colour
    QColor color; ///< strong colour for text and borders
    QColor tint;  ///< light background for banners; a dark variant in dark themes
    QString text; ///< "Warning", "See a doctor (urgent)", "Testing"
    /// A word or two that fits a table cell: "Emergency", "Today" and "Soon" for the three
    /// urgencies of "see a doctor" (each with its own colour and icon), the class otherwise.
    QString shortText;
    QString toolTip; ///< one sentence on what the class means
};

[[nodiscard]] Badge badgeFor(const Severity &severity);
[[nodiscard]] Badge badgeFor(IntensityClass cls);
/// The icon resource name of a class ("triage-warning"), for places that need only the icon.
[[nodiscard]] QString iconName(SorenessClass cls);
/// As above, with the urgencies of "see a doctor" apart ("triage-emergency", "triage-urgent").
[[nodiscard]] QString iconName(const Severity &severity);
[[nodiscard]] QString iconName(IntensityClass cls);

} // namespace spotter
