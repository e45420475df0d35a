// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/alternatives.h"

#include "model/builtincatalogue.h"

#include <QCoreApplication>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct AlternativesText
{
    Q_DECLARE_TR_FUNCTIONS(spotter::AlternativesText)
};

} // namespace

std::optional<Alternatives> alternativesFor(Region region)
{
    switch (region) {
    case Region::LowerBack:
        // SEED-8: the source's own list, as catalogue exercises.
        return Alternatives{
            AlternativesText::tr("heavy hinges, rows and squats that round or load the lower back"),
            lowerBackAlternatives()};
    case Region::Neck:
        return Alternatives{
            AlternativesText::tr("overhead work, shrugs and anything with a bar on your back"),
            {AlternativesText::tr("Leg extension and leg curl"), AlternativesText::tr("Walking or cycling")}};
    case Region::Shoulders:
        return Alternatives{AlternativesText::tr("pressing, dips, push-ups and overhead work"),
                            {AlternativesText::tr("Leg extension and leg curl"),
                             AlternativesText::tr("Walking or cycling"),
                             AlternativesText::tr("Core work that does not load the arms (dead bug)")}};
    case Region::Chest:
        return Alternatives{AlternativesText::tr("bench pressing, dips, push-ups and flyes"),
                            {AlternativesText::tr("Squats and leg work that do not hurt"),
                             AlternativesText::tr("Walking or cycling")}};
    case Region::UpperBack:
    case Region::MidBack:
        return Alternatives{
            AlternativesText::tr("rows, pull-ups, shrugs and heavy deadlifts"),
            {AlternativesText::tr("Leg extension and leg curl"), AlternativesText::tr("Walking or cycling")}};
    case Region::Arms:
    case Region::Elbows:
    case Region::Forearms:
    case Region::Wrists:
    case Region::Hands:
        return Alternatives{AlternativesText::tr("curls, pressing, pulling and heavy gripping"),
                            {AlternativesText::tr("Leg extension and leg curl"),
                             AlternativesText::tr("Belt squat or hack squat"),
                             AlternativesText::tr("Walking or cycling")}};
    case Region::Core:
        return Alternatives{
            AlternativesText::tr("heavy squats and deadlifts, sit-ups and crunches"),
            {AlternativesText::tr("Machine work for the arms and legs"), AlternativesText::tr("Walking")}};
    case Region::Glutes:
    case Region::Hips:
    case Region::Groin:
        return Alternatives{AlternativesText::tr("squats, deadlifts, lunges and wide stances"),
                            {AlternativesText::tr("Seated upper-body work"),
                             AlternativesText::tr("Leg extension, if it does not hurt"),
                             AlternativesText::tr("Gentle walking")}};
    case Region::Hamstrings:
        return Alternatives{
            AlternativesText::tr("hip hinges (deadlifts, RDLs, good mornings), leg curls and sprinting"),
            {AlternativesText::tr("Upper-body training"),
             AlternativesText::tr("Leg extension, if it does not hurt"),
             AlternativesText::tr("Gentle walking")}};
    case Region::Quads:
    case Region::Knees:
        return Alternatives{AlternativesText::tr("squats, lunges, leg press, leg extension and jumping"),
                            {AlternativesText::tr("Upper-body training"),
                             AlternativesText::tr("Glute bridge, if it does not hurt")}};
    case Region::Calves:
    case Region::Shins:
    case Region::Ankles:
    case Region::Feet:
        return Alternatives{
            AlternativesText::tr("running, jumping, calf raises and standing lifts that hurt"),
            {AlternativesText::tr("Seated upper-body work"),
             AlternativesText::tr("Leg extension and leg curl, if they do not hurt"),
             AlternativesText::tr("Swimming with the legs at rest")}};
    case Region::Head:
    case Region::Other: return std::nullopt;
    }
    return std::nullopt;
}

} // namespace spotter
