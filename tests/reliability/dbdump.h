// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a database file the way a person would compare two of them: every row of every table.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

#include <atomic>

namespace spotter::test {

/// Runs @p work on a read-only connection to @p path; returns the connection's error, or empty.
template <typename Work>
QString withReadOnlyConnection(const QString &path, Work work)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("reliability-read-%1").arg(++counter);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open())
            work(db);
        else
            error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

/// The schema, the header's versions and every row of every table in rowid order, as text:
/// two dumps are equal exactly when the databases hold the same data.
inline QString logicalDump(const QString &path)
{
    QString out;
    const QString error = withReadOnlyConnection(path, [&out](const QSqlDatabase &db) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        for (const char *pragma : {"PRAGMA user_version", "PRAGMA application_id"}) {
            q.exec(QString::fromLatin1(pragma));
            out += QString::fromLatin1(pragma) + u' '
                   + (q.next() ? q.value(0).toString() : QStringLiteral("?")) + u'\n';
        }
        QStringList tables;
        q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
        while (q.next()) {
            out +=
                q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString() + u'\n';
            if (q.value(0).toString() == u"table")
                tables.append(q.value(1).toString());
        }
        for (const QString &table : std::as_const(tables)) {
            // Table names come from our own schema; an identifier cannot be a bound value.
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table))) {
                out += QStringLiteral("! ") + rows.lastError().text() + u'\n';
                continue;
            }
            out += QStringLiteral("# ") + table + u'\n';
            while (rows.next()) {
                const QSqlRecord r = rows.record();
                QStringList values;
                for (int i = 0; i < r.count(); ++i)
                    values.append(r.isNull(i) ? QStringLiteral("NULL")
                                              : QString::fromLatin1(r.value(i).typeName()) + u':'
                                                    + r.value(i).toString());
                out += values.join(u'|') + u'\n';
            }
        }
    });
    return error.isEmpty() ? out : QStringLiteral("cannot open: ") + error;
}

/// count(*) of @p table, or -1 when it cannot be read.
inline qint64 rowCount(const QString &path, const QString &table)
{
    qint64 n = -1;
    withReadOnlyConnection(path, [&](const QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) && q.next())
            n = q.value(0).toLongLong();
    });
    return n;
}

} // namespace spotter::test
