// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QComboBox;
class QTableView;

namespace spotter {

class Database;
class SessionTableModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

    [[nodiscard]] SessionTableModel *sessionModel() const { return m_model; }

private:
    void reloadAthletes();
    void showAthlete(int index);

    Database &m_db;
    QComboBox *m_athletes = nullptr;
    QTableView *m_table = nullptr;
    SessionTableModel *m_model = nullptr;
};

} // namespace spotter
