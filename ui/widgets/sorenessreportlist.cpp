// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sorenessreportlist.h"

#include "models/sorenessreportmodel.h"
#include "shell/desktopdatabase.h"
#include "widgets/elidedtooltips.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace spotter {

SorenessReportList::SorenessReportList(SorenessReportModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_empty(new QLabel(tr("No soreness reported yet. Fill in the form and press Save."), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
{
    m_view->setModel(m_model);
    ElidedToolTips::install(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Past soreness reports"));
    m_view->setToolTip(tr("Select a report to see it again and edit it"));
    m_view->setColumnWidth(SorenessReportModel::Noticed, 190);
    m_view->setColumnWidth(SorenessReportModel::Where, 170);
    m_view->setColumnWidth(SorenessReportModel::Intensity, 80);
    // Three rows at least, whatever the splitter above would leave (issue 17: it showed 1½),
    // with room for the sideways scroll bar should the columns overflow.
    constexpr int kVisibleRows = 3;
    m_view->setMinimumHeight(m_view->horizontalHeader()->sizeHint().height()
                             + kVisibleRows * m_view->verticalHeader()->defaultSectionSize()
                             + m_view->horizontalScrollBar()->sizeHint().height() + 2 * m_view->frameWidth());
    auto *label = new QLabel(tr("P&ast reports:"), this);
    label->setBuddy(m_view);
    m_delete->setToolTip(tr("Delete the selected report (Delete); Ctrl+Z brings it back"));
    auto *bottom = new QHBoxLayout;
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    bottom->addWidget(m_empty, 1);
    bottom->addStretch(1);
    bottom->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    auto *del = m_deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &SorenessReportList::deleteRequested);
    connect(m_delete, &QPushButton::clicked, this, &SorenessReportList::deleteRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting && current.isValid())
                    emit reportChosen(current.data(SorenessReportModel::ReportIdRole).toLongLong());
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SorenessReportList::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SorenessReportList::updateButtons);
    updateButtons();
}

void SorenessReportList::select(std::optional<qint64> id)
{
    m_selecting = true;
    const int row = id ? m_model->rowOf(*id) : -1;
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    } else {
        m_view->selectionModel()->clear();
    }
    m_selecting = false;
    updateButtons();
}

int SorenessReportList::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void SorenessReportList::setReadOnly(const QString &why)
{
    m_readOnly = why;
    setWritableControls({m_delete, m_deleteKey}, why);
    updateButtons();
}

void SorenessReportList::updateButtons()
{
    m_delete->setEnabled(m_view->selectionModel()->hasSelection() && m_readOnly.isEmpty());
    m_empty->setVisible(m_model->rowCount() == 0);
    m_empty->setText(m_model->readError().isEmpty()
                         ? tr("No soreness reported yet. Fill in the form and press Save.")
                         : m_model->readError());
}

} // namespace spotter
