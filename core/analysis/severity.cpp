// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/severity.h"

#include <QCoreApplication>

namespace spotter {

namespace {
// Holds this file's translation context in a form lupdate can follow.
struct SeverityText
{
    Q_DECLARE_TR_FUNCTIONS(spotter::SeverityText)
};

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
    case SorenessClass::Fatigue: return SeverityText::tr("Muscle fatigue");
    case SorenessClass::Doms: return SeverityText::tr("DOMS");
    case SorenessClass::Watch: return SeverityText::tr("Watch");
    case SorenessClass::Warning: return SeverityText::tr("Warning");
    case SorenessClass::SeeDoctor: return SeverityText::tr("See a doctor");
    }
    return {};
}

QString displayName(Urgency v)
{
    switch (v) {
    case Urgency::Soon: return SeverityText::tr("soon");
    case Urgency::Urgent: return SeverityText::tr("urgent");
    case Urgency::Emergency: return SeverityText::tr("emergency");
    }
    return {};
}

QString urgencyInstruction(Urgency v)
{
    switch (v) {
    case Urgency::Emergency: return SeverityText::tr("Call your local emergency number now");
    case Urgency::Urgent: return SeverityText::tr("See a doctor today");
    case Urgency::Soon: return SeverityText::tr("Book a doctor or physio");
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
        return SeverityText::tr("%1 (%2)").arg(spotter::displayName(cls), spotter::displayName(*urgency));
    return spotter::displayName(cls);
}

QString Severity::shortName() const
{
    if (cls != SorenessClass::SeeDoctor || !urgency)
        return spotter::displayName(cls);
    switch (*urgency) {
    case Urgency::Emergency: return SeverityText::tr("Emergency");
    case Urgency::Urgent: return SeverityText::tr("Today");
    case Urgency::Soon: return SeverityText::tr("Soon");
    }
    return {};
}

} // namespace spotter
