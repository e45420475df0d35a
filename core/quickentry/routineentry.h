// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/routine.h"
#include "quickentry/quickentry.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace spotter {

/// One line of a routine as written: "Squat 3x5 @8 rest 3m", "Bench Press 3x8 @70%".
struct RoutineEntryResult
{
    QString exercise;
    int exerciseColumn = 0;
    QList<RoutineItem> items; ///< exerciseId 0
    std::optional<QuickEntryError> error;

    [[nodiscard]] bool ok() const { return !error.has_value(); }
};

/// Routine lines are quick entry (docs/quick-entry.md) read as targets: a bare "AxB" is sets ×
/// reps whatever the exercise (a load needs its unit: "3x5 60kg"), "@8" the target RPE, "@70%"
/// (or "70%") a share of the recent e1RM for the whole line. Consecutive equal sets make one
/// item. A pure function, like QuickEntry::parse.
class RoutineEntry
{
    Q_DECLARE_TR_FUNCTIONS(spotter::RoutineEntry)

public:
    /// @p context gives the unit and the real kinds (timed exercises keep counting seconds).
    [[nodiscard]] static RoutineEntryResult parse(QStringView line, const QuickEntryContext &context);
    /// The line parse() reads back into @p item: "Squat 3x5 @8 rest 3m".
    [[nodiscard]] static QString format(const RoutineItem &item, const QString &exercise, WeightUnit unit);
};

} // namespace spotter
