// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace spotter {

/// Every question, warning and file chooser the app puts in front of the user goes through
/// here, so tests can answer them (KeePassXC's MessageBox/FileDialog idea): a test queues the
/// next answers or file names, and every prompt shown is recorded. Without queued answers the
/// real modal dialog appears.
class Prompt
{
public:
    /// A yes/no-style question; the button chosen.
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    /// Something went wrong; only OK to press.
    static void warning(QWidget *parent, const QString &title, const QString &text);
    /// A file to read; empty when cancelled.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                const QString &filter);
    /// A file to write; empty when cancelled.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                const QString &filter);

    // ---- test seam -------------------------------------------------------------------------

    /// The next question is answered @p answer without a dialog; a warning takes one queued
    /// answer as its OK. Answers are used in the order queued.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// The next file chooser returns @p path without a dialog ("" = cancelled).
    static void setNextFileName(const QString &path);
    /// Warnings are recorded but not shown (tests that provoke errors on purpose).
    static void setQuiet(bool quiet);
    /// "title: text" of every question and warning since the last reset(), oldest first.
    [[nodiscard]] static QStringList shown();
    /// How many queued answers and file names are still unused.
    [[nodiscard]] static int pending();
    /// Forgets queued answers, file names, the record and quiet mode.
    static void reset();
};

} // namespace spotter
