// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/triageinput.h"

#include <QCoreApplication>

namespace spotter {

QString toKey(HistoryFlag v)
{
    return keyOf(kHistoryFlagKeys, v);
}

namespace {

// Holds this function's translation context in a form lupdate can follow.
struct Triage
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Triage)
};

} // namespace

QString displayName(HistoryFlag v)
{
    switch (v) {
    case HistoryFlag::FirstTimeLift: return Triage::tr("First time doing this lift");
    case HistoryFlag::PriorInjury: return Triage::tr("A past injury or known back condition");
    case HistoryFlag::SteroidsOrOsteoporosis: return Triage::tr("Long-term steroids or osteoporosis");
    case HistoryFlag::Cancer: return Triage::tr("A history of cancer");
    case HistoryFlag::AfterTesting: return Triage::tr("It followed a testing session");
    case HistoryFlag::AfterLoadJump: return Triage::tr("It followed a jump in load");
    case HistoryFlag::Immunosuppressed:
        return Triage::tr(
            "A weakened immune system (medicines or illness), a recent serious infection, or drugs "
            "injected into a vein");
    }
    return {};
}

} // namespace spotter
