// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace spotter {

/// What a new database shows: what Spotter is and the first things to do.
class FirstRunWidget : public QWidget
{
    Q_OBJECT

public:
    explicit FirstRunWidget(QWidget *parent = nullptr);

    /// The buttons that write into the database (add an athlete, import): disabled while it is
    /// read-only. The demo data has a file of its own and stays.
    [[nodiscard]] QList<QObject *> writableControls() const { return m_writable; }

signals:
    void addAthleteRequested();
    void importRequested();
    void demoRequested();

private:
    QList<QObject *> m_writable;
};

} // namespace spotter
