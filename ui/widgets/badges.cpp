// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/badges.h"

#include "shell/icons.h"
#include "shell/theme.h"

#include <QApplication>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Badges
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Badges)
};

/// Sets @p b's tint for its colour, and in high contrast makes the colour read 7:1 on it.
void finish(Badge &b)
{
    if (Theme::isHighContrast()) {
        // No wash at all: the window itself, with the colour made legible on it.
        b.color = Theme::legible(b.color);
        b.tint = QApplication::palette().color(QPalette::Window);
        return;
    }
    // A pale wash of the colour in light themes, a deep one in dark themes; text on it keeps
    // the palette's own colour, so the contrast is the theme's.
    b.tint = Theme::isDark() ? b.color.darker(320)
                             : QColor::fromHsl(b.color.hslHue(), b.color.hslSaturation(), 235);
}

} // namespace

QString iconName(SorenessClass cls)
{
    return QStringLiteral("triage-") + toKey(cls);
}

QString iconName(const Severity &severity)
{
    if (severity.cls == SorenessClass::SeeDoctor && severity.urgency) {
        switch (*severity.urgency) {
        case Urgency::Emergency: return QStringLiteral("triage-emergency");
        case Urgency::Urgent: return QStringLiteral("triage-urgent");
        case Urgency::Soon: break;
        }
    }
    return iconName(severity.cls);
}

QString iconName(IntensityClass cls)
{
    return QStringLiteral("intensity-") + toKey(cls);
}

Badge badgeFor(const Severity &severity)
{
    Badge b;
    b.icon = Icons::get(iconName(severity));
    b.text = severity.displayName();
    // The same words as the printed report's (core), so a coach reads one name in both.
    b.shortText = severity.shortName();
    switch (severity.cls) {
    case SorenessClass::Fatigue:
        b.color = QColor(0x1e, 0x7e, 0x34);
        b.toolTip = Badges::tr("Looks like normal tiredness after training; it fades within hours.");
        break;
    case SorenessClass::Doms:
        b.color = QColor(0x0b, 0x7a, 0x6f);
        b.toolTip = Badges::tr("Looks like normal delayed soreness (DOMS); it fades within a few days.");
        break;
    case SorenessClass::Watch:
        b.color = QColor(0x8a, 0x65, 0x00);
        b.toolTip = Badges::tr("Probably harmless, but something in training may need a look.");
        break;
    case SorenessClass::Warning:
        b.color = QColor(0xc2, 0x5e, 0x05);
        b.toolTip = Badges::tr("Looks more like a problem than normal soreness: ease off this area.");
        break;
    case SorenessClass::SeeDoctor:
        // Three urgencies, three colours: a coach must tell "call an ambulance" from "book a
        // physio" at a glance.
        b.color = QColor(0x6a, 0x1b, 0x9a);
        b.toolTip = Badges::tr("Matches medical guidance to get checked.");
        if (severity.urgency) {
            b.toolTip = Badges::tr("%1: %2").arg(b.text, urgencyInstruction(*severity.urgency));
            switch (*severity.urgency) {
            case Urgency::Emergency: b.color = QColor(0xa5, 0x0e, 0x0e); break;
            case Urgency::Urgent: b.color = QColor(0xc2, 0x18, 0x5b); break;
            case Urgency::Soon: b.color = QColor(0x6a, 0x1b, 0x9a); break;
            }
        }
        break;
    }
    if (Theme::isDark())
        b.color = b.color.lighter(severity.cls == SorenessClass::Watch ? 190 : 160);
    finish(b);
    return b;
}

Badge badgeFor(IntensityClass cls)
{
    Badge b;
    b.icon = Icons::get(iconName(cls));
    switch (cls) {
    case IntensityClass::Training:
        b.color = QColor(0x1a, 0x73, 0xe8);
        b.toolTip = Badges::tr("Training: sub-maximal work with reps left in reserve.");
        break;
    case IntensityClass::Hard:
        b.color = QColor(0xb4, 0x53, 0x09);
        b.toolTip = Badges::tr("Hard: near-maximal but planned training (about 1 rep in reserve).");
        break;
    case IntensityClass::Testing:
        b.color = QColor(0xb3, 0x26, 0x1e);
        b.toolTip = Badges::tr("Testing: a max effort (failure, a maximal single or triple, a PR attempt).");
        break;
    }
    if (Theme::isDark())
        b.color = b.color.lighter(160);
    finish(b);
    b.text = displayName(cls);
    return b;
}

} // namespace spotter
