// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/changefeed.h"

#include "store/database.h"
#include "store/pgconnection.h"
#include "store/serverschema.h"
#include "store/storeerror.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>
#include <QVariant>

#include <atomic>
#include <libpq-fe.h>

namespace spotter {

namespace {
std::atomic<int> g_feedCounter{0};
constexpr int kHealthMs = 3000;
constexpr int kBurstMs = 250;
} // namespace

ChangeFeed::ChangeFeed(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_name(QStringLiteral("spotter-feed-%1").arg(++g_feedCounter))
    , m_health(new QTimer(this))
    , m_burst(new QTimer(this))
{
    if (!db.isServer())
        return;
    m_burst->setSingleShot(true);
    m_burst->setInterval(kBurstMs);
    connect(m_burst, &QTimer::timeout, this, [this] {
        const QSet<QString> tables = std::exchange(m_pending, {});
        emit changed(tables);
    });
    m_health->setInterval(kHealthMs);
    connect(m_health, &QTimer::timeout, this, &ChangeFeed::check);
    m_health->start();
    listen();
}

ChangeFeed::~ChangeFeed()
{
    close();
}

void ChangeFeed::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_listening = false;
}

void ChangeFeed::listen()
{
    close();
    try {
        QSqlDatabase db = m_db.openDedicatedConnection(m_name);
        QSqlDriver *driver = db.driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    received(payload.toString());
                });
        m_listening = driver->subscribeToNotification(QLatin1String(server::kChangeChannel));
    } catch (const StoreError &) {
        m_listening = false; // tried again at the next check
    }
}

void ChangeFeed::received(const QString &table)
{
    m_pending.insert(table);
    if (!m_burst->isActive())
        m_burst->start();
}

void ChangeFeed::check()
{
    bool alive = false;
    if (QSqlDatabase::contains(m_name)) {
        const QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen()) {
            try {
                PGconn *conn = pg::handle(db);
                // Reading without waiting also finds notifications Qt's socket notifier missed.
                alive = PQconsumeInput(conn) == 1 && !pg::isBroken(conn);
                while (PGnotify *n = PQnotifies(conn)) {
                    received(QString::fromUtf8(n->extra));
                    PQfreemem(n);
                }
            } catch (const StoreError &) {
                alive = false;
            }
        }
    }
    if (alive && m_listening)
        return;
    listen();
    if (m_listening)
        received(QString()); // whatever happened while it was gone
}

} // namespace spotter
