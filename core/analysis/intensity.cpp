// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/intensity.h"

#include "analysis/e1rm.h"
#include "analysis/records.h"
#include "analysis/ruletable.h"
#include "analysis/thresholds.h"
#include "model/liftedload.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace spotter {

namespace {

using T = Threshold;

struct Match
{
    const char16_t *rule;
    IntensityClass cls;
};

/// The rules a set matched. Every set of a coach's database is classified, so this stays on the
/// stack, and the rule ids refer to their literals instead of copying them.
class Matches
{
public:
    void append(Match m)
    {
        Q_ASSERT(m_count < m_matches.size());
        m_matches[m_count++] = m;
    }
    [[nodiscard]] bool isEmpty() const { return m_count == 0; }
    [[nodiscard]] Match *begin() { return m_matches.data(); }
    [[nodiscard]] Match *end() { return m_matches.data() + m_count; }

private:
    std::array<Match, 8> m_matches{};
    std::size_t m_count = 0;
};

void finish(SetIntensity &out, Matches &matches)
{
    std::stable_sort(matches.begin(), matches.end(),
                     [](const Match &a, const Match &b) { return a.cls > b.cls; });
    for (const Match &m : matches) {
        const QStringView rule(m.rule);
        const QString id = QString::fromRawData(reinterpret_cast<const QChar *>(rule.data()), rule.size());
        if (!out.rules.contains(id))
            out.rules.append(id);
        out.cls = std::max(out.cls, m.cls);
    }
}

bool isMain(const Exercise *e)
{
    return e && e->isMainLift();
}

} // namespace

QString toKey(IntensityClass v)
{
    return keyOf(kIntensityClassKeys, v);
}

namespace {

// Holds this function's translation context in a form lupdate can follow.
struct Intensity
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Intensity)
};

} // namespace

QString displayName(IntensityClass v)
{
    switch (v) {
    case IntensityClass::Training: return Intensity::tr("Training");
    case IntensityClass::Hard: return Intensity::tr("Hard");
    case IntensityClass::Testing: return Intensity::tr("Testing");
    }
    return {};
}

const LiftIntensity *SessionIntensity::lift(qint64 exerciseId) const
{
    for (const LiftIntensity &l : lifts) {
        if (l.exerciseId == exerciseId)
            return &l;
    }
    return nullptr;
}

SetIntensity classifySet(const WorkoutSet &set, const Exercise *exercise,
                         const std::optional<Weight> &recentBest)
{
    SetIntensity out;
    if (set.isWarmup())
        return out;
    if (const auto e = estimateE1rm(set)) {
        out.e1rm = e->value;
        out.e1rmMethod = e->method;
    }
    if (set.weight && recentBest && recentBest->grams() > 0)
        out.pctE1rm =
            100.0 * static_cast<double>(set.weight->grams()) / static_cast<double>(recentBest->grams());

    const auto rpe = set.effectiveRpe();
    const int reps = set.reps.value_or(0);
    const bool maxEffort = (rpe && *rpe >= th(T::Ir01Rpe)) || set.kind == SetKind::Failure;
    const bool amrapToFailure = set.kind == SetKind::Amrap && (!rpe || *rpe >= th(T::Ir04TestingRpe));
    const bool hardRpe = rpe && *rpe >= th(T::Ir05MinRpe);
    const bool hardPct = out.pctE1rm && *out.pctE1rm >= th(T::Ir05Pct);
    Matches matches;

    if (!isMain(exercise)) {
        // Isolation and accessory maxing is hard work, never a test (IR-07).
        if (maxEffort || amrapToFailure)
            matches.append({u"IR-07", IntensityClass::Hard});
        else if (set.kind == SetKind::Amrap)
            matches.append({u"IR-04", IntensityClass::Hard});
        if (hardRpe || hardPct)
            matches.append({u"IR-05", IntensityClass::Hard});
    } else {
        if (maxEffort)
            matches.append({u"IR-01", IntensityClass::Testing});
        const bool heavyFew =
            reps >= 1 && reps <= th(T::Ir02MaxReps) && out.pctE1rm && *out.pctE1rm >= th(T::Ir02Pct);
        const bool maxSingle = reps == 1 && rpe && *rpe >= th(T::Ir02SingleRpe);
        if (heavyFew || maxSingle)
            matches.append({u"IR-02", IntensityClass::Testing});
        if (set.weight && recentBest && *set.weight > *recentBest)
            matches.append({u"IR-03", IntensityClass::Testing});
        if (set.kind == SetKind::Amrap)
            matches.append({u"IR-04", amrapToFailure ? IntensityClass::Testing : IntensityClass::Hard});
        if (hardRpe || hardPct)
            matches.append({u"IR-05", IntensityClass::Hard});
    }
    if (matches.isEmpty() && (rpe || out.pctE1rm))
        matches.append({u"IR-06", IntensityClass::Training});
    finish(out, matches);
    return out;
}

