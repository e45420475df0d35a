// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/setdelegate.h"

#include "analysis/intensity.h"
#include "models/exercisecatalogue.h"
#include "models/setsmodel.h"
#include "widgets/badges.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QStringListModel>

namespace spotter {

namespace {
constexpr int kBadgePadding = 6;
} // namespace

SetDelegate::SetDelegate(const ExerciseCatalogue &catalogue, QObject *parent)
    : QStyledItemDelegate(parent), m_catalogue(catalogue)
{}

QWidget *SetDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    switch (index.column()) {
    case SetsModel::Exercise: {
        auto *edit = new QLineEdit(parent);
        edit->setAccessibleName(tr("Exercise"));
        auto *completer = new QCompleter(new QStringListModel(m_catalogue.spellings(), edit), edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setMaxVisibleItems(12);
        edit->setCompleter(completer);
        // When the completion list has the keyboard it hands Enter straight to the line edit,
        // past the event filter; committing on returnPressed makes one Enter pick and move on.
        auto *self = const_cast<SetDelegate *>(this); // createEditor() is const in Qt's API
        connect(edit, &QLineEdit::returnPressed, self, [self, edit] {
            if (!self->commit(edit))
                return;
            emit self->closeEditor(edit, NoHint);
            emit self->committedWithEnter();
        });
        return edit;
    }
    case SetsModel::Kind: {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Kind of set"));
        for (int k = 0; k < static_cast<int>(kSetKindKeys.size()); ++k)
            combo->addItem(displayName(static_cast<SetKind>(k)), k);
        return combo;
    }
    default: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            edit->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
        }
        return editor;
    }
    }
}

void SetDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SetDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        m_accepted = model->setData(index, combo->currentData(), Qt::EditRole);
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        m_accepted = model->setData(index, edit->text(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

bool SetDelegate::commit(QWidget *editor)
{
    m_accepted = true;
    emit commitData(editor);
    return m_accepted;
}

bool SetDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (!editor || event->type() != QEvent::KeyPress)
        return QStyledItemDelegate::eventFilter(object, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
    if (!enter && !tab)
        return QStyledItemDelegate::eventFilter(object, event);
    if (auto *edit = qobject_cast<QLineEdit *>(editor);
        edit && edit->completer() && edit->completer()->popup()->isVisible()) {
        // Enter or Tab with the completion list open takes the highlighted name, if any.
        const QModelIndex chosen = edit->completer()->popup()->currentIndex();
        if (chosen.isValid())
            edit->setText(chosen.data(Qt::DisplayRole).toString());
        edit->completer()->popup()->hide();
    }
    if (!commit(editor))
        return true; // keep the editor open: the status line says what to fix
    if (tab) {
        const bool back = key->key() == Qt::Key_Backtab || key->modifiers().testFlag(Qt::ShiftModifier);
        emit closeEditor(editor, back ? EditPreviousItem : EditNextItem);
        return true;
    }
    emit closeEditor(editor, NoHint);
    emit committedWithEnter();
    return true;
}

QSize SetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == SetsModel::Intensity)
        size.rwidth() += 2 * kBadgePadding;
    return size;
}

void SetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant cls = index.data(SetsModel::IntensityClassRole);
    if (index.column() != SetsModel::Intensity || !cls.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The background (selection, alternate rows) as usual, then a pill: tint, icon, bold word.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Badge badge = badgeFor(static_cast<IntensityClass>(cls.toInt()));
    QFont font = opt.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int iconSize = metrics.height();
    const QString text = index.data(Qt::DisplayRole).toString();
    const int width = kBadgePadding + iconSize + 4 + metrics.horizontalAdvance(text) + kBadgePadding;
    const int height = std::min(opt.rect.height() - 4, metrics.height() + 6);
    QRect pill(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 1,
               std::min(width, opt.rect.width() - 8), height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(badge.color, 1));
    painter->setBrush(badge.tint);
    painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    const QRect iconRect(pill.left() + kBadgePadding, pill.center().y() - iconSize / 2 + 1, iconSize,
                         iconSize);
    badge.icon.paint(painter, iconRect);
    painter->setFont(font);
    painter->setPen(badge.color);
    const QRect textRect = pill.adjusted(kBadgePadding + iconSize + 4, 0, -kBadgePadding, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace spotter
