// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/changefeed.h"

#include "store/database.h"
#include "store/pgconnection.h"
#include "store/query.h"
#include "store/serverschema.h"
#include "store/storeerror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>
#include <QVariant>

#include <libpq-fe.h>

namespace spotter {

namespace {
std::atomic<int> g_feedCounter{0};
constexpr int kHealthMs = 3000;
constexpr int kBurstMs = 250;

/// The tables whose rows belong to one athlete's history (sessionsChanged, sorenessChanged).
bool touchesHistories(const QSet<QString> &tables)
{
    return tables.contains(QStringLiteral("session")) || tables.contains(QStringLiteral("workout_set"))
           || tables.contains(QStringLiteral("soreness"));
}

/// What changes when any of @p athlete's sessions, sets or reports is inserted, updated or
/// deleted: each table's count of them and the sum of their xmin (the transaction that wrote
/// each row version; freezing keeps it). Equal stamps before and after a commit would need its
/// new ids to cancel out the old ones exactly: impossible while ids grow, and a coincidence of
/// one value in billions once they have wrapped around.
QString historyStamp(const QSqlDatabase &db, qint64 athlete)
{
    Query q(db, QStringLiteral(
                    "SELECT (SELECT count(*) || '/' || coalesce(sum(xmin::text::bigint), 0) FROM session "
                    "WHERE athlete_id = :athlete) || ' ' || (SELECT count(*) || '/' || "
                    "coalesce(sum(w.xmin::text::bigint), 0) FROM workout_set w JOIN session s ON s.id = "
                    "w.session_id WHERE s.athlete_id = :athlete) || ' ' || (SELECT count(*) || '/' || "
                    "coalesce(sum(xmin::text::bigint), 0) FROM soreness WHERE athlete_id = :athlete)"));
    q.bind(QStringLiteral(":athlete"), athlete).exec();
    return q.next() ? q.string(0) : QString();
}

/// The server's transactions in progress and the next one to come. Equal at two moments only
/// when no transaction that wrote anything began or ended in between.
QString transactionSnapshot(const QSqlDatabase &db)
{
    return Query::scalar(db, QStringLiteral("SELECT pg_current_snapshot()::text")).toString();
}
} // namespace

/// The feed's half on its own thread: the listening connection, its health check and the
/// burst timer. Made on the feed's thread, moved, and deleted on its own thread when that ends.
class FeedListener : public QObject
{
public:
    FeedListener(const Database &db, ChangeFeed *feed, std::shared_ptr<std::atomic<bool>> listening,
                 std::shared_ptr<std::atomic<qint64>> watched, std::shared_ptr<std::atomic<int>> stampBudget,
                 QString before)
        : m_db(db)
        , m_feed(feed)
        , m_listening(std::move(listening))
        , m_watched(std::move(watched))
        , m_stampBudget(std::move(stampBudget))
        , m_name(QStringLiteral("spotter-feed-%1").arg(++g_feedCounter))
        , m_before(std::move(before))
    {}
    ~FeedListener() override { close(); }
    FeedListener(const FeedListener &) = delete;
    FeedListener &operator=(const FeedListener &) = delete;

    /// On the listener's thread, once.
    void start()
    {
        m_burst = new QTimer(this);
        m_burst->setSingleShot(true);
        m_burst->setInterval(kBurstMs);
        connect(m_burst, &QTimer::timeout, this, [this] { deliver(std::exchange(m_pending, {})); });
        m_health = new QTimer(this);
        m_health->setInterval(kHealthMs);
        connect(m_health, &QTimer::timeout, this, &FeedListener::check);
        m_health->start();
        listen();
    }

private:
    void deliver(const QSet<QString> &tables)
    {
        const bool watched = watchedChanged(tables);
        // Dropped if the feed is gone by the time its thread runs it.
        QMetaObject::invokeMethod(
            m_feed, [feed = m_feed, tables, watched] { emit feed->changed(tables, watched); },
            Qt::QueuedConnection);
    }

