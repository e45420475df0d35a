// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QApplication;

namespace spotter {

/// Light, dark, or whatever the desktop uses. Qt 6.4 has no colour-scheme API, so the choice is
/// applied as a Fusion palette and "system" is read from the platform palette's lightness.
enum class ThemeChoice { System, Light, Dark };

class Theme
{
public:
    /// Applies @p choice to the application (style, palette) and remembers it.
    static void apply(ThemeChoice choice);
    [[nodiscard]] static ThemeChoice current();
    /// True when the palette in use is dark (for colours that must contrast with it).
    [[nodiscard]] static bool isDark();

    [[nodiscard]] static QString key(ThemeChoice choice);
    [[nodiscard]] static ThemeChoice fromKey(const QString &key);
};

} // namespace spotter
