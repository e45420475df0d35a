// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace spotter {

/// A check box with a long text that wraps. QCheckBox cannot wrap, and the soreness questions
/// are long: the box carries the text for screen readers (its accessible name), a wrapping
/// label beside it shows it and toggles the box when clicked.
class WrappedCheckBox : public QWidget
{
public:
    WrappedCheckBox(const QString &text, QWidget *parent = nullptr);

    [[nodiscard]] QCheckBox *checkBox() const { return m_box; }
    /// Reads the text's "&" as QCheckBox does: the letter is underlined and Alt+letter ticks the
    /// box. Off by default, because the soreness questions may contain a literal "&".
    void useMnemonic();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCheckBox *m_box;
    QLabel *m_label;
};

} // namespace spotter
