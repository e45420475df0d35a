// SPDX-License-Identifier: GPL-3.0-or-later
// A new best e1RM from a set without RPE says it is an estimate from reps alone.
#include "models/exercisecatalogue.h"
#include "widgets/intensitysummary.h"

#include <gtest/gtest.h>

using namespace spotter;

TEST(IntensitySummaryTest, ABestFromRepsAloneIsMarkedAsSuch)
{
    Exercise bench;
    bench.id = 7;
    bench.name = QStringLiteral("Bench Press");
    ExerciseCatalogue catalogue;
    catalogue.reset({bench});

    SessionIntensity intensity;
    LiftIntensity lift;
    lift.exerciseId = 7;
    lift.bestE1rm = Weight::fromKg(80);
    lift.bestE1rmMethod = E1rmMethod::Epley;
    lift.baseline.bestEver = Weight::fromKg(66.8);
    lift.pr = true;
    intensity.lifts.append(lift);

    IntensitySummary summary;
    summary.setIntensity(intensity, catalogue, WeightUnit::Kg, true);
    EXPECT_TRUE(summary.notesText().contains(QStringLiteral("estimated from reps alone")))
        << summary.notesText().toStdString();

    intensity.lifts.first().bestE1rmMethod = E1rmMethod::Rts;
    summary.setIntensity(intensity, catalogue, WeightUnit::Kg, true);
    EXPECT_TRUE(summary.notesText().startsWith(QStringLiteral("★ New best e1RM for Bench Press")));
    EXPECT_FALSE(summary.notesText().contains(QStringLiteral("reps alone")));
}
