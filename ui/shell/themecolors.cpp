// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/themecolors.h"

#include "shell/theme.h"

#include <QApplication>
#include <QEvent>
#include <QVariant>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace spotter {

namespace {

// A hair above 4.5 (7 in high contrast), so that rounding a colour to 8-bit channels never takes
// it below.
constexpr double kMargin = 0.1;

double target(const QPalette &palette)
{
    return (Theme::isHighContrast(palette) ? Theme::kHighContrastText : 4.5) + kMargin;
}
constexpr const char *kToneProperty = "spotterTextTone";

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor blended(const QColor &over, const QColor &under)
{
    const double a = over.alphaF();
    return QColor::fromRgbF(static_cast<float>(over.redF() * a + under.redF() * (1 - a)),
                            static_cast<float>(over.greenF() * a + under.greenF() * (1 - a)),
                            static_cast<float>(over.blueF() * a + under.blueF() * (1 - a)));
}

QColor mixed(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(static_cast<float>(from.redF() + (to.redF() - from.redF()) * t),
                            static_cast<float>(from.greenF() + (to.greenF() - from.greenF()) * t),
                            static_cast<float>(from.blueF() + (to.blueF() - from.blueF()) * t));
}

/// @p start, moved towards the palette's text colour just far enough to read on every background.
QColor readable(const QColor &start, const QPalette &palette,
                std::initializer_list<QPalette::ColorRole> backgrounds)
{
    const QColor text = palette.color(QPalette::WindowText);
    const double needed = target(palette);
    for (int step = 0; step <= 20; ++step) {
        const QColor candidate = mixed(start, text, step / 20.0).toRgb();
        const bool reads = std::all_of(backgrounds.begin(), backgrounds.end(), [&](QPalette::ColorRole role) {
            return ThemeColors::contrast(candidate, palette.color(role)) >= needed;
        });
        if (reads)
            return candidate;
    }
    return text;
}

QPalette::ColorRole firstOf(std::initializer_list<QPalette::ColorRole> backgrounds)
{
    return backgrounds.size() > 0 ? *backgrounds.begin() : QPalette::Window;
}

/// The palette a toned widget's colour is derived from: what it would have without its tone.
QPalette basePalette(const QWidget *widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette(widget);
}

void applyTone(QWidget *widget)
{
    const auto tone = static_cast<ThemeColors::Tone>(widget->property(kToneProperty).toInt());
    const QPalette base = basePalette(widget);
    QColor color = base.color(QPalette::WindowText);
    if (tone == ThemeColors::Tone::Hint)
        color = ThemeColors::hint(base);
    else if (tone == ThemeColors::Tone::Error)
        color = ThemeColors::error(base);
    // Compared first: setting the palette sends the PaletteChange that brings us back here.
    QPalette p = widget->palette();
    if (p.color(QPalette::WindowText) == color && p.color(QPalette::Text) == color
        && widget->foregroundRole() == QPalette::WindowText)
        return;
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, color);
    widget->setPalette(p);
    widget->setForegroundRole(QPalette::WindowText);
}

/// Recolours toned widgets when their palette or parent changes (a theme switch, a reparenting).
class ToneKeeper : public QObject
{
public:
    using QObject::QObject;

    static ToneKeeper *instance()
    {
        static auto *keeper = new ToneKeeper(QCoreApplication::instance());
        return keeper;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange) {
            if (auto *widget = qobject_cast<QWidget *>(watched))
                applyTone(widget);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

double ThemeColors::contrast(const QColor &text, const QColor &background)
{
    const QColor under = background.toRgb();
    const double l1 = luminance(blended(text.toRgb(), under));
    const double l2 = luminance(under);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

QColor ThemeColors::hint(const QPalette &palette, std::initializer_list<QPalette::ColorRole> backgrounds)
{
    // From the palette's placeholder grey (made opaque on the background), as little darker
    // or lighter as reading needs.
    const QColor start = blended(palette.color(QPalette::PlaceholderText).toRgb(),
                                 palette.color(firstOf(backgrounds)).toRgb());
    return readable(start, palette, backgrounds);
}

QColor ThemeColors::error(const QPalette &palette, std::initializer_list<QPalette::ColorRole> backgrounds)
{
    const bool dark = palette.color(firstOf(backgrounds)).lightness() < 128;
    return readable(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e), palette, backgrounds);
}

void ThemeColors::setTone(QWidget *widget, Tone tone)
{
    if (!widget->property(kToneProperty).isValid())
        widget->installEventFilter(ToneKeeper::instance());
    widget->setProperty(kToneProperty, static_cast<int>(tone));
    applyTone(widget);
}

} // namespace spotter
