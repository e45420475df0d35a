// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace spotter {

/// Help → About: the version, what Spotter is, the licence (GPL-3.0-or-later, because Qt Charts
/// is GPL-3) and the Qt it runs on, with the same words as `spotter-cli --version`.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The dialog's text as plain text (what a screen reader or a test reads).
    [[nodiscard]] QString text() const;

private:
    QLabel *m_text;
};

} // namespace spotter
