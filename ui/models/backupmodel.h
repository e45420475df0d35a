// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/backupfolder.h"

#include <QAbstractTableModel>
#include <QList>

namespace spotter {

/// The backups of one database, newest first, with what each holds (File → Restore from
/// backup…). A backup that cannot be restored says why.
class BackupModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Taken, Kind, Sessions, Sets, Reports, Size, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setBackups(QList<BackupInfo> backups);
    [[nodiscard]] const BackupInfo &backup(int row) const { return m_backups.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BackupInfo> m_backups;
};

} // namespace spotter
