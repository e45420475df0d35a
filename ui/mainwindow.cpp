// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "sessiontablemodel.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/sessionrepository.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace spotter {

MainWindow::MainWindow(Database &db, QWidget *parent) : QMainWindow(parent), m_db(db)
{
    setWindowTitle(tr("Spotter"));
    auto *toolbar = addToolBar(tr("Athlete"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Athlete: "), toolbar));
    m_athletes = new QComboBox(toolbar);
    m_athletes->setAccessibleName(tr("Athlete"));
    toolbar->addWidget(m_athletes);

    m_model = new SessionTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    setCentralWidget(m_table);
    statusBar()->showMessage(m_db.path());

    connect(m_athletes, &QComboBox::currentIndexChanged, this, &MainWindow::showAthlete);
    reloadAthletes();
    resize(900, 600);
}

void MainWindow::reloadAthletes()
{
    m_athletes->clear();
    for (const Athlete &a : AthleteRepository(m_db).list())
        m_athletes->addItem(a.name, a.id);
}

void MainWindow::showAthlete(int index)
{
    if (index < 0) {
        m_model->setSessions({});
        return;
    }
    const qint64 id = m_athletes->itemData(index).toLongLong();
    QList<Session> sessions = SessionRepository(m_db).list(id);
    std::reverse(sessions.begin(), sessions.end());
    m_model->setSessions(std::move(sessions));
}

} // namespace spotter
