// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAbstractButton;

namespace spotter {

class RegionButton;

/// A front and a back outline of a body with the regions of Region drawn on it (all but
/// Other, which has no place on a body). Each region is a focusable, checkable child widget
/// with the region's name as its accessible name, so the map works with a mouse, the keyboard
/// (Tab or the arrow keys move between regions, Space or Enter selects) and a screen reader.
class BodyMap : public QWidget
{
    Q_OBJECT

public:
    explicit BodyMap(QWidget *parent = nullptr);

    /// The selected region; none until one is chosen (or when Other is chosen elsewhere).
    [[nodiscard]] std::optional<Region> region() const { return m_region; }
    /// Selects @p region (none or Other clears the map) without emitting regionSelected().
    void setRegion(std::optional<Region> region);

    /// The regions on the map, in the order the keyboard visits them (head to toe).
    [[nodiscard]] static QList<Region> mapRegions();
    /// The focusable widget of @p region (for tests and the form's tab order).
    [[nodiscard]] QAbstractButton *regionButton(Region region) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user chose @p region on the map.
    void regionSelected(spotter::Region region);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class RegionButton;
    void select(Region region);
    void moveFocus(RegionButton *from, int step);
    void layoutRegions();
    [[nodiscard]] QTransform figureTransform() const;
    [[nodiscard]] int captionHeight() const;

    QList<RegionButton *> m_buttons; ///< in mapRegions() order
    std::optional<Region> m_region;
};

} // namespace spotter
