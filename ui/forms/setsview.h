// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

#include <utility>

namespace spotter {

class SetsModel;

/// The sets grid, keyboard first: Enter commits and moves to the next editable cell, then to the
/// weight of the next row; past the last row it asks for a new set (the page repeats the last
/// one). Tab walks the editable cells and leaves the grid after the last one, so it never traps
/// the keyboard. Typing on a cell starts editing it.
class SetsView : public QTableView
{
    Q_OBJECT

public:
    explicit SetsView(QWidget *parent = nullptr);

    /// Shows @p model, the cursor landing on the load, with each column as wide as what it
    /// holds. The exercise and plates columns give up room in a narrow window (down to "Back
    /// Squat" and "2×45 + 35 + 25"), so that the grid fits the Log page of a 1024-pixel window without
    /// scrolling sideways; Last time takes what is left.
    void setSetsModel(SetsModel *model);

    /// The column the cursor lands on in a new or next row.
    void setEntryColumn(int column) { m_entryColumn = column; }
    /// Moves on from the current cell as Enter does.
    void moveOn();
    [[nodiscard]] bool isEditing() const { return state() == EditingState; }

signals:
    /// Enter past the last cell of the last row: add a set after it.
    void appendRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    bool focusNextPrevChild(bool next) override;

private:
    [[nodiscard]] bool isEditable(int row, int column) const;
    void fitColumns();
    /// The next (or previous) editable cell in reading order; invalid at the end.
    [[nodiscard]] QModelIndex step(const QModelIndex &from, bool forward) const;

    int m_entryColumn = 0;
    std::pair<int, int> m_exerciseWidths{0, 0}; ///< the exercise column's narrowest and widest
    std::pair<int, int> m_plateWidths{0, 0};    ///< the plates column's
    int m_lastTimeWidth = 0;                    ///< a usual Last time line
};

} // namespace spotter
