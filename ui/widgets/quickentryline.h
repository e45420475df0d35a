// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quickentry/quickentry.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <utility>

class QLabel;
class QLineEdit;

namespace spotter {

class ExerciseCatalogue;

/// The quick-entry line: "140x5@8" or "Squat 3x5 120kg @7.5" turns into sets. While typing it
/// previews what Enter will add, or underlines where the line goes wrong and says why.
class QuickEntryLine : public QWidget
{
    Q_OBJECT

public:
    /// What a line is read against: the athlete's unit and the exercise of the grid's current row.
    using ContextProvider = std::function<QuickEntryContext()>;

    QuickEntryLine(const ExerciseCatalogue &catalogue, QWidget *parent = nullptr);

    void setContextProvider(ContextProvider provider);
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }
    [[nodiscard]] QString previewText() const;
    /// The label under the line that shows what Enter will add, or what is wrong.
    [[nodiscard]] QLabel *previewLabel() const { return m_preview; }
    /// Where the error is in the line (UTF-16 offset, length) while there is one.
    [[nodiscard]] std::optional<std::pair<qsizetype, qsizetype>> errorSpan() const { return m_errorSpan; }
    [[nodiscard]] const QuickEntryResult &result() const { return m_result; }

    /// Reads the line again (the context changed: another row, another unit, a new exercise).
    void refresh();
    /// Empties the line and its own undo history, so Ctrl+Z undoes the sets it added.
    void clearLine();

signals:
    /// Enter on a line that reads well and names a known exercise.
    void submitted(const QuickEntryResult &result);
    /// Enter on a line whose exercise is not in the catalogue.
    void unknownExercise(const QString &name);
    /// Enter on an empty line: move on to the grid.
    void emptySubmitted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void showPreview();
    void markError(qsizetype offset, qsizetype length);
    void setPreview(const QString &text, bool error);
    void colorPreview();

    const ExerciseCatalogue &m_catalogue;
    ContextProvider m_context;
    QLineEdit *m_edit;
    QLabel *m_preview;
    QuickEntryResult m_result;
    bool m_unknown = false;
    bool m_previewError = false;
    std::optional<std::pair<qsizetype, qsizetype>> m_errorSpan;
};

} // namespace spotter
