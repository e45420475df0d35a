// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/liftedload.h"

namespace spotter {

namespace {

bool isAssisted(const ExerciseMap &exercises, qint64 exerciseId)
{
    const auto it = exercises.constFind(exerciseId);
    return it != exercises.constEnd() && it->assisted;
}

} // namespace

std::optional<Weight> liftedLoad(const WorkoutSet &set, bool assisted,
                                 const std::optional<Weight> &bodyweight)
{
    if (!assisted)
        return set.weight;
    if (!bodyweight)
        return std::nullopt;
    // The help is stored negative; a positive number on an assisted exercise is read the same way
    // the importer reads it, as help.
    const qint64 help = set.weight ? std::abs(set.weight->grams()) : 0;
    return Weight::fromGrams(std::max<qint64>(0, bodyweight->grams() - help));
}

QList<WorkoutSet> liftedSets(const Session &session, const ExerciseMap &exercises)
{
    QList<WorkoutSet> out = session.sets;
    for (qsizetype i = 0; i < session.sets.size(); ++i) {
        const WorkoutSet &set = session.sets.at(i);
        if (isAssisted(exercises, set.exerciseId))
            out[i].weight = liftedLoad(set, true, session.bodyweight);
    }
    return out;
}

bool lacksBodyweightForAssistance(const Session &session, const ExerciseMap &exercises)
{
    if (session.bodyweight)
        return false;
    for (const WorkoutSet &set : session.sets) {
        if (!set.isWarmup() && isAssisted(exercises, set.exerciseId))
            return true;
    }
    return false;
}

} // namespace spotter
