// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/alternatives.h"

#include "model/builtincatalogue.h"

#include <QCoreApplication>

namespace spotter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("spotter::Alternatives", text);
}

} // namespace

std::optional<Alternatives> alternativesFor(Region region)
{
    switch (region) {
    case Region::LowerBack:
        // SEED-8: the source's own list, as catalogue exercises.
        return Alternatives{tr("heavy hinges, rows and squats that round or load the lower back"),
                            lowerBackAlternatives()};
    case Region::Neck:
        return Alternatives{tr("overhead work, shrugs and anything with a bar on your back"),
                            {tr("Leg extension and leg curl"), tr("Walking or cycling")}};
    case Region::Shoulders:
        return Alternatives{tr("pressing, dips, push-ups and overhead work"),
                            {tr("Leg extension and leg curl"), tr("Walking or cycling"),
                             tr("Core work that does not load the arms (dead bug)")}};
    case Region::Chest:
        return Alternatives{tr("bench pressing, dips, push-ups and flyes"),
                            {tr("Squats and leg work that do not hurt"), tr("Walking or cycling")}};
    case Region::UpperBack:
    case Region::MidBack:
        return Alternatives{tr("rows, pull-ups, shrugs and heavy deadlifts"),
                            {tr("Leg extension and leg curl"), tr("Walking or cycling")}};
    case Region::Arms:
    case Region::Elbows:
    case Region::Forearms:
    case Region::Wrists:
    case Region::Hands:
        return Alternatives{
            tr("curls, pressing, pulling and heavy gripping"),
            {tr("Leg extension and leg curl"), tr("Belt squat or hack squat"), tr("Walking or cycling")}};
    case Region::Core:
        return Alternatives{tr("heavy squats and deadlifts, sit-ups and crunches"),
                            {tr("Machine work for the arms and legs"), tr("Walking")}};
    case Region::Glutes:
    case Region::Hips:
    case Region::Groin:
        return Alternatives{
            tr("squats, deadlifts, lunges and wide stances"),
            {tr("Seated upper-body work"), tr("Leg extension, if it does not hurt"), tr("Gentle walking")}};
    case Region::Hamstrings:
        return Alternatives{
            tr("hip hinges (deadlifts, RDLs, good mornings), leg curls and sprinting"),
            {tr("Upper-body training"), tr("Leg extension, if it does not hurt"), tr("Gentle walking")}};
    case Region::Quads:
    case Region::Knees:
        return Alternatives{tr("squats, lunges, leg press, leg extension and jumping"),
                            {tr("Upper-body training"), tr("Glute bridge, if it does not hurt")}};
    case Region::Calves:
    case Region::Shins:
    case Region::Ankles:
    case Region::Feet:
        return Alternatives{tr("running, jumping, calf raises and standing lifts that hurt"),
                            {tr("Seated upper-body work"),
                             tr("Leg extension and leg curl, if they do not hurt"),
                             tr("Swimming with the legs at rest")}};
    case Region::Head:
    case Region::Other: return std::nullopt;
    }
    return std::nullopt;
}

} // namespace spotter
