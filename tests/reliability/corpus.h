// SPDX-License-Identifier: GPL-3.0-or-later
// The malformed-input corpus: files that every import must refuse with "FILE:LINE: reason",
// written from a compact description of each format (see docs/reliability.md).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace spotter::test {

/// One file the import must refuse, and how.
struct CorpusCase
{
    QString category; ///< "strong", "hevy", "encoding", ... (for the counts in docs/reliability.md)
    QString name;     ///< unique; the file's name when it is written
    QByteArray bytes; ///< the file, unless it is a committed fixture
    QString fixture;  ///< path under tests/data/import/ of a committed (byte-exact) file
    QStringList options;
    int exitCode = 1; ///< 1: the file is wrong; 2: the command line lacks what the file needs
    qint64 line = 0;  ///< the line of the first error
    QString reason;   ///< text the first error must contain
    QString moreText; ///< text that must appear further down standard error, when not empty
};

/// A CSV file as fields, written back with any delimiter, line end and quoting. Single fields
/// can be replaced by raw bytes, which is how broken quoting and bad bytes get in.
struct Table
{
    QStringList header;
    QList<QStringList> rows;
    char delimiter = ',';
    QByteArray eol = "\n";
    QByteArray prefix; ///< written before the header (a BOM, blank lines)
    bool quoteAll = false;
    QHash<QPair<int, int>, QByteArray> raw; ///< (row, column) → bytes written as they are
    QHash<int, QByteArray> rawRows;         ///< row → its whole line, written as it is

    [[nodiscard]] int column(const QString &name) const;
    /// A copy with row @p row's @p column set to @p value.
    [[nodiscard]] Table with(int row, const QString &column, const QString &value) const;
    /// A copy with row @p row's @p column written as @p bytes, unquoted.
    [[nodiscard]] Table withRaw(int row, const QString &column, const QByteArray &bytes) const;
    [[nodiscard]] QByteArray headerLine() const;
    [[nodiscard]] QByteArray rowLine(int row) const;
    [[nodiscard]] QByteArray bytes() const;
    /// The 1-based line data row @p row starts on in bytes(), counting line breaks in quoted
    /// fields and in the prefix.
    [[nodiscard]] qint64 lineOf(int row) const;
    [[nodiscard]] QByteArray quoted(const QString &field) const;
};

/// Where a mutation goes: a set row inside a session, every row of the format's second
/// session (whose first row is then the line reported), or the last row.
enum class Where { Set, Session, Last };

/// A value the format refuses: written into @p column, the import must say @p reason ("%v"
/// stands for the value).
struct Mutation
{
    QString column;
    QString value;
    QString reason;
    Where where = Where::Set;
};

/// A valid file of one format and where its mutations go.
struct CorpusFormat
{
    QString key;
    Table table;
    QStringList options;
    int setRow = 0;     ///< a row inside a session, after its first
    int sessionRow = 0; ///< the first row of the second session
    QString textColumn; ///< a free-text column
    Mutation badValue;  ///< one typical mistake (Where::Set), for the layout variants
    QList<Mutation> mutations;
    QList<CorpusCase> extra; ///< cases that change more than one value
};

[[nodiscard]] QList<CorpusFormat> corpusFormats();
[[nodiscard]] CorpusFormat spotterSets();
[[nodiscard]] CorpusFormat spotterSoreness();

/// Every case, in a stable order.
[[nodiscard]] QList<CorpusCase> valueCases(const CorpusFormat &format);
[[nodiscard]] QList<CorpusCase> structureCases(const CorpusFormat &format);
[[nodiscard]] QList<CorpusCase> sizeCases();
/// Empty files, headers of no format, a format forced on the wrong file, options a file needs.
[[nodiscard]] QList<CorpusCase> miscCases();
/// The committed files under tests/data/import/bad/ and what each must say.
[[nodiscard]] QList<CorpusCase> fixtureCases();

} // namespace spotter::test
