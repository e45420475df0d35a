// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthetic/generatorcatalogue.h"

#include "store/exerciserepository.h"
#include "store/storeerror.h"

#include <QCoreApplication>

namespace spotter {

namespace {

using G = GenLift;
using L = LoadKind;
using R = Region;
using S = AccessorySlot;

} // namespace

const QList<GenExercise> &GeneratorCatalogue::exercises()
{
    // In the order of GenLift. Ratios are typical of recreational lifters (a front squat is about
    // 80% of a back squat, a lat pulldown for ten about 55% of the bench press max).
    static const QList<GenExercise> table{
        {G::Squat, u"Back Squat", u"Squat (Barbell)", L::Barbell, G::Squat, 1.0, R::Quads, {}},
        {G::Bench, u"Bench Press", u"Bench Press (Barbell)", L::Barbell, G::Bench, 1.0, R::Chest, {}},
        {G::Deadlift, u"Deadlift", u"Deadlift (Barbell)", L::Barbell, G::Deadlift, 1.0, R::Hamstrings, {}},
        {G::Press,
         u"Overhead Press",
         u"Overhead Press (Barbell)",
         L::Barbell,
         G::Press,
         1.0,
         R::Shoulders,
         {}},
        {G::Row, u"Barbell Row", u"Bent Over Row (Barbell)", L::Barbell, G::Bench, 0.8, R::UpperBack, {}},
        {G::FrontSquat, u"Front Squat", u"Front Squat (Barbell)", L::Barbell, G::Squat, 0.8, R::Quads, {}},
        {G::Rdl,
         u"Romanian Deadlift",
         u"Romanian Deadlift (Barbell)",
         L::Barbell,
         G::Deadlift,
         0.75,
         R::Hamstrings,
         {}},
        {G::Incline,
         u"Incline Bench Press",
         u"Incline Bench Press (Barbell)",
         L::Barbell,
         G::Bench,
         0.82,
         R::Chest,
         {}},
        {G::TrapBar, u"Trap-Bar Deadlift", u"Trap Bar Deadlift", L::Barbell, G::Deadlift, 1.05, R::Quads, {}},
        {G::LegPress, u"Leg Press", u"Leg Press (Machine)", L::Machine, G::Squat, 1.5, R::Quads, S::Legs},
        {G::SplitSquat, u"Bulgarian Split Squat", u"Bulgarian Split Squat (Dumbbell)", L::Dumbbell, G::Squat,
         0.14, R::Glutes, S::Legs},
        {G::HipThrust, u"Hip Thrust", u"Hip Thrust (Barbell)", L::Barbell, G::Deadlift, 0.6, R::Glutes,
         S::Legs},
        {G::LegCurl, u"Leg Curl", u"Lying Leg Curl (Machine)", L::Machine, G::Deadlift, 0.2, R::Hamstrings,
         S::Legs},
        {G::LegExtension, u"Leg Extension", u"Leg Extension (Machine)", L::Machine, G::Squat, 0.32, R::Quads,
         S::Legs},
        {G::CalfRaise, u"Calf Raise", u"Standing Calf Raise (Machine)", L::Machine, G::Squat, 0.5, R::Calves,
         S::Legs},
        {G::Pulldown, u"Lat Pulldown", u"Lat Pulldown (Cable)", L::Machine, G::Bench, 0.55, R::UpperBack,
         S::Pull},
        {G::CableRow, u"Seated Cable Row", u"Seated Row (Cable)", L::Machine, G::Bench, 0.55, R::MidBack,
         S::Pull},
        {G::DumbbellRow, u"Dumbbell Row", u"Bent Over One Arm Row (Dumbbell)", L::Dumbbell, G::Bench, 0.28,
         R::UpperBack, S::Pull},
        {G::FacePull, u"Face Pull", u"Face Pull (Cable)", L::Machine, G::Bench, 0.18, R::Shoulders, S::Pull},
        {G::DumbbellBench, u"Dumbbell Bench Press", u"Bench Press (Dumbbell)", L::Dumbbell, G::Bench, 0.3,
         R::Chest, S::Push},
        {G::DumbbellPress, u"Dumbbell Shoulder Press", u"Shoulder Press (Dumbbell)", L::Dumbbell, G::Press,
         0.3, R::Shoulders, S::Push},
        {G::LateralRaise, u"Lateral Raise", u"Lateral Raise (Dumbbell)", L::Dumbbell, G::Press, 0.12,
         R::Shoulders, S::Push},
        {G::Curl, u"Bicep Curl", u"Bicep Curl (Dumbbell)", L::Dumbbell, G::Bench, 0.13, R::Arms, S::Arms},
        {G::Pushdown, u"Triceps Pushdown", u"Triceps Pushdown (Cable - Straight Bar)", L::Machine, G::Bench,
         0.25, R::Arms, S::Arms},
        {G::PullUp, u"Pull Up", u"Pull Up", L::Bodyweight, G::Bench, 0.0, R::UpperBack, S::Pull},
        {G::ChinUp, u"Chin Up", u"Chin Up", L::Bodyweight, G::Bench, 0.0, R::Arms, S::Arms},
        {G::Dip, u"Dip", u"Chest Dip", L::Bodyweight, G::Bench, 0.0, R::Chest, S::Push},
        {G::LegRaise, u"Hanging Leg Raise", u"Leg Raise (Hanging)", L::Bodyweight, G::Squat, 0.0, R::Core,
         S::Core},
        {G::Plank, u"Plank", u"Plank", L::Timed, G::Squat, 0.0, R::Core, S::Core},
        {G::BackExtension, u"Back Extension", u"Back Extension (Machine)", L::Machine, G::Deadlift, 0.1,
         R::LowerBack, S::Core},
        {G::GoodMorning, u"Good Morning", u"Good Morning (Barbell)", L::Barbell, G::Squat, 0.35,
         R::Hamstrings, S::Legs},
    };
    return table;
}

const GenExercise &GeneratorCatalogue::exercise(GenLift lift)
{
    return exercises().at(static_cast<qsizetype>(lift));
}

bool GeneratorCatalogue::isTested(GenLift lift)
{
    return lift == G::Squat || lift == G::Bench || lift == G::Deadlift || lift == G::Press;
}

QList<GenLift> GeneratorCatalogue::inSlot(AccessorySlot slot)
{
    QList<GenLift> out;
    for (const GenExercise &e : exercises()) {
        if (e.slot == slot)
            out.append(e.lift);
    }
    return out;
}

GeneratorCatalogue::GeneratorCatalogue(const Database &db)
{
    const ExerciseRepository repo(db);
    for (const GenExercise &e : exercises()) {
        const auto found = repo.find(QString::fromUtf16(e.name));
        if (!found)
            throw StoreError(StoreError::Kind::NotFound,
                             QCoreApplication::translate("spotter::Generator",
                                                         "The exercise catalogue has no '%1'; generated "
                                                         "histories need the built-in exercises")
                                 .arg(QString::fromUtf16(e.name)));
        m_ids.append(found->id);
        m_strongNames.insert(found->id, QString::fromUtf16(e.strongName));
    }
}

} // namespace spotter
