// SPDX-License-Identifier: GPL-3.0-or-later
// WCAG 2 contrast, worked out here on its own (not with Theme::contrastRatio, which is under
// test), for the tests that check what colours the widgets actually draw.
#pragma once

#include <QColor>
#include <QLabel>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace spotter::test {

/// WCAG 2 relative luminance of an opaque colour.
inline double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// @p over painted on @p under (a translucent colour blends with what is behind it).
inline QColor blended(const QColor &over, const QColor &under)
{
    const double a = over.alphaF();
    return QColor::fromRgbF(over.redF() * a + under.redF() * (1 - a),
                            over.greenF() * a + under.greenF() * (1 - a),
                            over.blueF() * a + under.blueF() * (1 - a));
}

/// The WCAG contrast ratio of @p fore drawn on the opaque @p back.
inline double contrast(const QColor &fore, const QColor &back)
{
    const double l1 = luminance(blended(fore, back));
    const double l2 = luminance(back);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

/// The WCAG contrast ratio of @p label's text on the window behind it, from their palettes.
inline double contrast(const QLabel *label)
{
    return contrast(label->palette().color(label->foregroundRole()),
                    label->parentWidget()->palette().color(QPalette::Window));
}

} // namespace spotter::test
