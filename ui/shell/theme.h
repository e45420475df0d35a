// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QApplication;
class QWidget;

namespace spotter {

/// Light, dark, or whatever the desktop uses. Qt 6.4 has no colour-scheme API, so the choice is
/// applied as a Fusion palette and "system" is read from the platform palette's lightness. The
/// two high-contrast themes are black on white and white on black.
enum class ThemeChoice { System, Light, Dark, HighContrast, HighContrastDark };

class Theme
{
public:
    /// Applies @p choice to the application (style, palette) and remembers it.
    static void apply(ThemeChoice choice);
    [[nodiscard]] static ThemeChoice current();
    /// True when the palette in use is dark (for colours that must contrast with it).
    [[nodiscard]] static bool isDark();
    /// True when the palette in use is high contrast: a chosen high-contrast theme, or a system
    /// palette whose text reads at least kHighContrast:1 on both the window and the base (black
    /// on white, white on black). Fusion's own light palette (about 18:1) is not.
    [[nodiscard]] static bool isHighContrast();
    /// The same test of any @p palette.
    [[nodiscard]] static bool isHighContrast(const QPalette &palette);

    /// The WCAG 2 contrast ratio of two opaque colours, from 1 (none) to 21 (black on white).
    [[nodiscard]] static double contrastRatio(const QColor &a, const QColor &b);
    /// @p color as drawn on the palette's @p background: unchanged normally; in high contrast made
    /// darker (on a light background) or lighter (on a dark one) until it reads at least
    /// kHighContrastText:1, which keeps its hue where it can and ends at black or white. Every
    /// custom colour of text, badges and chart lines goes through it.
    [[nodiscard]] static QColor legible(const QColor &color,
                                        QPalette::ColorRole background = QPalette::Window);
    /// The colour of error text on the window: red, legible in every theme
    /// (ThemeColors::error() of the application's palette).
    [[nodiscard]] static QColor errorColor();
    /// Fills @p bar with the tooltip colours, a pair every theme keeps legible: the bars over the
    /// window's content (demo data, unreadable rows, re-assessed reports) stand out from it.
    static void paintAsNotice(QWidget *bar);

    /// The WCAG AAA contrast ratio for text, which high contrast promises for every colour.
    static constexpr double kHighContrastText = 7.0;
    /// The text-on-background ratio from which a system palette counts as high contrast.
    static constexpr double kHighContrast = 19.5;

    [[nodiscard]] static QString key(ThemeChoice choice);
    [[nodiscard]] static ThemeChoice fromKey(const QString &key);
};

} // namespace spotter
