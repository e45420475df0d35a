// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sessionsummary.h"

#include "model/liftedload.h"

namespace spotter {

SessionSummary summarize(const Session &session, const ExerciseIndex &exercises)
{
    SessionSummary out;
    bool topIsMain = false;
    qint64 topGrams = 0;
    // Assisted sets count the load lifted (liftedload.h); a failed attempt lifted nothing, so it
    // is in no count of work done (the intensity analysis counts it as testing).
    const QList<WorkoutSet> lifted = liftedSets(session, exercises);
    for (qsizetype i = 0; i < lifted.size(); ++i) {
        const WorkoutSet &set = lifted.at(i);
        const auto it = exercises.constFind(set.exerciseId);
        const QString name = it != exercises.constEnd() ? it->name : QString();
        if (!name.isEmpty() && !out.exercises.contains(name))
            out.exercises.append(name);
        if (set.isWarmup() || set.isMissedAttempt())
            continue;
        ++out.workingSets;
        const qint64 grams = set.weight ? std::max<qint64>(0, set.weight->grams()) : 0;
        out.tonnageGrams += grams * set.reps.value_or(0);
        const bool isMain = it != exercises.constEnd() && it->isMainLift();
        // A main lift's heaviest set is the "top set" even if an accessory was heavier (leg press).
        const bool better =
            !out.topSet || (isMain && !topIsMain) || (isMain == topIsMain && grams > topGrams);
        if (better && (grams > 0 || !out.topSet)) {
            out.topSet = session.sets.at(i); // as logged: an assisted set shows its help
            topIsMain = isMain;
            topGrams = grams;
        }
    }
    return out;
}

} // namespace spotter
