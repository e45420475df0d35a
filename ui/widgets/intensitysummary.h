// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/intensity.h"
#include "model/enums.h"

#include <QWidget>

class QLabel;

namespace spotter {

class ExerciseCatalogue;

/// The session's intensity at a glance, above the sets: the class badge and why ("Testing —
/// Maximal single or triple…"), new best e1RMs and the rest tip, updated as sets change.
class IntensitySummary : public QWidget
{
    Q_OBJECT

public:
    explicit IntensitySummary(QWidget *parent = nullptr);

    void setIntensity(const SessionIntensity &intensity, const ExerciseCatalogue &catalogue, WeightUnit unit,
                      bool hasSets);
    /// The class line as shown ("Testing — …").
    [[nodiscard]] QString classText() const;
    /// New best e1RMs and tips, one per line.
    [[nodiscard]] QString notesText() const;

private:
    QLabel *m_icon;
    QLabel *m_class;
    QLabel *m_notes;
};

} // namespace spotter
