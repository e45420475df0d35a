// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/theme.h"

#include "shell/themecolors.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <cmath>
#include <memory>

namespace spotter {

namespace {

ThemeChoice g_current = ThemeChoice::System;
QPalette g_systemPalette;
bool g_systemPaletteSaved = false;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x8a, 0x8d, 0x91);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x4c, 0x8b, 0xf5));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Mid, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x50, 0x53, 0x58));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette lightPalette()
{
    // Only its palette is wanted: the style itself is deleted again.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    p.setColor(QPalette::Highlight, QColor(0x1a, 0x73, 0xe8));
    p.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    return p;
}

QPalette highContrastPalette(bool dark)
{
    const QColor back = dark ? QColor(Qt::black) : QColor(Qt::white);
    const QColor text = dark ? QColor(Qt::white) : QColor(Qt::black);
    // Selection and links in colours that read 7:1 or more on the background (and the selected
    // text on the selection).
    const QColor highlight = dark ? QColor(0xff, 0xd8, 0x00) : QColor(0x00, 0x2f, 0x9e);
    QPalette p(text, back);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                      QPalette::ToolTipBase, QPalette::Light, QPalette::Midlight})
        p.setColor(role, back);
    for (auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
          QPalette::PlaceholderText, QPalette::BrightText, QPalette::Dark, QPalette::Mid, QPalette::Shadow})
        p.setColor(role, text);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, back);
    p.setColor(QPalette::Link, dark ? QColor(0x8a, 0xd4, 0xff) : QColor(0x00, 0x2f, 0x9e));
    p.setColor(QPalette::LinkVisited, p.color(QPalette::Link));
    // Disabled text stays readable (7:1), told apart by the style's own frame and shade.
    const QColor disabled = dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x50, 0x50, 0x50);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

/// A desktop's high-contrast palette may still grey its hints and placeholders; those are read,
/// so in high contrast they take the text colour.
QPalette withReadableHints(QPalette p)
{
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = p.color(group, QPalette::Text);
        if (Theme::contrastRatio(p.color(group, QPalette::PlaceholderText), p.color(group, QPalette::Base))
            < Theme::kHighContrastText)
            p.setColor(group, QPalette::PlaceholderText, text);
    }
    return p;
}

/// Opaque @p c as painted on @p under.
QColor flattened(const QColor &c, const QColor &under)
{
    const double a = c.alphaF();
    return QColor::fromRgbF(static_cast<float>(c.redF() * a + under.redF() * (1 - a)),
                            static_cast<float>(c.greenF() * a + under.greenF() * (1 - a)),
                            static_cast<float>(c.blueF() * a + under.blueF() * (1 - a)));
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

bool highContrast(const QPalette &p)
{
    return Theme::contrastRatio(p.color(QPalette::WindowText), p.color(QPalette::Window))
               >= Theme::kHighContrast
           && Theme::contrastRatio(p.color(QPalette::Text), p.color(QPalette::Base)) >= Theme::kHighContrast;
}

} // namespace

void Theme::apply(ThemeChoice choice)
{
    if (!g_systemPaletteSaved) {
        g_systemPalette = QApplication::palette();
        g_systemPaletteSaved = true;
    }
    g_current = choice;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    switch (choice) {
    case ThemeChoice::System:
        QApplication::setPalette(highContrast(g_systemPalette) ? withReadableHints(g_systemPalette)
                                                               : g_systemPalette);
        break;
    case ThemeChoice::Light: QApplication::setPalette(lightPalette()); break;
    case ThemeChoice::Dark: QApplication::setPalette(darkPalette()); break;
    case ThemeChoice::HighContrast: QApplication::setPalette(highContrastPalette(false)); break;
    case ThemeChoice::HighContrastDark: QApplication::setPalette(highContrastPalette(true)); break;
    }
}

bool Theme::isHighContrast()
{
    return highContrast(QApplication::palette());
}

bool Theme::isHighContrast(const QPalette &palette)
{
    return highContrast(palette);
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::legible(const QColor &color, QPalette::ColorRole background)
{
    if (!isHighContrast())
        return color;
    const QColor back = QApplication::palette().color(background);
    const bool darkBack = back.lightness() < 128;
    // Opaque, so that what is measured is what is drawn.
    QColor c = flattened(color, back);
    float h = 0;
    float s = 0;
    float l = 0;
    c.getHslF(&h, &s, &l);
    while (contrastRatio(c, back) < kHighContrastText && l > 0.0F && l < 1.0F) {
        l = darkBack ? std::min(1.0F, l + 0.02F) : std::max(0.0F, l - 0.02F);
        c = QColor::fromHslF(h, s, l);
    }
    return c;
}

QColor Theme::errorColor()
{
    return ThemeColors::error(QApplication::palette());
}

ThemeChoice Theme::current()
{
    return g_current;
}

bool Theme::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QString Theme::key(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light: return QStringLiteral("light");
    case ThemeChoice::Dark: return QStringLiteral("dark");
    case ThemeChoice::HighContrast: return QStringLiteral("high-contrast");
    case ThemeChoice::HighContrastDark: return QStringLiteral("high-contrast-dark");
    case ThemeChoice::System: break;
    }
    return QStringLiteral("system");
}

ThemeChoice Theme::fromKey(const QString &key)
{
    if (key == u"light")
        return ThemeChoice::Light;
    if (key == u"dark")
        return ThemeChoice::Dark;
    if (key == u"high-contrast")
        return ThemeChoice::HighContrast;
    if (key == u"high-contrast-dark")
        return ThemeChoice::HighContrastDark;
    return ThemeChoice::System;
}

void Theme::paintAsNotice(QWidget *bar)
{
    bar->setAutoFillBackground(true);
    QPalette palette = bar->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    bar->setPalette(palette);
}

} // namespace spotter
