// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace spotter {

class ChartView;

/// A chart with a line saying how to read it and an "Export as PNG…" button.
class ChartPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    [[nodiscard]] ChartView *view() const { return m_view; }
    void setCaption(const QString &text);
    [[nodiscard]] QString caption() const;
    /// The file name the export dialog suggests (without folder), e.g. "ann-e1rm-2026-03-01.png".
    void setExportName(const QString &fileName) { m_exportName = fileName; }
    [[nodiscard]] QToolButton *exportButton() const { return m_export; }

    /// Asks where to save and exports the chart there; shows what went wrong.
    void exportWithDialog();

private:
    ChartView *m_view;
    QLabel *m_caption;
    QToolButton *m_export;
    QString m_exportName;
};

} // namespace spotter
