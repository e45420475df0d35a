// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/bodymap.h"

#include <QAbstractButton>
#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>

namespace spotter {

namespace {

// The two figures are drawn in a canvas of kCanvasWidth × kCanvasHeight units: the front view
// at x 0–100, the back view at x 120–220. Regions that exist on both sides of the body are
// drawn on both, and regions seen from both views (neck, shoulders, arms) on both figures.
constexpr qreal kFigureWidth = 100;
constexpr qreal kBackOffset = 120;
constexpr qreal kCanvasWidth = 220;
constexpr qreal kCanvasHeight = 214;

struct Shape
{
    std::optional<Region> region; ///< none: part of the outline that is not a region (head, hands)
    QPainterPath path;
};

QPainterPath roundedRect(qreal x, qreal y, qreal w, qreal h, qreal r)
{
    QPainterPath p;
    p.addRoundedRect(QRectF(x, y, w, h), r, r);
    return p;
}

QPainterPath ellipse(qreal cx, qreal cy, qreal rx, qreal ry)
{
    QPainterPath p;
    p.addEllipse(QPointF(cx, cy), rx, ry);
    return p;
}

/// @p path and its mirror image across the figure's centre line, as one shape each.
void addPair(QList<Shape> &out, std::optional<Region> region, const QPainterPath &path, qreal offset)
{
    const QTransform mirror(-1, 0, 0, 1, kFigureWidth, 0);
    const QTransform shift = QTransform::fromTranslate(offset, 0);
    out.append({region, shift.map(path)});
    out.append({region, shift.map(mirror.map(path))});
}

void addOne(QList<Shape> &out, std::optional<Region> region, const QPainterPath &path, qreal offset)
{
    out.append({region, QTransform::fromTranslate(offset, 0).map(path)});
}

/// Head, neck, arms, hands, knees, ankles and feet look the same from the front and the back.
void addCommon(QList<Shape> &out, qreal offset)
{
    addOne(out, Region::Head, ellipse(50, 13, 9, 11), offset);
    addOne(out, Region::Neck, roundedRect(44, 24, 12, 9, 3), offset);
    addPair(out, Region::Shoulders, ellipse(29, 39.5, 7.5, 7.5), offset);
    addPair(out, Region::Arms, roundedRect(22, 48, 10.5, 29, 5), offset);
    addPair(out, Region::Elbows, ellipse(27, 82, 5.5, 4.5), offset);
    addPair(out, Region::Forearms, roundedRect(21.5, 87, 10, 27, 5), offset);
    addPair(out, Region::Wrists, roundedRect(22, 115, 9, 6, 2.5), offset);
    addPair(out, Region::Hands, ellipse(26.5, 127.5, 5, 6), offset);
    addPair(out, Region::Knees, ellipse(41.5, 155.5, 6.5, 6), offset);
    addPair(out, Region::Ankles, roundedRect(37.5, 194, 8, 7, 3), offset);
    addPair(out, Region::Feet, ellipse(41.5, 206.5, 6.5, 4.5), offset);
}

const QList<Shape> &shapes()
{
    static const QList<Shape> all = [] {
        QList<Shape> out;
        addCommon(out, 0);
        addOne(out, Region::Chest, roundedRect(37, 33, 26, 22, 6), 0);
        addOne(out, Region::Core, roundedRect(38, 56, 24, 32, 5), 0);
        addPair(out, Region::Hips, roundedRect(33, 89, 13, 15, 5), 0);
        addOne(out, Region::Groin, roundedRect(46.5, 89, 7, 14, 3), 0);
        addPair(out, Region::Quads, roundedRect(34, 105, 15, 44, 7), 0);
        addPair(out, Region::Shins, roundedRect(36, 162, 11, 31, 5.5), 0);

        addCommon(out, kBackOffset);
        addOne(out, Region::UpperBack, roundedRect(37, 33, 26, 16, 5), kBackOffset);
        addOne(out, Region::MidBack, roundedRect(37.5, 50, 25, 17, 4), kBackOffset);
        addOne(out, Region::LowerBack, roundedRect(38, 68, 24, 20, 5), kBackOffset);
        addPair(out, Region::Glutes, roundedRect(34, 89, 15.5, 22, 7), kBackOffset);
        addPair(out, Region::Hamstrings, roundedRect(34.5, 112, 14.5, 37, 6), kBackOffset);
        addPair(out, Region::Calves, roundedRect(36, 162, 11, 31, 5.5), kBackOffset);
        return out;
    }();
    return all;
}

constexpr std::array kMapOrder{
    Region::Head,   Region::Neck,    Region::Shoulders, Region::Chest,  Region::UpperBack, Region::Arms,
    Region::Elbows, Region::MidBack, Region::Forearms,  Region::Core,   Region::Wrists,    Region::LowerBack,
    Region::Hands,  Region::Hips,    Region::Groin,     Region::Glutes, Region::Quads,     Region::Hamstrings,
    Region::Knees,  Region::Shins,   Region::Calves,    Region::Ankles, Region::Feet};

} // namespace

/// One region: invisible (the map paints the figure), but focusable, clickable within its
/// shape (the mask) and named for screen readers. Auto-exclusive, so assistive technology
/// reads the regions as one group of radio buttons.
class RegionButton : public QAbstractButton
{
public:
    RegionButton(Region region, BodyMap *map) : QAbstractButton(map), m_map(map), m_region(region)
    {
        setCheckable(true);
        setAutoExclusive(true);
        setFocusPolicy(Qt::StrongFocus);
        setText(displayName(region));
        setAccessibleName(displayName(region));
        setAccessibleDescription(BodyMap::tr("Body map region. Space or Enter selects it."));
        setToolTip(displayName(region));
        connect(this, &QAbstractButton::clicked, map, [this] { m_map->select(m_region); });
    }

