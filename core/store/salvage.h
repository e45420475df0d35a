// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <limits>

namespace spotter {

class Database;

/// Rowids first..last of a table that could not be read (the ends are the int64 limits when
/// the damage reached the start or the end of the table).
struct RowidRange
{
    qint64 first = 0;
    qint64 last = 0;
    [[nodiscard]] bool openStart() const { return first == std::numeric_limits<qint64>::min(); }
    [[nodiscard]] bool openEnd() const { return last == std::numeric_limits<qint64>::max(); }
    bool operator==(const RowidRange &) const = default;
};

/// What the salvage did with one table.
struct SalvagedTable
{
    QString table;
    qint64 copied = 0;   ///< rows read and written into the new file
    qint64 rejected = 0; ///< rows read but not written (their parent row was lost)
    /// Rows written without their link to a lost row, where the schema clears that link when the
    /// row goes (ON DELETE SET NULL: a soreness report keeps itself when its session is lost).
    qint64 unlinked = 0;
    QList<RowidRange> unreadable;
    /// Nothing of the table could be read (its root page, or every page, is damaged).
    [[nodiscard]] bool wholeTableLost() const
    {
        return copied == 0 && rejected == 0 && unlinked == 0 && unreadable.size() == 1
               && unreadable.first().openStart() && unreadable.first().openEnd();
    }
};

/// A row that was read but could not go into the salvaged file as it was (set aside, or kept
/// without its link to a lost row), with every value it held.
struct SalvageReject
{
    QString table;
    qint64 rowid = 0;
    bool kept = false; ///< in the copy, without its link to the lost row
    QString problem;
    QStringList columns;
    QVariantList values;
};

struct SalvageResult
{
    QList<SalvagedTable> tables; ///< in the order they were copied (parents first)
    [[nodiscard]] qint64 copied() const;
    [[nodiscard]] qint64 rejected() const;
    [[nodiscard]] qint64 unlinked() const;
    /// Whether anything was lost or set aside: the copy is not the whole database.
    [[nodiscard]] bool complete() const;
};

/// Copies what can still be read of a damaged database into a new file with the current
/// schema, for a file whose backup (VACUUM INTO) fails as "malformed". SQLite's own recovery
/// (`.recover`) needs the sqlite_dbpage table that Debian's libsqlite3 lacks (docs/reliability.md
/// §10), so this reads each table forward by rowid in chunks, and where a read fails as corrupt
/// it probes for the next readable rowid (growing steps, then halving) and goes on from there.
/// Tables are copied parents first with foreign keys on: a row whose parent was lost is handed
/// to the reject sink instead, never dropped silently; where the schema clears a lost parent's
/// link (ON DELETE SET NULL) the row is kept without it, and handed to the sink as well. The new file passes
/// integrity_check and foreign_key_check, has mode 0600 and appears under its name only when whole.
class Salvage
{
public:
    using RejectSink = std::function<void(const SalvageReject &)>;

    explicit Salvage(const Database &source) : m_source(source) {}

    /// Writes the copy to @p target (which must not exist). Throws StoreError when the copy
    /// cannot be made at all; damage in the source is in the result, not thrown.
    SalvageResult writeTo(const QString &target, const RejectSink &rejects);

    /// Rows read per statement.
    void setChunkRows(int rows) { m_chunkRows = rows; }

private:
    const Database &m_source;
    int m_chunkRows = 1000;
};

} // namespace spotter
