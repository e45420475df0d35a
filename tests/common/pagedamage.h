// SPDX-License-Identifier: GPL-3.0-or-later
// Damage one page of a database file on purpose, knowing exactly which rows were on it. Pages
// are found from the file itself (SQLite's file format, https://sqlite.org/fileformat2.html):
// the page size from the header, a table's root page from sqlite_schema, its leaves by walking
// the interior pages; no dbstat, which a test should not rely on.
#pragma once

#include <QFile>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QtEndian>

namespace spotter::test {

/// The page size in the header of @p path (bytes 16–17; 1 means 65536).
inline int pageSizeOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = f.read(100);
    if (header.size() < 100)
        return 0;
    const int size = qFromBigEndian<quint16>(header.constData() + 16);
    return size == 1 ? 65536 : size;
}

/// The root page of @p table, read with a plain connection; 0 when there is none.
inline int rootPageOf(const QString &path, const QString &table)
{
    int root = 0;
    const QString name = QStringLiteral("pagedamage-root");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = ?"));
            q.addBindValue(table);
            if (q.exec() && q.next())
                root = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return root;
}

/// Page @p page (1-based) of @p path.
inline QByteArray readPage(const QString &path, int page)
{
    const int size = pageSizeOf(path);
    QFile f(path);
    if (size == 0 || page < 1 || !f.open(QIODevice::ReadOnly) || !f.seek(qint64(page - 1) * size))
        return {};
    return f.read(size);
}

/// Reads a b-tree varint at @p at, moving @p at past it.
inline qint64 readVarint(const QByteArray &bytes, int &at)
{
    quint64 value = 0;
    for (int i = 0; i < 9 && at < bytes.size(); ++i) {
        const auto b = static_cast<quint8>(bytes.at(at++));
        if (i == 8)
            return static_cast<qint64>((value << 8) | b);
        value = (value << 7) | (b & 0x7f);
        if ((b & 0x80) == 0)
            break;
    }
    return static_cast<qint64>(value);
}

/// The leaf pages of the table b-tree rooted at @p root, left to right.
inline QList<int> leafPagesOf(const QString &path, int root)
{
    const QByteArray page = readPage(path, root);
    if (page.isEmpty())
        return {};
    const int header = root == 1 ? 100 : 0;
    const auto type = static_cast<quint8>(page.at(header));
    if (type == 0x0d)
        return {root};
    if (type != 0x05)
        return {};
    const int cells = qFromBigEndian<quint16>(page.constData() + header + 3);
    QList<int> leaves;
    for (int i = 0; i < cells; ++i) {
        const int cell = qFromBigEndian<quint16>(page.constData() + header + 12 + 2 * i);
        leaves += leafPagesOf(path, static_cast<int>(qFromBigEndian<quint32>(page.constData() + cell)));
    }
    leaves += leafPagesOf(path, static_cast<int>(qFromBigEndian<quint32>(page.constData() + header + 8)));
    return leaves;
}

/// The rowids stored on the table leaf page @p page.
inline QList<qint64> rowidsOnLeaf(const QString &path, int page)
{
    const QByteArray bytes = readPage(path, page);
    if (bytes.isEmpty() || static_cast<quint8>(bytes.at(0)) != 0x0d)
        return {};
    const int cells = qFromBigEndian<quint16>(bytes.constData() + 3);
    QList<qint64> rowids;
    for (int i = 0; i < cells; ++i) {
        int at = qFromBigEndian<quint16>(bytes.constData() + 8 + 2 * i);
        readVarint(bytes, at); // payload size
        rowids.append(readVarint(bytes, at));
    }
    return rowids;
}

/// Writes a page of 0xFF (no valid page type) over page @p page of @p path.
inline bool overwritePage(const QString &path, int page)
{
    const int size = pageSizeOf(path);
    QFile f(path);
    if (size == 0 || page < 2 || !f.open(QIODevice::ReadWrite) || f.size() < qint64(page) * size)
        return false;
    f.seek(qint64(page - 1) * size);
    return f.write(QByteArray(size, '\xff')) == size;
}

} // namespace spotter::test
