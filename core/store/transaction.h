// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <functional>

namespace spotter {

/// RAII write transaction: BEGIN IMMEDIATE (so a writer never fails half-way with
/// SQLITE_BUSY_SNAPSHOT), retried while another process holds the write lock, rolled back
/// unless commit() is called. Nested use on the same connection becomes a SAVEPOINT, so a
/// repository call inside an importer's transaction joins it. On PostgreSQL a plain BEGIN
/// (READ COMMITTED); a connection lost since the last statement is opened again first. On a file
/// whose integrity check was deferred (Database::Options::deferCheck) it first waits for the
/// check's verdict, and is refused (StoreError, Corrupt) when the check found damage.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db, std::chrono::milliseconds maxWait = std::chrono::seconds(120));

    /// Called once per transaction, with the database's file name, when a write has waited
    /// kWaitNoticeAfter for another program's lock (the CLI says "waiting for another program…").
    static void setWaitNotice(std::function<void(const QString &file)> notice);
    static constexpr std::chrono::milliseconds kWaitNoticeAfter{2000};
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void commit();
    [[nodiscard]] bool isNested() const { return !m_savepoint.isEmpty(); }

private:
    void rollback() noexcept;

    QSqlDatabase m_db;
    bool m_postgres = false;
    QString m_savepoint;
    bool m_done = false;
};

/// RAII read transaction: one consistent snapshot for several SELECTs. Does nothing when the
/// connection is already inside a transaction.
class ReadTransaction
{
public:
    explicit ReadTransaction(QSqlDatabase db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

/// True while the connection is inside a transaction.
[[nodiscard]] bool inTransaction(const QSqlDatabase &db);

} // namespace spotter
