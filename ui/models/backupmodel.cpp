// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/backupmodel.h"

#include "shell/themecolors.h"

#include <QLocale>
#include <QPalette>

namespace spotter {

void BackupModel::setBackups(QList<BackupInfo> backups)
{
    beginResetModel();
    m_backups = std::move(backups);
    endResetModel();
}

int BackupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_backups.size());
}

int BackupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupInfo &b = m_backups.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Taken: return locale.toString(b.taken, QLocale::ShortFormat);
        case Kind:
            switch (b.kind) {
            case BackupKind::Daily: return tr("Daily");
            case BackupKind::Manual: return tr("Manual");
            case BackupKind::BeforeRestore: return tr("Before a restore");
            }
            return {};
        case Sessions: return b.readable() ? QVariant(b.sessions) : QVariant(tr("cannot be read"));
        case Sets: return b.readable() ? QVariant(b.sets) : QVariant();
        case Reports: return b.readable() ? QVariant(b.reports) : QVariant();
        case Size: return locale.formattedDataSize(b.bytes);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return b.readable() ? b.path : tr("%1\n%2").arg(b.path, b.problem);
    if (role == Qt::TextAlignmentRole && index.column() >= Sessions)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !b.readable())
        return ThemeColors::hint(QPalette(), {QPalette::Base, QPalette::AlternateBase});
    return {};
}

QVariant BackupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Taken: return tr("Taken");
    case Kind: return tr("Kind");
    case Sessions: return tr("Sessions");
    case Sets: return tr("Sets");
    case Reports: return tr("Soreness reports");
    case Size: return tr("Size");
    default: return {};
    }
}

} // namespace spotter
