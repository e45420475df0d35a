// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace spotter {

class ExerciseCatalogue;

/// Editors of the sets grid: the exercise with a completer over the catalogue and its aliases,
/// the kind as a list, numbers as plain text the model parses. Enter commits and asks the view
/// to move on; an edit the model refuses keeps its editor open so it can be fixed. Paints the
/// intensity column as a badge (shape icon, word, colour).
class SetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SetDelegate(const ExerciseCatalogue &catalogue, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    /// Enter committed an edit: the view moves to the next cell.
    void committedWithEnter();

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    /// Commits @p editor; false when the model refused the value.
    bool commit(QWidget *editor);

    const ExerciseCatalogue &m_catalogue;
    mutable bool m_accepted = true; ///< result of the last setModelData
};

} // namespace spotter
