// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/prompt.h"

#include <QFileDialog>
#include <QList>

namespace spotter {

namespace {

struct State
{
    QList<QMessageBox::StandardButton> answers;
    QStringList fileNames;
    QStringList shown;
    bool quiet = false;
};

// Prompts are modal and belong to the UI thread: no locking.
State &state()
{
    static State s;
    return s;
}

} // namespace

QMessageBox::StandardButton Prompt::question(QWidget *parent, const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    State &s = state();
    s.shown.append(title + QStringLiteral(": ") + text);
    if (!s.answers.isEmpty())
        return s.answers.takeFirst();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Prompt::warning(QWidget *parent, const QString &title, const QString &text)
{
    State &s = state();
    s.shown.append(title + QStringLiteral(": ") + text);
    if (!s.answers.isEmpty()) {
        s.answers.removeFirst();
        return;
    }
    if (!s.quiet)
        QMessageBox::warning(parent, title, text);
}

QString Prompt::openFileName(QWidget *parent, const QString &caption, const QString &dir,
                             const QString &filter)
{
    State &s = state();
    if (!s.fileNames.isEmpty())
        return s.fileNames.takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString Prompt::saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                             const QString &filter)
{
    State &s = state();
    if (!s.fileNames.isEmpty())
        return s.fileNames.takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void Prompt::setNextAnswer(QMessageBox::StandardButton answer)
{
    state().answers.append(answer);
}

void Prompt::setNextFileName(const QString &path)
{
    state().fileNames.append(path);
}

void Prompt::setQuiet(bool quiet)
{
    state().quiet = quiet;
}

QStringList Prompt::shown()
{
    return state().shown;
}

int Prompt::pending()
{
    return static_cast<int>(state().answers.size() + state().fileNames.size());
}

void Prompt::reset()
{
    state() = State();
}

} // namespace spotter
