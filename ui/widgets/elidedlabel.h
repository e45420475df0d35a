// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QString>

namespace spotter {

/// One line of plain text that takes the width it is given and elides in the middle when that
/// is too little (a database's path keeps its folder's start and its file name), with the whole
/// text as its tooltip then. A plain QLabel would instead widen the window to its text.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    /// The whole text (text() is what shows).
    void setFullText(const QString &text);
    [[nodiscard]] QString fullText() const { return m_full; }

    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_full;
};

} // namespace spotter
