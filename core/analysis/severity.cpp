// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/severity.h"

#include <QCoreApplication>

namespace spotter {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("spotter::Severity", text);
}
} // namespace

QString toKey(SorenessClass v)
{
    return keyOf(kSorenessClassKeys, v);
}

QString toKey(Urgency v)
{
    return keyOf(kUrgencyKeys, v);
}

QString displayName(SorenessClass v)
{
    switch (v) {
    case SorenessClass::Fatigue: return tr("Muscle fatigue");
    case SorenessClass::Doms: return tr("DOMS");
    case SorenessClass::Watch: return tr("Watch");
    case SorenessClass::Warning: return tr("Warning");
    case SorenessClass::SeeDoctor: return tr("See a doctor");
    }
    return {};
}

QString displayName(Urgency v)
{
    switch (v) {
    case Urgency::Soon: return tr("soon");
    case Urgency::Urgent: return tr("urgent");
    case Urgency::Emergency: return tr("emergency");
    }
    return {};
}

QString urgencyInstruction(Urgency v)
{
    switch (v) {
    case Urgency::Emergency: return tr("Call your local emergency number now");
    case Urgency::Urgent: return tr("See a doctor today");
    case Urgency::Soon: return tr("Book a doctor or physio");
    }
    return {};
}

QString Severity::key() const
{
    if (cls == SorenessClass::SeeDoctor && urgency)
        return toKey(cls) + u'/' + toKey(*urgency);
    return toKey(cls);
}

QString Severity::displayName() const
{
    if (cls == SorenessClass::SeeDoctor && urgency)
        return tr("%1 (%2)").arg(spotter::displayName(cls), spotter::displayName(*urgency));
    return spotter::displayName(cls);
}

QString Severity::shortName() const
{
    if (cls != SorenessClass::SeeDoctor || !urgency)
        return spotter::displayName(cls);
    switch (*urgency) {
    case Urgency::Emergency: return tr("Emergency");
    case Urgency::Urgent: return tr("Today");
    case Urgency::Soon: return tr("Soon");
    }
    return {};
}

} // namespace spotter
