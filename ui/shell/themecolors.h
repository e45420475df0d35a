// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

#include <initializer_list>

class QWidget;

namespace spotter {

/// The text colours the palette has no role for — hints and errors — derived from the palette in
/// use, so that each reads at least 4.5:1 (WCAG 2 AA) on what it is drawn on, in the light and
/// the dark theme and under a desktop's own palette, and at least 7:1 in high contrast. The palette's
/// placeholder grey is meant for empty fields and reads at 3–4:1: a note someone has to read never uses it.
class ThemeColors
{
public:
    /// What a widget's text is.
    enum class Tone {
        Text,  ///< the window's own text colour
        Hint,  ///< muted: notes, explanations, "nothing here yet"
        Error, ///< a problem with what was given
    };

    /// The WCAG 2 contrast ratio of @p text (blended onto @p background when translucent) on
    /// @p background.
    [[nodiscard]] static double contrast(const QColor &text, const QColor &background);

    /// Muted text that still reads at least 4.5:1 on every one of @p backgrounds.
    [[nodiscard]] static QColor hint(const QPalette &palette,
                                     std::initializer_list<QPalette::ColorRole> backgrounds = {
                                         QPalette::Window});
    /// A red that reads at least 4.5:1 on every one of @p backgrounds.
    [[nodiscard]] static QColor error(const QPalette &palette,
                                      std::initializer_list<QPalette::ColorRole> backgrounds = {
                                          QPalette::Window});

    /// Draws @p widget's text (its WindowText and Text roles) in @p tone from now on, and again
    /// whenever its palette changes, so that a theme switch leaves no colour of the old theme.
    static void setTone(QWidget *widget, Tone tone);
};

} // namespace spotter