    [[nodiscard]] Region region() const { return m_region; }

    void clearChecked()
    {
        // An auto-exclusive button refuses to uncheck itself; clearing the map is not a click.
        setAutoExclusive(false);
        setChecked(false);
        setAutoExclusive(true);
    }

protected:
    void paintEvent(QPaintEvent *) override {}

    // A region stays selected when clicked again: only another region replaces it.
    void nextCheckState() override { setChecked(true); }

    void keyPressEvent(QKeyEvent *event) override
    {
        switch (event->key()) {
        case Qt::Key_Up:
        case Qt::Key_Left: m_map->moveFocus(this, -1); return;
        case Qt::Key_Down:
        case Qt::Key_Right: m_map->moveFocus(this, 1); return;
        case Qt::Key_Home: m_map->moveFocus(this, -static_cast<int>(kMapOrder.size())); return;
        case Qt::Key_End: m_map->moveFocus(this, static_cast<int>(kMapOrder.size())); return;
        case Qt::Key_Return:
        case Qt::Key_Enter: click(); return;
        default: QAbstractButton::keyPressEvent(event);
        }
    }

    bool event(QEvent *e) override
    {
        switch (e->type()) {
        case QEvent::Enter:
        case QEvent::Leave:
        case QEvent::FocusIn:
        case QEvent::FocusOut: m_map->update(); break;
        default: break;
        }
        return QAbstractButton::event(e);
    }

private:
    BodyMap *m_map;
    Region m_region;
};

BodyMap::BodyMap(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Body map"));
    setAccessibleDescription(
        tr("Front and back view of a body. Tab or the arrow keys move between regions; Space or Enter "
           "selects one."));
    for (Region r : kMapOrder)
        m_buttons.append(new RegionButton(r, this));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QList<Region> BodyMap::mapRegions()
{
    return {kMapOrder.begin(), kMapOrder.end()};
}

QAbstractButton *BodyMap::regionButton(Region region) const
{
    for (RegionButton *b : m_buttons) {
        if (b->region() == region)
            return b;
    }
    return nullptr;
}

void BodyMap::setRegion(std::optional<Region> region)
{
    m_region = region == Region::Other ? std::nullopt : region;
    for (RegionButton *b : std::as_const(m_buttons)) {
        if (b->region() == m_region)
            b->setChecked(true);
        else if (b->isChecked())
            b->clearChecked();
    }
    update();
}

void BodyMap::select(Region region)
{
    setRegion(region);
    emit regionSelected(region);
}

void BodyMap::moveFocus(RegionButton *from, int step)
{
    const int count = static_cast<int>(m_buttons.size());
    const int index = std::clamp(static_cast<int>(m_buttons.indexOf(from)) + step, 0, count - 1);
    m_buttons.at(index)->setFocus(step < 0 ? Qt::BacktabFocusReason : Qt::TabFocusReason);
}

int BodyMap::captionHeight() const
{
    return fontMetrics().height() + 6;
}

QTransform BodyMap::figureTransform() const
{
    const int caption = captionHeight();
    const QRectF area = QRectF(rect()).adjusted(4, caption, -4, -caption);
    const qreal scale = std::max(0.1, std::min(area.width() / kCanvasWidth, area.height() / kCanvasHeight));
    const qreal x = area.left() + (area.width() - kCanvasWidth * scale) / 2;
    const qreal y = area.top() + (area.height() - kCanvasHeight * scale) / 2;
    return QTransform(scale, 0, 0, scale, x, y);
}

void BodyMap::layoutRegions()
{
    const QTransform t = figureTransform();
    for (RegionButton *b : std::as_const(m_buttons)) {
        QPainterPath outline;
        for (const Shape &s : shapes()) {
            if (s.region == b->region())
                outline.addPath(t.map(s.path));
        }
        const QRect bounds = outline.boundingRect().toAlignedRect();
        b->setGeometry(bounds);
        QRegion mask;
        for (const QPolygonF &polygon : outline.translated(-bounds.topLeft()).toFillPolygons())
            mask += QRegion(polygon.toPolygon());
        b->setMask(mask);
    }
}

void BodyMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutRegions();
}

void BodyMap::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        layoutRegions();
}

