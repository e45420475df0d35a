// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/setsview.h"

#include "models/setsmodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

#include <algorithm>

namespace spotter {

SetsView::SetsView(QWidget *parent) : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(true);
}

void SetsView::setSetsModel(SetsModel *model)
{
    const auto em = [this](const QString &sample) { return fontMetrics().horizontalAdvance(sample) + 16; };
    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    // Before the model: the stretched last column never gets narrower than the size it was
    // created with, and Last time needs no more than its header in a narrow window.
    header->setDefaultSectionSize(em(tr("Last time")));
    setModel(model);
    setEntryColumn(SetsModel::Weight);
    setAccessibleName(tr("Sets"));
    setAlternatingRowColors(true);
    setWordWrap(false);
    QHeaderView *rows = verticalHeader();
    rows->setDefaultSectionSize(fontMetrics().height() + 14);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000")) + 12);
    m_exerciseWidths = {em(QStringLiteral("Back Squat")), em(QStringLiteral("Close-Grip Bench Press"))};
    m_lastTimeWidth = em(QStringLiteral("3×5 @ 120 kg RPE 8"));
    m_plateWidths = {em(QStringLiteral("2×45\u2009+\u200935\u2009+\u200925")),
                     em(QStringLiteral("2×45\u2009+\u200935\u2009+\u200925\u2009+\u20095"))};
    setColumnWidth(SetsModel::Kind, em(tr("To failure")));
    setColumnWidth(SetsModel::Weight, em(tr("Weight (kg)")));
    setColumnWidth(SetsModel::Reps, em(QStringLiteral("10:00")));
    setColumnWidth(SetsModel::Rpe, em(tr("RIR 1.5")));
    setColumnWidth(SetsModel::Rest, em(QStringLiteral("10:00")));
    setColumnWidth(SetsModel::E1rm, em(tr("e1RM (kg)")));
    setColumnWidth(SetsModel::Intensity, em(tr("Intensity")) + 32); // the badge's icon
    fitColumns();
}

void SetsView::fitColumns()
{
    if (!model())
        return;
    // What the viewport has with its vertical scroll bar showing, so that the width does not
    // change when the rows come to need one.
    int room = width() - 2 * frameWidth() - verticalHeader()->width()
               - verticalScrollBar()->sizeHint().width() - horizontalHeader()->defaultSectionSize();
    for (int c = SetsModel::Kind; c < SetsModel::LastTime; ++c) {
        if (c != SetsModel::Plates)
            room -= columnWidth(c);
    }
    // What is left goes first to the exercise names, then to a usual Last time line, then to
    // long plate lines; the rest to Last time. When Last time would fall up to 32 pixels short of
    // its usual line, the exercise names give them up (a window 1100 pixels wide did that).
    const auto [exerciseMin, exerciseMax] = m_exerciseWidths;
    const auto [platesMin, platesMax] = m_plateWidths;
    constexpr int kShortfallToGive = 32;
    int spare = std::max(0, room - exerciseMin - platesMin);
    int exercise = exerciseMin + std::min(spare, exerciseMax - exerciseMin);
    spare -= exercise - exerciseMin;
    const int lastTimeNeed = std::max(0, m_lastTimeWidth - horizontalHeader()->defaultSectionSize());
    if (const int shortfall = lastTimeNeed - spare;
        shortfall > 0 && shortfall <= kShortfallToGive && exercise - shortfall >= exerciseMin) {
        exercise -= shortfall;
        spare += shortfall;
    }
    spare -= std::min(spare, lastTimeNeed);
    setColumnWidth(SetsModel::Exercise, exercise);
    setColumnWidth(SetsModel::Plates, platesMin + std::min(spare, platesMax - platesMin));
}

void SetsView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
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
