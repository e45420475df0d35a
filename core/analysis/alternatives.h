// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace spotter {

/// What to leave out and what can still be trained while one region settles (TP-02, TP-03).
/// Each region gets its own: a hip hinge is never offered for the hamstrings, a press never for
/// the shoulders or the chest, and the lower-back list only for the lower back.
struct Alternatives
{
    QString leaveOut;  ///< "hip hinges (deadlifts, RDLs, good mornings), leg curls and sprinting"
    QStringList train; ///< what still can be trained, one item each
};

/// The alternatives for @p region; none for the head (stop training) and for "other".
[[nodiscard]] std::optional<Alternatives> alternativesFor(Region region);

} // namespace spotter