    /// Whether the watched athlete's history may be among @p tables (ChangeFeed::changed()).
    bool watchedChanged(const QSet<QString> &tables)
    {
        const qint64 athlete = m_watched->load();
        const bool unknown = tables.contains(QString());
        if (!unknown && !touchesHistories(tables))
            return false;
        QString stamp;
        if (athlete > 0 && !m_costly.contains(athlete) && QSqlDatabase::contains(m_name)) {
            try {
                const QSqlDatabase db = QSqlDatabase::database(m_name, false);
                QElapsedTimer took;
                took.start();
                stamp = historyStamp(db, athlete);
                if (took.elapsed() > m_stampBudget->load()) {
                    m_costly.insert(athlete);
                    stamp.clear();
                }
                // The statement may have read notifications off the socket: they wait in libpq.
                takeNotifications(pg::handle(db));
            } catch (const StoreError &) {
                stamp.clear(); // the health check deals with the connection
            }
        }
        const bool same = !stamp.isEmpty() && m_stamps.value(athlete) == stamp;
        if (stamp.isEmpty())
            m_stamps.remove(athlete);
        else
            m_stamps.insert(athlete, stamp);
        return unknown || !same;
    }

    void close()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_listening->store(false);
    }

    void listen()
    {
        close();
        bool listening = false;
        try {
            QSqlDatabase db = m_db.openDedicatedConnection(m_name);
            QSqlDriver *driver = db.driver();
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                        received(payload.toString());
                    });
            listening = driver->subscribeToNotification(QLatin1String(server::kChangeChannel));
            if (listening) {
                // Whatever was written while nobody listened went unheard: before a later
                // subscription, the time the connection was gone; before the first, the time since
                // the window began reading, unless the server's transactions are as they were then.
                const bool missed = !m_first || transactionSnapshot(db) != m_before;
                m_first = false;
                if (missed)
                    received(QString());
            }
        } catch (const StoreError &) {
            listening = false; // tried again at the next check
        }
        m_listening->store(listening);
        if (listening)
            QMetaObject::invokeMethod(
                m_feed, [feed = m_feed] { emit feed->subscribed(); }, Qt::QueuedConnection);
    }

    /// The notifications libpq has read but nobody has taken yet.
    void takeNotifications(PGconn *conn)
    {
        while (PGnotify *n = PQnotifies(conn)) {
            received(QString::fromUtf8(n->extra));
            PQfreemem(n);
        }
    }

    void received(const QString &table)
    {
        m_pending.insert(table);
        if (!m_burst->isActive())
            m_burst->start();
    }

    void check()
    {
        bool alive = false;
        if (QSqlDatabase::contains(m_name)) {
            const QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                try {
                    PGconn *conn = pg::handle(db);
                    // Reading without waiting also finds notifications Qt's socket notifier missed.
                    alive = PQconsumeInput(conn) == 1 && !pg::isBroken(conn);
                    takeNotifications(conn);
                } catch (const StoreError &) {
                    alive = false;
                }
            }
        }
        if (alive && m_listening->load())
            return;
        listen();
    }

    const Database &m_db;
    ChangeFeed *m_feed;
    std::shared_ptr<std::atomic<bool>> m_listening;
    std::shared_ptr<std::atomic<qint64>> m_watched;
    std::shared_ptr<std::atomic<int>> m_stampBudget;
    QHash<qint64, QString> m_stamps; ///< each watched athlete's stamp at the last burst
    QSet<qint64> m_costly;           ///< athletes whose stamp took longer than the budget
    QString m_name;
    QString m_before;
    bool m_first = true;
    QTimer *m_health = nullptr;
    QTimer *m_burst = nullptr;
    QSet<QString> m_pending;
};

ChangeFeed::ChangeFeed(const Database &db, QObject *parent)
    : QObject(parent)
    , m_listening(std::make_shared<std::atomic<bool>>(false))
    , m_watched(std::make_shared<std::atomic<qint64>>(0))
    , m_stampBudget(std::make_shared<std::atomic<int>>(kStampBudgetMs))
{
    if (!db.isServer())
        return;
    m_db = &db;
}

void ChangeFeed::start()
{
    if (!m_db || m_thread)
        return;
    try {
        // Taken as the database was opened, before the window read anything.
        m_before = m_db->openSnapshot();
    } catch (const StoreError &) {
        // Never opened: the first subscription then reports "" as after any lost connection.
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("spotter-feed"));
    m_listener = new FeedListener(*m_db, this, m_listening, m_watched, m_stampBudget, m_before);
    m_listener->moveToThread(m_thread);
    // Its connection was opened on that thread and is closed there, as Qt requires.
    connect(m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_listener, [l = m_listener] { l->start(); }, Qt::QueuedConnection);
}

ChangeFeed::~ChangeFeed()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
}

} // namespace spotter
