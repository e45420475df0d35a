// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace spotter {

class Database;
class FeedListener;

/// What other people change on a team server, as it happens: PostgreSQL's LISTEN/NOTIFY on a
/// connection of its own, through QSqlDriver::subscribeToNotification (field notes §6). The
/// server's triggers name the table of every statement that wrote sessions, sets, soreness
/// reports or athletes; changed() reports them, a burst at a time. Qt never reconnects and a
/// lost connection loses its subscription, so the feed checks its connection every few seconds,
/// opens it again and subscribes again, and then reports "" (anything may have changed while
/// it was gone). On a file it does nothing.
///
/// The listening connection lives on a thread of its own, started by start(): opening it is a
/// login on the server (tens of milliseconds, far longer when the server is away and the feed
/// retries), which the window must not wait for. Whatever the window reads before the feed first
/// subscribes is covered by the snapshot of the server's transactions taken as the database was
/// opened (Database::openSnapshot()): if any transaction began or ended before the subscription,
/// the feed reports "" once. So the window may start the feed as late as it likes.
/// changed() and subscribed() arrive on the thread that made the feed.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(const Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// Starts listening, on the feed's own thread. Once; does nothing on a file.
    void start();

    [[nodiscard]] bool isListening() const { return m_listening->load(); }
    /// The athlete whose rows the window shows (0 for none); see changed().
    void watchAthlete(qint64 athleteId) { m_watched->store(athleteId); }
    /// How long a stamp may take (kStampBudgetMs unless a test says otherwise). It reads every
    /// row of the athlete's history; one that took longer is not taken again for that athlete,
    /// whose views then read again at every burst, as they would without stamps.
    void setStampBudget(int milliseconds) { m_stampBudget->store(milliseconds); }
    /// Twice what a lifter's five years cost (20,000 sets: about 42 ms as a coach); 200,000
    /// sets take about 170 ms and fall back (docs/architecture.md).
    static constexpr int kStampBudgetMs = 100;

signals:
    /// Tables changed by someone (athlete, session, workout_set, soreness); "" when unknown.
    /// @p watchedChanged: whether the watched athlete's sessions, sets or soreness reports may
    /// be among them. The server's notifications name tables, not athletes: the feed compares
    /// a stamp of the athlete's rows (their count and their xmin, which every insert, update
    /// and delete changes) with the one it took at the last burst, on its own connection. True
    /// when it cannot tell (no stamp yet, "" among the tables, the stamp failed): a view reads
    /// again for nothing rather than miss a change.
    void changed(const QSet<QString> &tables, bool watchedChanged);
    /// The feed listens (again), after its start or a lost connection.
    void subscribed();

private:
    const Database *m_db = nullptr; ///< a server's; null on a file
    QString m_before;               ///< the server's snapshot when the database was opened
    std::shared_ptr<std::atomic<bool>> m_listening;
    std::shared_ptr<std::atomic<qint64>> m_watched;
    std::shared_ptr<std::atomic<int>> m_stampBudget;
    QThread *m_thread = nullptr;
    FeedListener *m_listener = nullptr;
};

} // namespace spotter
