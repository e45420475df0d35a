// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace spotter {

/// Sessions of one athlete, newest first, as a table.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Title, Sets, Duration, SessionRpe, ColumnCount };

    explicit SessionTableModel(QObject *parent = nullptr);

    void setSessions(QList<Session> sessions);
    [[nodiscard]] const Session &session(int row) const { return m_sessions.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Session> m_sessions;
};

} // namespace spotter