SessionIntensity classifySession(const Session &session, const ExerciseMap &exercises,
                                 const Baselines &baselines)
{
    SessionIntensity out;
    // Assisted exercises count the load lifted, the bodyweight less the help (liftedload.h).
    const QList<WorkoutSet> lifted = liftedSets(session, exercises);
    out.sets.reserve(lifted.size());
    QHash<qint64, qsizetype> liftIndex;
    for (qsizetype i = 0; i < lifted.size(); ++i) {
        const WorkoutSet &set = lifted[i];
        const auto ex = exercises.constFind(set.exerciseId);
        const Exercise *exercise = ex == exercises.constEnd() ? nullptr : &*ex;
        const LiftBaseline baseline = baselines.value(set.exerciseId);
        out.sets.append(classifySet(set, exercise, baseline.recentBest));
        if (set.isWarmup())
            continue;
        if (!liftIndex.contains(set.exerciseId)) {
            liftIndex.insert(set.exerciseId, out.lifts.size());
            LiftIntensity lift;
            lift.exerciseId = set.exerciseId;
            lift.baseline = baseline;
            out.lifts.append(lift);
        }
        LiftIntensity &lift = out.lifts[liftIndex.value(set.exerciseId)];
        const SetIntensity &si = out.sets.last();
        if (si.e1rm && (!lift.bestE1rm || *si.e1rm > *lift.bestE1rm)) {
            lift.bestE1rm = si.e1rm;
            lift.bestE1rmMethod = si.e1rmMethod;
        }
        // The top set is the heaviest; among equal loads the most intense one.
        const bool heavier = set.weight && (!lift.topLoad || *set.weight > *lift.topLoad);
        const bool sameLoad = lift.topSet >= 0 && set.weight == lifted[lift.topSet].weight;
        if (lift.topSet < 0 || heavier || (sameLoad && si.cls > out.sets[lift.topSet].cls)) {
            lift.topSet = static_cast<int>(i);
            lift.topLoad = set.weight;
        }
    }

    const double nearFailureRpe = th(T::Is01Rpe);
    const auto nearFailure = [&](const WorkoutSet &s) {
        const auto rpe = s.effectiveRpe();
        return (rpe && *rpe >= nearFailureRpe) || s.kind == SetKind::Failure;
    };
    int mainSets = 0;
    int mainNearFailure = 0;
    bool topTesting = false;
    bool anyHard = false;
    QStringList why;
    for (LiftIntensity &lift : out.lifts) {
        const auto ex = exercises.constFind(lift.exerciseId);
        const Exercise *exercise = ex == exercises.constEnd() ? nullptr : &*ex;
        if (lift.bestE1rm && lift.baseline.bestEver) {
            lift.pr =
                isE1rmRecord(E1rmEstimate{*lift.bestE1rm, lift.bestE1rmMethod.value_or(E1rmMethod::Rts)},
                             E1rmEstimate{*lift.baseline.bestEver,
                                          lift.baseline.bestEverMethod.value_or(E1rmMethod::Epley)});
        }
        int sets = 0;
        int nearFail = 0;
        IntensityClass strongest = IntensityClass::Training;
        for (qsizetype i = 0; i < lifted.size(); ++i) {
            const WorkoutSet &s = lifted[i];
            if (s.exerciseId != lift.exerciseId || s.isWarmup())
                continue;
            ++sets;
            nearFail += nearFailure(s) ? 1 : 0;
            strongest = std::max(strongest, out.sets[i].cls);
        }
        const bool top = lift.topSet >= 0 && out.sets[lift.topSet].cls == IntensityClass::Testing;
        const bool mostlyNearFailure = sets > 0 && 100.0 * nearFail / sets >= th(T::Is01Pct);
        if (top || mostlyNearFailure)
            lift.cls = IntensityClass::Testing;
        else if (strongest >= IntensityClass::Hard)
            lift.cls = IntensityClass::Hard;
        if (!isMain(exercise))
            continue;
        mainSets += sets;
        mainNearFailure += nearFail;
        topTesting = topTesting || top;
        anyHard = anyHard || strongest >= IntensityClass::Hard;
        for (qsizetype i = 0; i < lifted.size(); ++i) {
            if (lifted[i].exerciseId != lift.exerciseId || out.sets[i].cls == IntensityClass::Training)
                continue;
            for (const QString &r : out.sets[i].rules) {
                if (!why.contains(r))
                    why.append(r);
            }
        }
    }
    if (topTesting || (mainSets > 0 && 100.0 * mainNearFailure / mainSets >= th(T::Is01Pct))) {
        out.cls = IntensityClass::Testing;
        out.rules.append(QStringLiteral("IS-01"));
    } else if (anyHard) {
        out.cls = IntensityClass::Hard;
        out.rules.append(QStringLiteral("IS-02"));
    } else {
        out.rules.append(QStringLiteral("IS-03"));
    }
    std::sort(why.begin(), why.end());
    out.rules.append(why);

    // TP-01: heavy main-lift sets with too little rest before them.
    for (qsizetype i = 0; i < lifted.size(); ++i) {
        const WorkoutSet &s = lifted[i];
        const auto ex = exercises.constFind(s.exerciseId);
        if (s.isWarmup() || ex == exercises.constEnd() || !ex->isMainLift() || !s.restSeconds)
            continue;
        const bool heavy = (out.sets[i].pctE1rm && *out.sets[i].pctE1rm >= th(T::Tp01Pct))
                           || (s.reps && *s.reps >= 1 && *s.reps <= th(T::Tp01MaxReps));
        if (heavy && *s.restSeconds < th(T::Tp01RestSeconds)) {
            out.tips.append({QStringLiteral("TP-01"), RuleTable::advice(u"TP-01"), {}});
            break;
        }
    }
    return out;
}

} // namespace spotter
