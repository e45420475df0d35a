// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plateset.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace spotter {

class Workspace;

/// An athlete's bar, plates and collars: what today's suggested loads are made with and what the
/// plan's plates-per-side line shows. Saving is one undoable command.
class PlatesDialog : public QDialog
{
    Q_OBJECT

public:
    PlatesDialog(Workspace &workspace, qint64 athleteId, QWidget *parent = nullptr);

    /// The plate set the fields describe, or none (and @p error) when they do not make one.
    [[nodiscard]] std::optional<PlateSet> plates(QString *error) const;
    /// Stores the fields as the athlete's plates; the error, if any (the dialog stays open).
    std::optional<QString> save();
    void accept() override;

    [[nodiscard]] QLineEdit *platesEdit() const { return m_plates; }
    [[nodiscard]] QDoubleSpinBox *barBox() const { return m_bar; }
    [[nodiscard]] QString previewText() const;

private:
    void showPlates(const PlateSet &set);
    void updatePreview();

    Workspace &m_ws;
    qint64 m_athleteId;
    std::optional<PlateSet> m_stored;
    QComboBox *m_unit;
    QDoubleSpinBox *m_bar;
    QDoubleSpinBox *m_collar;
    QLineEdit *m_plates;
    QLabel *m_preview;
    QLabel *m_error;
};

} // namespace spotter