QSize BodyMap::sizeHint() const
{
    return {260, static_cast<int>(kCanvasHeight * 252 / kCanvasWidth) + 2 * captionHeight()};
}

QSize BodyMap::minimumSizeHint() const
{
    return {180, static_cast<int>(kCanvasHeight * 172 / kCanvasWidth) + 2 * captionHeight()};
}

void BodyMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QTransform t = figureTransform();

    const RegionButton *hovered = nullptr;
    const RegionButton *focused = nullptr;
    for (const RegionButton *b : std::as_const(m_buttons)) {
        if (b->underMouse())
            hovered = b;
        if (b->hasFocus())
            focused = b;
    }

    const QColor outline = pal.color(QPalette::WindowText);
    const QColor highlight = pal.color(QPalette::Highlight);
    QColor hover = highlight;
    hover.setAlphaF(0.35f);
    const QColor skin = pal.color(QPalette::Base);
    const QColor other = pal.color(QPalette::Mid);
    for (const Shape &s : shapes()) {
        const QPainterPath path = t.map(s.path);
        QColor fill = s.region ? skin : other;
        if (s.region && s.region == m_region)
            fill = highlight;
        p.setPen(QPen(outline, s.region == m_region ? 2.0 : 1.0));
        p.setBrush(fill);
        p.drawPath(path);
        if (s.region && hovered && s.region == hovered->region() && s.region != m_region)
            p.fillPath(path, hover);
    }
    if (focused) {
        // A dashed frame in the text colour: visible on the selected fill and on the outline alike.
        QPen pen(outline, 2.5, Qt::DashLine);
        p.setBrush(Qt::NoBrush);
        p.setPen(pen);
        for (const Shape &s : shapes()) {
            if (s.region == focused->region())
                p.drawPath(t.map(s.path));
        }
    }

    p.setPen(pal.color(QPalette::WindowText));
    const int caption = captionHeight();
    const qreal scale = t.m11();
    const qreal left = t.dx();
    p.drawText(QRectF(left, 0, kFigureWidth * scale, caption), Qt::AlignCenter, tr("Front"));
    p.drawText(QRectF(left + kBackOffset * scale, 0, kFigureWidth * scale, caption), Qt::AlignCenter,
               tr("Back"));

    QString status;
    if (hovered)
        status = displayName(hovered->region());
    else if (focused)
        status = displayName(focused->region());
    else if (m_region)
        status = tr("Selected: %1").arg(displayName(*m_region));
    else
        status = tr("Click where it is sore");
    QFont bold = font();
    bold.setBold(hovered || focused);
    p.setFont(bold);
    p.drawText(QRectF(0, height() - caption, width(), caption), Qt::AlignCenter, status);
}

} // namespace spotter
