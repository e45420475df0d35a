// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sessionsummary.h"

namespace spotter {

SessionSummary summarize(const Session &session, const ExerciseIndex &exercises)
{
    SessionSummary out;
    bool topIsMain = false;
    for (const WorkoutSet &set : session.sets) {
        const auto it = exercises.constFind(set.exerciseId);
        const QString name = it != exercises.constEnd() ? it->name : QString();
        if (!name.isEmpty() && !out.exercises.contains(name))
            out.exercises.append(name);
        if (set.isWarmup())
            continue;
        ++out.workingSets;
        const qint64 grams = set.weight ? set.weight->grams() : 0;
        out.tonnageGrams += grams * set.reps.value_or(0);
        const bool isMain = it != exercises.constEnd() && it->isMainLift();
        // A main lift's heaviest set is the "top set" even if an accessory was heavier (leg press).
        const bool better =
            !out.topSet || (isMain && !topIsMain)
            || (isMain == topIsMain && grams > (out.topSet->weight ? out.topSet->weight->grams() : 0));
        if (better && (grams > 0 || !out.topSet)) {
            out.topSet = set;
            topIsMain = isMain;
        }
    }
    return out;
}

} // namespace spotter
