// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/icons.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace spotter {

namespace {

class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(QByteArray svg) : m_svg(std::move(svg)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        // Item views paint icons through here for every visible cell on every repaint: draw the
        // cached rendering rather than parsing and rendering the SVG each time.
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QByteArray svg = colored(mode);
        const QSize device = size * scale;
        const QString key =
            QStringLiteral("spotter-icon-%1-%2x%3").arg(qHash(svg)).arg(device.width()).arg(device.height());
        QPixmap pm;
        if (!QPixmapCache::find(key, &pm)) {
            pm = QPixmap(device);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            QSvgRenderer(svg).render(&p, QRectF(QPointF(0, 0), QSizeF(device)));
            p.end();
            QPixmapCache::insert(key, pm);
        }
        pm.setDevicePixelRatio(scale);
        return pm;
    }

    QIconEngine *clone() const override { return new SvgIconEngine(m_svg); }

private:
    QByteArray colored(QIcon::Mode mode) const
    {
        if (!m_svg.contains("#COLOR#"))
            return m_svg;
        const QPalette pal = QApplication::palette();
        QColor color = pal.color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            color = pal.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            color = pal.color(QPalette::HighlightedText);
        QByteArray out = m_svg;
        out.replace("#COLOR#", color.name().toLatin1());
        out.replace("#BASE#", pal.color(QPalette::Base).name().toLatin1());
        return out;
    }

    QByteArray m_svg;
};

} // namespace

QIcon Icons::get(const QString &name)
{
    QFile f(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("Spotter: missing icon %s", qPrintable(name));
        return {};
    }
    return QIcon(new SvgIconEngine(f.readAll()));
}

} // namespace spotter
