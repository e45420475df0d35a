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

signals:
    void addAthleteRequested();
    void importRequested();
    void demoRequested();
};

} // namespace spotter
