// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quickentryline.h"

#include "models/exercisecatalogue.h"
#include "models/setformat.h"
#include "shell/themecolors.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace spotter {

namespace {

constexpr int kMaxPreviewGroups = 6;

/// "3 × (120 kg × 5 @7.5), 140 kg × 3 @9": runs of identical sets are counted once.
QString summarize(const QList<WorkoutSet> &sets, WeightUnit unit)
{
    QStringList parts;
    qsizetype i = 0;
    while (i < sets.size()) {
        WorkoutSet first = sets.at(i);
        first.position = 0;
        qsizetype run = 1;
        while (i + run < sets.size()) {
            WorkoutSet next = sets.at(i + run);
            next.position = 0;
            if (next != first)
                break;
            ++run;
        }
        if (parts.size() == kMaxPreviewGroups) {
            parts.append(QStringLiteral("…"));
            break;
        }
        const QString one = describeSet(first, unit);
        parts.append(run > 1 ? QStringLiteral("%1 × (%2)").arg(run).arg(one) : one);
        i += run;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QuickEntryLine::QuickEntryLine(const ExerciseCatalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_edit(new QLineEdit(this)), m_preview(new QLabel(this))
{
    setAccessibleName(tr("Quick entry"));
    auto *label = new QLabel(tr("&Quick entry:"), this);
    label->setBuddy(m_edit);
    m_edit->setPlaceholderText(tr("e.g. Squat 3x5 120kg @7.5"));
    m_edit->setAccessibleName(tr("Quick entry"));
    m_edit->setToolTip(tr("One exercise and its sets per line, e.g. Deadlift 100x5, 120x5, 140x5@8 rest 3m. "
                          "Enter adds the sets; Ctrl+Z takes the whole line back."));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setAccessibleName(tr("Quick entry preview"));
    m_preview->setContentsMargins(label->sizeHint().width() + 6, 0, 0, 0);

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_edit, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_preview);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, &QuickEntryLine::showPreview);
    connect(m_edit, &QLineEdit::returnPressed, this, &QuickEntryLine::submit);
    showPreview();
}

void QuickEntryLine::setContextProvider(ContextProvider provider)
{
    m_context = std::move(provider);
    showPreview();
}

QString QuickEntryLine::previewText() const
{
    return m_preview->text();
}

void QuickEntryLine::refresh()
{
    showPreview();
}

void QuickEntryLine::clearLine()
{
    // setText() rather than clear(): it also empties the line's own undo history.
    m_edit->setText(QString());
}

bool QuickEntryLine::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride) {
        // With nothing of its own to undo the line lets Ctrl+Z reach the window's Edit menu,
        // so the sets the last line added can be taken back without leaving the line.
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->matches(QKeySequence::Undo) && !m_edit->isUndoAvailable())
            || (key->matches(QKeySequence::Redo) && !m_edit->isRedoAvailable()))
            return true;
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_edit->text().isEmpty()) {
        clearLine();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void QuickEntryLine::setPreview(const QString &text, bool error)
{
    m_preview->setText(text);
    m_previewError = error;
    colorPreview();
}

void QuickEntryLine::colorPreview()
{
    // The preview is read, not decoration: the house hint colour for how to write a line (never
    // the placeholder's grey, about 4:1 at best), the window's text colour for what a line adds,
    // the error colour for an error. Each is set afresh whenever the theme changes.
    ThemeColors::Tone tone = ThemeColors::Tone::Text;
    if (m_previewError)
        tone = ThemeColors::Tone::Error;
    else if (m_edit->text().trimmed().isEmpty())
        tone = ThemeColors::Tone::Hint;
    ThemeColors::setTone(m_preview, tone);
}

void QuickEntryLine::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The error marked in the line is drawn in the theme's error colour: mark it again.
    if (event->type() == QEvent::PaletteChange)
        showPreview();
}

void QuickEntryLine::markError(qsizetype offset, qsizetype length)
{
    // QLineEdit has no API for styling part of its text; input-method formats are the
    // supported way to draw on it (as spell checkers do), and they never change the text.
    QList<QInputMethodEvent::Attribute> attributes;
    m_errorSpan.reset();
    const qsizetype size = m_edit->text().size();
    if (offset >= 0 && size > 0) {
        // An error at the end of the line ("100x") points at what comes before it.
        qsizetype start = std::min(offset, size);
        qsizetype span = length;
        if (span <= 0 || start >= size) {
            start = std::max<qsizetype>(0, std::min(start, size) - 1);
            span = 1;
        }
        span = std::min(span, size - start);
        m_errorSpan = std::make_pair(start, span);
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        // Drawn on the line's own background, not the window's.
        const QColor error = ThemeColors::error(palette(), {QPalette::Base});
        format.setUnderlineColor(error);
        format.setForeground(error);
        attributes.append(QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat,
                                                       static_cast<int>(start - m_edit->cursorPosition()),
                                                       static_cast<int>(span), format));
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_edit, &event);
}

void QuickEntryLine::showPreview()
{
    const QString line = m_edit->text();
    m_unknown = false;
    if (line.trimmed().isEmpty()) {
        m_result = QuickEntryResult();
        markError(-1, 0);
        const QString exercise = m_context ? m_context().exercise : QString();
        setPreview(
            exercise.isEmpty()
                ? tr("One exercise and its sets per line; Enter adds them.")
                : tr("One exercise and its sets per line; without a name, 100x5@8 adds to %1.").arg(exercise),
            false);
        return;
    }
    QuickEntryContext context = m_context ? m_context() : QuickEntryContext();
    m_result = QuickEntry::parse(line, context);
    if (m_result.error) {
        markError(m_result.error->offset, m_result.error->length);
        setPreview(tr("⚠ Column %1: %2").arg(m_result.error->column).arg(m_result.error->message), true);
        return;
    }
    const Exercise *exercise = m_catalogue.find(m_result.exercise);
    if (!exercise) {
        m_unknown = true;
        const qsizetype at = m_result.exerciseInLine ? std::max(0, m_result.exerciseColumn - 1) : 0;
        markError(at, m_result.exercise.size());
        // The message is a sentence of its own, ending in a full stop or a question mark.
        setPreview(tr("⚠ %1 Press Enter to add it to the catalogue.")
                       .arg(m_catalogue.unknownMessage(m_result.exercise)),
                   true);
        return;
    }
    markError(-1, 0);
    const auto count = static_cast<int>(m_result.sets.size());
    const QString text = tr("Enter adds %n set(s) of %1: %2", nullptr, count);
    setPreview(text.arg(exercise->name, summarize(m_result.sets, context.unit)), false);
}

void QuickEntryLine::submit()
{
    showPreview();
    if (m_edit->text().trimmed().isEmpty()) {
        emit emptySubmitted();
        return;
    }
    if (m_result.error)
        return;
    if (m_unknown) {
        emit unknownExercise(m_result.exercise);
        return;
    }
    emit submitted(m_result);
}

} // namespace spotter
