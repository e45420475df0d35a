// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/setsview.h"

#include <QKeyEvent>

namespace spotter {

SetsView::SetsView(QWidget *parent) : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(true);
}

bool SetsView::isEditable(int row, int column) const
{
    return model() && model()->index(row, column).flags().testFlag(Qt::ItemIsEditable);
}

QModelIndex SetsView::step(const QModelIndex &from, bool forward) const
{
    if (!model())
        return {};
    const int rows = model()->rowCount();
    const int columns = model()->columnCount();
    int row = from.isValid() ? from.row() : (forward ? 0 : rows - 1);
    int column = from.isValid() ? from.column() + (forward ? 1 : -1) : (forward ? 0 : columns - 1);
    while (row >= 0 && row < rows) {
        while (column >= 0 && column < columns) {
            if (isEditable(row, column) && !isColumnHidden(column))
                return model()->index(row, column);
            column += forward ? 1 : -1;
        }
        row += forward ? 1 : -1;
        column = forward ? 0 : columns - 1;
    }
    return {};
}

void SetsView::moveOn()
{
    const QModelIndex current = currentIndex();
    if (!model() || model()->rowCount() == 0) {
        emit appendRequested();
        return;
    }
    if (current.isValid()) {
        for (int column = current.column() + 1; column < model()->columnCount(); ++column) {
            if (isEditable(current.row(), column) && !isColumnHidden(column)) {
                setCurrentIndex(model()->index(current.row(), column));
                return;
            }
        }
    }
    const int next = current.isValid() ? current.row() + 1 : 0;
    if (next >= model()->rowCount()) {
        emit appendRequested();
        return;
    }
    setCurrentIndex(model()->index(next, m_entryColumn));
}

void SetsView::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != EditingState && event->modifiers() == Qt::NoModifier) {
        moveOn();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

QModelIndex SetsView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    // Tab and Shift+Tab (and the editors' "next item") skip the computed columns and stop at
    // the ends, where an invalid index lets the focus leave the grid.
    if (cursorAction == MoveNext)
        return step(currentIndex(), true);
    if (cursorAction == MovePrevious)
        return step(currentIndex(), false);
    return QTableView::moveCursor(cursorAction, modifiers);
}

bool SetsView::focusNextPrevChild(bool next)
{
    if (tabKeyNavigation() && state() != EditingState) {
        const QModelIndex target = step(currentIndex(), next);
        if (target.isValid()) {
            setCurrentIndex(target);
            return true;
        }
    }
    // Past the last editable cell the focus moves on to the next widget, as Tab should.
    return QAbstractScrollArea::focusNextPrevChild(next);
}

} // namespace spotter
