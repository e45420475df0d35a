// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/progressseries.h"

#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;

namespace spotter {

class BackgroundRunner;
class ChartPanel;
class Workspace;

/// "Am I getting stronger, and is my back telling me something?": the current athlete's e1RM,
/// load with ACWR, soreness over sessions and weekly volume over a range. The series are built
/// in core on a worker thread; the page only places them in charts.
class ProgressPage : public QWidget
{
    Q_OBJECT

public:
    enum Chart { E1rm, Load, Soreness, Volume, ChartCount };
    Q_ENUM(Chart)

    explicit ProgressPage(Workspace &workspace, QWidget *parent = nullptr);
    ~ProgressPage() override;

    [[nodiscard]] ProgressRange range() const;
    void setRange(ProgressRange range);
    [[nodiscard]] ChartPanel *panel(Chart chart) const { return m_panels.at(chart); }
    /// What the charts show; none before the first load or without an athlete.
    [[nodiscard]] const std::optional<ProgressSeries> &series() const { return m_series; }
    [[nodiscard]] bool isLoading() const;

    /// Reads the current athlete's series again in the background; loaded() follows.
    void reload();

signals:
    /// New series are in the charts (also after a load that found no athlete).
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void changed();
    void dataChanged();
    void showSeries();
    void reflow();

    Workspace &m_ws;
    BackgroundRunner *m_loader;
    QComboBox *m_range;
    QProgressBar *m_busy;
    QLabel *m_status;
    QGridLayout *m_grid;
    int m_columns = 0;
    std::array<ChartPanel *, ChartCount> m_panels{};
    std::optional<ProgressSeries> m_series;
    bool m_stale = true; ///< something changed while the page was hidden
};

} // namespace spotter
