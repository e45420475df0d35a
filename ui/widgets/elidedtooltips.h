// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemView;

namespace spotter {

/// Shows a cell's whole text as its tooltip when the column is too narrow for it. Tables elide a
/// long cell ("Bench Press 190 lb ×…") to fit a small window; without this, the rest could only be
/// read by widening the column. A cell's own tooltip always wins.
class ElidedToolTips : public QObject
{
public:
    /// Watches @p view's viewport for as long as the view lives.
    static void install(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ElidedToolTips(QAbstractItemView *view);
    QAbstractItemView *m_view;
};

} // namespace spotter
