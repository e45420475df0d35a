// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/intensityinput.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace spotter {

namespace {
constexpr int kNotRated = -1; ///< the spin box's "Not rated" value
}

IntensityInput::IntensityInput(QWidget *parent)
    : QWidget(parent), m_slider(new QSlider(Qt::Horizontal, this)), m_spin(new QSpinBox(this))
{
    m_slider->setRange(0, 10);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setPageStep(1);
    m_spin->setRange(kNotRated, 10);
    m_spin->setSpecialValueText(tr("Not rated"));
    for (QWidget *w : {static_cast<QWidget *>(m_slider), static_cast<QWidget *>(m_spin)}) {
        w->setAccessibleName(tr("Intensity, 0 to 10"));
        w->setToolTip(tr("The worst it has been in the last 24 hours: 0 is none, 10 the worst pain you can "
                         "imagine"));
    }

    auto *row = new QHBoxLayout;
    row->addWidget(m_slider, 1);
    row->addWidget(m_spin);
    auto *anchors = new QHBoxLayout;
    const auto anchor = [this](const QString &text, Qt::Alignment align) {
        auto *label = new QLabel(text, this);
        label->setAlignment(align);
        // "10 worst imaginable" breaks onto two lines rather than widen the form (issue 16).
        label->setWordWrap(true);
        QFont small = label->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        label->setFont(small);
        return label;
    };
    anchors->addWidget(anchor(tr("0 none"), Qt::AlignLeft), 1);
    anchors->addWidget(anchor(tr("5 moderate"), Qt::AlignHCenter), 1);
    anchors->addWidget(anchor(tr("10 worst imaginable"), Qt::AlignRight), 1);
    anchors->addSpacing(m_spin->sizeHint().width() + row->spacing());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addLayout(anchors);

    connect(m_slider, &QSlider::valueChanged, this, [this](int v) { setValue(v); });
    // A press on the slider's 0 is an answer too, although the slider's value does not change.
    connect(m_slider, &QSlider::sliderPressed, this, [this] { setValue(m_slider->value()); });
    connect(m_spin, &QSpinBox::valueChanged, this,
            [this](int v) { setValue(v == kNotRated ? std::nullopt : std::optional<int>(v)); });
}

void IntensityInput::setValue(std::optional<int> value)
{
    // The slider and the spin box have already moved when they call this: compare with the
    // value kept here, not with theirs.
    const bool same = value == m_value;
    m_value = value;
    {
        const QSignalBlocker blockSpin(m_spin);
        const QSignalBlocker blockSlider(m_slider);
        m_spin->setValue(value.value_or(kNotRated));
        m_slider->setValue(value.value_or(0));
    }
    if (!same)
        emit valueChanged();
}

} // namespace spotter
