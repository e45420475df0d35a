// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/triageinput.h"

#include <QCoreApplication>

namespace spotter {

QString toKey(HistoryFlag v)
{
    return keyOf(kHistoryFlagKeys, v);
}

QString displayName(HistoryFlag v)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("spotter::Triage", text); };
    switch (v) {
    case HistoryFlag::FirstTimeLift: return tr("First time doing this lift");
    case HistoryFlag::PriorInjury: return tr("A past injury or known back condition");
    case HistoryFlag::SteroidsOrOsteoporosis: return tr("Long-term steroids or osteoporosis");
    case HistoryFlag::Cancer: return tr("A history of cancer");
    case HistoryFlag::AfterTesting: return tr("It followed a testing session");
    case HistoryFlag::AfterLoadJump: return tr("It followed a jump in load");
    case HistoryFlag::Immunosuppressed:
        return tr("A weakened immune system (medicines or illness), a recent serious infection, or drugs "
                  "injected into a vein");
    }
    return {};
}

} // namespace spotter
