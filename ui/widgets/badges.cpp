// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/badges.h"

#include "shell/icons.h"
#include "shell/theme.h"

#include <QCoreApplication>

namespace spotter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("spotter::Badges", text);
}

QColor tintFor(const QColor &color)
{
    // A pale wash of the colour in light themes, a deep one in dark themes; text on it keeps
    // the palette's own colour, so the contrast is the theme's.
    return Theme::isDark() ? color.darker(320) : QColor::fromHsl(color.hslHue(), color.hslSaturation(), 235);
}

} // namespace

QString iconName(SorenessClass cls)
{
    return QStringLiteral("triage-") + toKey(cls);
}

QString iconName(IntensityClass cls)
{
    return QStringLiteral("intensity-") + toKey(cls);
}

Badge badgeFor(const Severity &severity)
{
    Badge b;
    b.icon = Icons::get(iconName(severity.cls));
    switch (severity.cls) {
    case SorenessClass::Fatigue:
        b.color = QColor(0x1e, 0x7e, 0x34);
        b.toolTip = tr("Looks like normal tiredness after training; it fades within hours.");
        break;
    case SorenessClass::Doms:
        b.color = QColor(0x0b, 0x7a, 0x6f);
        b.toolTip = tr("Looks like normal delayed soreness (DOMS); it fades within a few days.");
        break;
    case SorenessClass::Watch:
        b.color = QColor(0x8a, 0x65, 0x00);
        b.toolTip = tr("Probably harmless, but something in training may need a look.");
        break;
    case SorenessClass::Warning:
        b.color = QColor(0xc2, 0x5e, 0x05);
        b.toolTip = tr("Looks more like a problem than normal soreness: ease off this area.");
        break;
    case SorenessClass::SeeDoctor:
        b.color = QColor(0xc5, 0x22, 0x1f);
        b.toolTip = severity.urgency ? urgencyInstruction(*severity.urgency)
                                     : tr("Matches medical guidance to get checked.");
        break;
    }
    if (Theme::isDark())
        b.color = b.color.lighter(severity.cls == SorenessClass::Watch ? 190 : 160);
    b.tint = tintFor(b.color);
    b.text = severity.displayName();
    return b;
}

Badge badgeFor(IntensityClass cls)
{
    Badge b;
    b.icon = Icons::get(iconName(cls));
    switch (cls) {
    case IntensityClass::Training:
        b.color = QColor(0x1a, 0x73, 0xe8);
        b.toolTip = tr("Training: sub-maximal work with reps left in reserve.");
        break;
    case IntensityClass::Hard:
        b.color = QColor(0xb4, 0x53, 0x09);
        b.toolTip = tr("Hard: near-maximal but planned training (about 1 rep in reserve).");
        break;
    case IntensityClass::Testing:
        b.color = QColor(0xb3, 0x26, 0x1e);
        b.toolTip = tr("Testing: a max effort (failure, a maximal single or triple, a PR attempt).");
        break;
    }
    if (Theme::isDark())
        b.color = b.color.lighter(160);
    b.tint = tintFor(b.color);
    b.text = displayName(cls);
    return b;
}

} // namespace spotter
