// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSplitter>

namespace spotter {

/// A splitter of two panes that stands them side by side when it is wide enough and stacks them
/// when it is not, so that a page stays usable in a narrow window or at 2× scale without a
/// horizontal scroll bar. Stacked, the first pane gets three fifths of the height: forms need
/// more room than the results beside them.
class FoldingSplitter : public QSplitter
{
    Q_OBJECT

public:
    /// Stacks below @p foldBelow pixels of width.
    explicit FoldingSplitter(int foldBelow, QWidget *parent = nullptr);

    [[nodiscard]] int foldWidth() const { return m_foldBelow; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int m_foldBelow;
};

} // namespace spotter
