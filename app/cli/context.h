// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/athlete.h"
#include "model/enumset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>
#include <stdexcept>

namespace spotter {
class Database;
}

namespace spotter::cli {

/// Wrong use of the command line: exit code 2, with the message naming the option or value.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {}
    [[nodiscard]] const QString &message() const { return m_message; }

private:
    QString m_message;
};

/// Something went wrong while doing what was asked: exit code 1.
class RuntimeError : public std::runtime_error
{
public:
    explicit RuntimeError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {}
    [[nodiscard]] const QString &message() const { return m_message; }

private:
    QString m_message;
};

/// What every command gets: streams, the database and parsing helpers.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Context)

public:
    Context(QString program, QString dbPath);
    ~Context();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    /// Whether standard error is a terminal: progress then overwrites its own line, and is
    /// reported without being asked for.
    [[nodiscard]] static bool stderrIsTerminal();

    /// What a command does with the database. Only the commands that add data create a missing
    /// file; a command that only reads opens it read-only, leaves its journal mode as it is and
    /// never upgrades it, so it works on a full disk, a read-only mount or a damaged file.
    enum class Access { Read, Write, Create };

    /// Says what the command does with the database before it first opens it (Write unless
    /// said otherwise).
    void setAccess(Access access) { m_access = access; }
    /// The database given by --db, or the default one; opened (and, to write, migrated) on first
    /// use. A missing file is refused unless the access is Create.
    Database &database();
    [[nodiscard]] const QString &dbPath() const { return m_dbPath; }

    /// Parses a command's arguments (--help and --db are added here). Returns false when help
    /// was printed and the command should stop with exit code 0; throws UsageError.
    bool parse(QCommandLineParser &parser, const QString &command, const QString &description,
               const QStringList &arguments);

    // Typed option values; each throws UsageError naming the option.
    [[nodiscard]] static int intValue(const QCommandLineParser &p, const QString &option, int min, int max);
    /// The same for counts beyond int (--sets of generate).
    [[nodiscard]] static qint64 wholeNumber(const QCommandLineParser &p, const QString &option, qint64 min,
                                            qint64 max);
    [[nodiscard]] static double doubleValue(const QCommandLineParser &p, const QString &option);
    [[nodiscard]] static std::optional<QDate> dateValue(const QCommandLineParser &p, const QString &option);
    [[nodiscard]] static QDateTime dateTimeValue(const QCommandLineParser &p, const QString &option);
    template <typename E, std::size_t N>
    [[nodiscard]] static E enumValue(const QCommandLineParser &p, const QString &option,
                                     const KeyTable<E, N> &keys)
    {
        const QString value = p.value(option);
        const auto v = fromKey(keys, value);
        if (!v)
            throw UsageError(tr("--%1: unknown value '%2' (expected one of: %3)")
                                 .arg(option, value, allKeys(keys).join(QLatin1Char(' '))));
        return *v;
    }
    /// Values of a repeatable option, each checked against @p keys.
    template <typename E, std::size_t N>
    [[nodiscard]] static EnumSet<E> enumSetValue(const QCommandLineParser &p, const QString &option,
                                                 const KeyTable<E, N> &keys)
    {
        EnumSet<E> out;
        for (const QString &value : p.values(option)) {
            const auto v = fromKey(keys, value.trimmed());
            if (!v)
                throw UsageError(tr("--%1: unknown value '%2' (expected one of: %3)")
                                     .arg(option, value, allKeys(keys).join(QLatin1Char(' '))));
            out.insert(*v);
        }
        return out;
    }
    /// Throws UsageError unless @p option was given.
    static void require(const QCommandLineParser &p, const QString &option);

    /// The athlete named by --athlete; RuntimeError if there is none.
    [[nodiscard]] Athlete athlete(const QString &name);

private:
    QString m_program;
    QString m_dbPath;
    QTextStream m_out;
    QTextStream m_err;
    void open(Access access);
    void reassess();

    std::unique_ptr<Database> m_db;
    Access m_access = Access::Write;
};

} // namespace spotter::cli
