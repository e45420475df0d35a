// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace spotter {

class Database;

/// The exercises generated histories use, all from the built-in catalogue.
enum class GenLift {
    Squat,
    Bench,
    Deadlift,
    Press,
    Row,
    FrontSquat,
    Rdl,
    Incline,
    TrapBar,
    LegPress,
    SplitSquat,
    HipThrust,
    LegCurl,
    LegExtension,
    CalfRaise,
    Pulldown,
    CableRow,
    DumbbellRow,
    FacePull,
    DumbbellBench,
    DumbbellPress,
    LateralRaise,
    Curl,
    Pushdown,
    PullUp,
    ChinUp,
    Dip,
    LegRaise,
    Plank,
    BackExtension,
    GoodMorning,
};

/// How an exercise is loaded, which decides its plate steps and whether it has a weight at all.
enum class LoadKind { Barbell, Dumbbell, Machine, Bodyweight, Timed };

/// Accessory slots of a programme day; an athlete picks one exercise per slot and swaps some
/// between blocks (which is when DOMS after a new lift shows up).
enum class AccessorySlot { Legs, Pull, Push, Arms, Core };

struct GenExercise
{
    GenLift lift;
    const char16_t *name;       ///< catalogue name
    const char16_t *strongName; ///< the name Strong exports (an alias in the catalogue)
    LoadKind load;
    /// Working loads follow the true 1RM of @c base: a main lift's max is ratio × its base's
    /// (1 for the four tested lifts); an accessory's working load is ratio × its base's max.
    GenLift base;
    double ratio;
    Region soreRegion; ///< where DOMS after it is felt
    std::optional<AccessorySlot> slot;
};

/// The generator's exercise table with the ids of the database it writes to.
class GeneratorCatalogue
{
public:
    /// Resolves every exercise by name; throws StoreError when one is missing.
    explicit GeneratorCatalogue(const Database &db);

    [[nodiscard]] static const QList<GenExercise> &exercises();
    [[nodiscard]] static const GenExercise &exercise(GenLift lift);
    /// The four lifts whose true maxes are simulated; every other load derives from them.
    [[nodiscard]] static bool isTested(GenLift lift);
    [[nodiscard]] static QList<GenLift> inSlot(AccessorySlot slot);

    [[nodiscard]] qint64 id(GenLift lift) const { return m_ids.at(static_cast<qsizetype>(lift)); }
    /// The name Strong would export for a stored exercise id; empty for one not in the table.
    [[nodiscard]] QString strongName(qint64 exerciseId) const { return m_strongNames.value(exerciseId); }

private:
    QList<qint64> m_ids;
    QHash<qint64, QString> m_strongNames;
};

} // namespace spotter
