// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/builtincatalogue.h"

namespace spotter {

namespace {

using R = Region;
using K = ExerciseKind;

Exercise make(const char16_t *name, K kind, bool lowerBack, Regions regions,
              std::initializer_list<const char16_t *> aliases, bool unilateral = false)
{
    Exercise e;
    e.name = QString::fromUtf16(name);
    e.kind = kind;
    e.loadsLowerBack = lowerBack;
    e.regions = regions;
    e.unilateral = unilateral;
    e.builtin = true;
    for (const char16_t *alias : aliases)
        e.aliases.append(QString::fromUtf16(alias));
    return e;
}

Exercise assisted(Exercise e)
{
    e.assisted = true;
    return e;
}

} // namespace

QList<Exercise> builtinCatalogue()
{
    const Regions legs{R::Quads, R::Glutes, R::Hamstrings};
    const Regions hinge{R::Hamstrings, R::Glutes, R::LowerBack, R::UpperBack};
    const Regions press{R::Chest, R::Shoulders, R::Arms};
    const Regions pull{R::UpperBack, R::MidBack, R::Arms};
    return {
        // Main lifts: multi-joint barbell lifts and close variants (rules reference §5.4).
        make(u"Back Squat", K::Main, true, legs | R::LowerBack,
             {u"Squat", u"Squat (Barbell)", u"Barbell Squat", u"Back Squat (Barbell)", u"High Bar Squat",
              u"Low Bar Squat", u"Barbell Back Squat"}),
        make(u"Front Squat", K::Main, true, legs, {u"Front Squat (Barbell)", u"Barbell Front Squat"}),
        make(u"Pause Squat", K::Main, true, legs, {u"Pause Squat (Barbell)", u"Paused Squat"}),
        make(u"Box Squat", K::Main, true, legs, {u"Box Squat (Barbell)"}),
        make(u"Deadlift", K::Main, true, hinge,
             {u"Deadlift (Barbell)", u"Conventional Deadlift", u"Barbell Deadlift", u"DL"}),
        make(u"Sumo Deadlift", K::Main, true, hinge, {u"Sumo Deadlift (Barbell)"}),
        make(
            u"Romanian Deadlift", K::Main, true, hinge,
            {u"Romanian Deadlift (Barbell)", u"RDL", u"Stiff Leg Deadlift (Barbell)", u"Stiff Leg Deadlift"}),
        make(u"Deficit Deadlift", K::Main, true, hinge, {u"Deficit Deadlift (Barbell)"}),
        make(u"Pause Deadlift", K::Main, true, hinge, {u"Paused Deadlift"}),
        make(u"Trap-Bar Deadlift", K::Main, true, legs | R::LowerBack,
             {u"Trap Bar Deadlift", u"Deadlift (Trap bar)", u"Hex Bar Deadlift",
              u"Trap Bar Deadlift (Trap bar)"}),
        make(u"Bench Press", K::Main, false, press,
             {u"Bench Press (Barbell)", u"Barbell Bench Press", u"Flat Bench Press",
              u"Flat Barbell Bench Press", u"Bench"}),
        make(u"Close-Grip Bench Press", K::Main, false, press,
             {u"Close Grip Bench Press", u"Bench Press - Close Grip (Barbell)"}),
        make(u"Incline Bench Press", K::Main, false, press,
             {u"Incline Bench Press (Barbell)", u"Incline Barbell Bench Press"}),
        make(u"Pause Bench Press", K::Main, false, press, {u"Paused Bench Press"}),
        make(u"Overhead Press", K::Main, true, Regions{R::Shoulders, R::Arms, R::UpperBack},
             {u"Overhead Press (Barbell)", u"OHP", u"Military Press", u"Strict Press",
              u"Standing Overhead Press", u"Shoulder Press (Barbell)"}),
        make(u"Barbell Row", K::Main, true, pull | R::LowerBack,
             {u"Bent Over Row (Barbell)", u"Bent Over Row", u"Barbell Bent Over Row",
              u"Pendlay Row (Barbell)", u"Pendlay Row"}),
        make(u"Power Clean", K::Main, true, hinge | R::Shoulders, {u"Power Clean (Barbell)"}),
        // Accessories.
        make(u"Good Morning", K::Accessory, true, hinge, {u"Good Morning (Barbell)"}),
        make(u"Back Extension", K::Accessory, true, Regions{R::LowerBack, R::Glutes, R::Hamstrings},
             {u"Back Extension (Machine)", u"Hyperextension", u"Back Extension (Weighted)"}),
        make(u"Hip Thrust", K::Accessory, false, Regions{R::Glutes, R::Hamstrings},
             {u"Hip Thrust (Barbell)", u"Barbell Hip Thrust"}),
        make(u"Leg Press", K::Accessory, false, legs, {u"Leg Press (Machine)"}),
        make(u"Bulgarian Split Squat", K::Accessory, false, legs,
             {u"Bulgarian Split Squat (Dumbbell)", u"Split Squat", u"Split Squat (Dumbbell)"}, true),
        make(u"Lunge", K::Accessory, false, legs,
             {u"Lunge (Dumbbell)", u"Lunge (Barbell)", u"Walking Lunge", u"Walking Lunge (Dumbbell)"}, true),
        make(u"Dumbbell Bench Press", K::Accessory, false, press, {u"Bench Press (Dumbbell)"}),
        make(u"Dumbbell Shoulder Press", K::Accessory, false, Regions{R::Shoulders, R::Arms},
             {u"Shoulder Press (Dumbbell)", u"Seated Dumbbell Press"}),
        make(u"Dumbbell Row", K::Accessory, false, pull,
             {u"Bent Over One Arm Row (Dumbbell)", u"One Arm Dumbbell Row", u"Dumbbell Row (Dumbbell)"},
             true),
        make(u"Lat Pulldown", K::Accessory, false, pull,
             {u"Lat Pulldown (Cable)", u"Lat Pulldown (Machine)", u"Pulldown"}),
        make(u"Seated Cable Row", K::Accessory, false, pull,
             {u"Seated Row (Cable)", u"Seated Cable Row - V Grip (Cable)", u"Cable Row"}),
        make(u"Face Pull", K::Accessory, false, Regions{R::Shoulders, R::UpperBack}, {u"Face Pull (Cable)"}),
        make(u"Pull Up", K::Bodyweight, false, pull,
             {u"Pull-Up", u"Pullup", u"Pull Up (Weighted)", u"Pullups", u"Pull Ups", u"Pull-Ups"}),
        make(u"Chin Up", K::Bodyweight, false, pull,
             {u"Chin-Up", u"Chinup", u"Chin Up (Weighted)", u"Chinups", u"Chin Ups", u"Chin-Ups"}),
        make(u"Dip", K::Bodyweight, false, press, {u"Dips", u"Chest Dip", u"Triceps Dip", u"Dip (Weighted)"}),
        // Assisted variants: a machine or band takes load off, so they are lifts of their own whose
        // sets carry the help as a negative load (Exercise::assisted).
        assisted(make(u"Assisted Pull Up", K::Bodyweight, false, pull,
                      {u"Pull Up (Assisted)", u"Pull-Up (Assisted)", u"Assisted Pull-Up", u"Assisted Pullup",
                       u"Pull Up (Band)"})),
        assisted(make(u"Assisted Chin Up", K::Bodyweight, false, pull,
                      {u"Chin Up (Assisted)", u"Chin-Up (Assisted)", u"Assisted Chin-Up"})),
        assisted(make(u"Assisted Dip", K::Bodyweight, false, press,
                      {u"Dip (Assisted)", u"Assisted Dips", u"Assisted Dip (Machine)",
                       u"Chest Dip (Assisted)", u"Triceps Dip (Assisted)"})),
        make(u"Push Up", K::Bodyweight, false, press,
             {u"Push-Up", u"Pushup", u"Push Ups", u"Pushups", u"Push-Ups"}),
        make(u"Hanging Leg Raise", K::Bodyweight, false, Regions{R::Core}, {u"Leg Raise (Hanging)"}),
        // Isolation.
        make(u"Bicep Curl", K::Isolation, false, Regions{R::Arms},
             {u"Bicep Curl (Barbell)", u"Bicep Curl (Dumbbell)", u"Biceps Curl", u"Barbell Curl",
              u"Dumbbell Curl", u"Hammer Curl (Dumbbell)", u"Hammer Curl"}),
        make(u"Triceps Pushdown", K::Isolation, false, Regions{R::Arms},
             {u"Triceps Pushdown (Cable - Straight Bar)", u"Triceps Pushdown (Cable)", u"Tricep Pushdown",
              u"Triceps Extension (Cable)"}),
        make(u"Lateral Raise", K::Isolation, false, Regions{R::Shoulders},
             {u"Lateral Raise (Dumbbell)", u"Lateral Raise (Cable)", u"Side Lateral Raise"}),
        make(u"Leg Extension", K::Isolation, false, Regions{R::Quads}, {u"Leg Extension (Machine)"}),
        make(u"Leg Curl", K::Isolation, false, Regions{R::Hamstrings},
             {u"Lying Leg Curl (Machine)", u"Seated Leg Curl (Machine)", u"Hamstring Curl"}),
        make(u"Calf Raise", K::Isolation, false, Regions{R::Calves},
             {u"Standing Calf Raise (Machine)", u"Seated Calf Raise (Machine)", u"Calf Raise (Machine)",
              u"Standing Calf Raise"}),
        make(u"Chest Fly", K::Isolation, false, Regions{R::Chest},
             {u"Chest Fly (Dumbbell)", u"Cable Crossover", u"Pec Deck (Machine)"}),
        // Timed.
        make(u"Plank", K::Timed, false, Regions{R::Core}, {u"Front Plank"}),
        make(u"Side Plank", K::Timed, false, Regions{R::Core}, {u"Side Bridge"}),
        make(u"Farmer's Walk", K::Timed, false, Regions{R::Arms, R::UpperBack, R::Core},
             {u"Farmers Walk", u"Farmer Walk", u"Farmer's Carry"}),
        // Alternatives while the lower back settles (SEED-8, TP-02).
        make(u"Glute Bridge", K::Bodyweight, false, Regions{R::Glutes, R::Hamstrings},
             {u"Bridge", u"Glute Bridge (Bodyweight)", u"Hip Bridge"}),
        make(u"Bird Dog", K::Bodyweight, false, Regions{R::Core, R::LowerBack}, {u"Bird-Dog"}),
        make(u"Mini Hip Hinge", K::Bodyweight, false, Regions{R::Hamstrings, R::Glutes},
             {u"Hip Hinge", u"Hip Hinge Drill"}),
        make(u"McGill Curl-Up", K::Bodyweight, false, Regions{R::Core}, {u"Curl-Up", u"Curl Up"}),
    };
}

QStringList lowerBackAlternatives()
{
    return {QStringLiteral("Glute Bridge"), QStringLiteral("Bird Dog"), QStringLiteral("Mini Hip Hinge"),
            QStringLiteral("Trap-Bar Deadlift")};
}

std::optional<Exercise> findBuiltinExercise(QStringView nameOrAlias)
{
    // Hyphens read as spaces on both sides: "One-Arm Dumbbell Row" is "One Arm Dumbbell Row".
    const auto key = [](QStringView name) { return nameKey(name.toString().replace(u'-', u' ')); };
    const QString wanted = key(nameOrAlias);
    for (const Exercise &e : builtinCatalogue()) {
        if (key(e.name) == wanted)
            return e;
        for (const QString &alias : e.aliases) {
            if (key(alias) == wanted)
                return e;
        }
    }
    return std::nullopt;
}

} // namespace spotter
