// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QSlider;
class QSpinBox;

namespace spotter {

/// Pain intensity 0–10 as a slider and a spin box, with the anchors of the scale under the
/// slider ("0 none … 10 worst imaginable"). It starts "not rated": a form must not answer for
/// the lifter, and 0 would be an answer (no pain).
class IntensityInput : public QWidget
{
    Q_OBJECT

public:
    explicit IntensityInput(QWidget *parent = nullptr);

    /// None until rated.
    [[nodiscard]] std::optional<int> value() const { return m_value; }
    /// Shows @p value; emits valueChanged() when it differs from the current one.
    void setValue(std::optional<int> value);

    [[nodiscard]] QSlider *slider() const { return m_slider; }
    [[nodiscard]] QSpinBox *spinBox() const { return m_spin; }

signals:
    void valueChanged();

private:
    QSlider *m_slider;
    QSpinBox *m_spin;
    std::optional<int> m_value;
};

} // namespace spotter
