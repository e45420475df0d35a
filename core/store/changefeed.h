// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

namespace spotter {

class Database;

/// What other people change on a team server, as it happens: PostgreSQL's LISTEN/NOTIFY on a
/// connection of its own, through QSqlDriver::subscribeToNotification (field notes §6). The
/// server's triggers name the table of every statement that wrote sessions, sets, soreness
/// reports or athletes; changed() reports them, a burst at a time. Qt never reconnects and a
/// lost connection loses its subscription, so the feed checks its connection every few seconds,
/// opens it again and subscribes again, and then reports "" (anything may have changed while
/// it was gone). On a file it does nothing. Lives on the thread that made it (the UI thread).
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(const Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    [[nodiscard]] bool isListening() const { return m_listening; }

signals:
    /// Tables changed by someone (athlete, session, workout_set, soreness); "" when unknown.
    void changed(const QSet<QString> &tables);

private:
    void listen();
    void check();
    void received(const QString &table);
    void close();

    const Database &m_db;
    QString m_name;
    bool m_listening = false;
    QTimer *m_health;
    QTimer *m_burst;
    QSet<QString> m_pending;
};

} // namespace spotter
