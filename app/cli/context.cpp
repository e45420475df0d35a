// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"

#include "analysis/ruletable.h"
#include "model/clock.h"
#include "model/session.h"
#include "services/reassessment.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/sorenessrepository.h"
#include "store/storeerror.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>

#include <cmath>
#include <cstdio>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace spotter::cli {

bool Context::stderrIsTerminal()
{
#if defined(Q_OS_UNIX)
    return isatty(STDERR_FILENO) != 0;
#else
    return false;
#endif
}

Context::Context(QString program, QString dbPath)
    : m_program(std::move(program))
    , m_dbPath(dbPath.isEmpty() ? Database::defaultPath() : std::move(dbPath))
    , m_out(stdout)
    , m_err(stderr)
{}

Context::~Context() = default;

Database &Context::database()
{
    const Access access = m_access;
    if (!m_db || (access != Access::Read && m_db->isReadOnly() && m_db->damage().isEmpty()))
        open(access);
    if (access != Access::Read && !m_db->damage().isEmpty())
        throw RuntimeError(m_db->damageMessage());
    return *m_db;
}

void Context::open(Access access)
{
    m_db.reset();
    Database::Options options;
    options.readOnly = access == Access::Read;
    options.create = access == Access::Create;
    try {
        m_db = std::make_unique<Database>(m_dbPath, options);
    } catch (const StoreError &e) {
        switch (e.kind()) {
        case StoreError::Kind::NotFound:
            if (!DatabaseLocation::parse(m_dbPath).isServer() && !QFileInfo::exists(m_dbPath))
                throw RuntimeError(tr("'%1' does not exist. Check the path; 'athlete add', 'log', "
                                      "'import' and 'generate' create a new database.")
                                       .arg(m_dbPath));
            throw;
        case StoreError::Kind::NeedsUpgrade:
            throw RuntimeError(e.message() + u' '
                               + tr("Upgrade it with 'spotter-cli --db %1 check --upgrade'.").arg(m_dbPath));
        default: throw;
        }
    }
    if (!m_db->damage().isEmpty()) {
        m_err << "spotter-cli: " << tr("warning: ") << m_db->damageMessage() << '\n';
        m_err.flush();
        return;
    }
    reassess();
}

void Context::reassess()
{
    // Reports judged by an older rule set are assessed again once, by the first command that
    // opens the database after the rules changed (usually the one that migrated it). A command
    // that only reads does that only when the file can be written at all.
    if (m_db->isReadOnly()) {
        // A team server opened to read is read-only by its session's setting, not its storage.
        if (SorenessRepository(*m_db).pendingAssessments(RuleTable::version()).isEmpty()
            || (!m_db->isServer() && !Database::storageWritable(m_dbPath)))
            return;
        m_db.reset();
        m_db = std::make_unique<Database>(m_dbPath);
        // Opened to write, the file is checked: a damaged one cannot be assessed, only read.
        if (!m_db->damage().isEmpty()) {
            m_err << "spotter-cli: " << tr("warning: ") << m_db->damageMessage() << '\n';
            m_err.flush();
            return;
        }
    }
    const QString notice = reassessmentNotice(assessStoredReports(*m_db, Clock::now()));
    if (!notice.isEmpty()) {
        m_err << "spotter-cli: " << notice << '\n';
        m_err.flush();
    }
}

bool Context::parse(QCommandLineParser &parser, const QString &command, const QString &description,
                    const QStringList &arguments)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    parser.addOption(help);
    parser.addOption(
        QCommandLineOption(QStringLiteral("db"),
                           tr("Database file (default: %1), or a team server (postgresql://… or service=…).")
                               .arg(Database::defaultPath()),
                           tr("path")));
    QStringList args = arguments;
    args.prepend(m_program + u' ' + command);
    if (!parser.parse(args))
        throw UsageError(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the binary by its full path; name the command instead.
        const QString binary = QCoreApplication::arguments().value(0);
        const qsizetype at = text.indexOf(binary);
        if (at >= 0 && at < text.indexOf(u'\n'))
            text.replace(at, binary.size(), m_program + u' ' + command);
        m_out << text;
        m_out.flush();
        return false;
    }
    if (parser.isSet(QStringLiteral("db")))
        m_dbPath = parser.value(QStringLiteral("db"));
    if (m_dbPath.isEmpty())
        throw UsageError(tr("--db: the path must not be empty"));
    return true;
}

int Context::intValue(const QCommandLineParser &p, const QString &option, int min, int max)
{
    return static_cast<int>(wholeNumber(p, option, min, max));
}

qint64 Context::wholeNumber(const QCommandLineParser &p, const QString &option, qint64 min, qint64 max)
{
    bool ok = false;
    const QString value = p.value(option);
    const qint64 v = value.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        throw UsageError(tr("--%1: expected a whole number from %2 to %3; got '%4'")
                             .arg(option)
                             .arg(min)
                             .arg(max)
                             .arg(value));
    return v;
}

double Context::doubleValue(const QCommandLineParser &p, const QString &option)
{
    bool ok = false;
    const QString value = p.value(option);
    const double v = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        throw UsageError(tr("--%1: expected a number; got '%2'").arg(option, value));
    return v;
}

std::optional<QDate> Context::dateValue(const QCommandLineParser &p, const QString &option)
{
    if (!p.isSet(option))
        return std::nullopt;
    const QString value = p.value(option);
    const QDate d = QDate::fromString(value.trimmed(), Qt::ISODate);
    if (!d.isValid())
        throw UsageError(tr("--%1: expected a date as YYYY-MM-DD; got '%2'").arg(option, value));
    return d;
}

QDateTime Context::dateTimeValue(const QCommandLineParser &p, const QString &option)
{
    const QString value = p.value(option);
    QString problem;
    const auto dt = parseDateTime(value, &problem);
    if (!dt)
        throw UsageError(tr("--%1: %2; got '%3'").arg(option, problem, value));
    return *dt;
}

void Context::require(const QCommandLineParser &p, const QString &option)
{
    if (!p.isSet(option))
        throw UsageError(tr("--%1 is required").arg(option));
}

Athlete Context::athlete(const QString &name)
{
    const auto a = AthleteRepository(database()).findByName(name);
    if (!a)
        throw RuntimeError(tr("There is no athlete named '%1' (add one with 'athlete add')").arg(name));
    return *a;
}

} // namespace spotter::cli
