// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgcluster.h"

#include "store/serveradmin.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace spotter::test {

namespace {

std::atomic<int> g_databaseCounter{0};
QMutex g_adminMutex;

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

/// Runs a server program (as postgres when we are root, since PostgreSQL refuses root).
bool runServerProgram(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (runningAsRoot())
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                    + arguments);
    else
        p.start(program, arguments);
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
    }
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool giveToPostgres(const QString &path)
{
    if (!runningAsRoot())
        return true;
    const passwd *pw = ::getpwnam("postgres");
    return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

QString serverOptions(const QString &socket)
{
    // Shared buffers sized as docs/team-server.md tells a team to size theirs: with Debian's
    // 128 MB the benchmarks' million sets (a 260 MB database) did not fit in them, and nearly a
    // third of the server's time went on copying pages from the system's cache. Memory is only
    // taken as pages are used, so the tests' small databases cost no more.
    return QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                          "-c full_page_writes=off -c max_connections=150 -c shared_buffers=512MB")
        .arg(socket);
}

QString password()
{
    return QString::fromLatin1(PgCluster::kCoachPassword);
}

void writePassFile(const QString &dir)
{
    // libpq's password file: one password for every test login (coach and athletes alike).
    QFile f(dir + QStringLiteral("/pgpass"));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write("*:*:*:*:" + password().toUtf8() + '\n');
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

} // namespace

QString PgCluster::binDir()
{
    const QString forced = qEnvironmentVariable("SPOTTER_PG_BINDIR");
    const auto has = [](const QString &dir) { return QFileInfo::exists(dir + QStringLiteral("/initdb")); };
    if (!forced.isEmpty())
        return has(forced) ? forced : QString();
    QProcess config;
    config.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (config.waitForFinished(10'000)) {
        const QString dir = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
        if (has(dir))
            return dir;
    }
    QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : std::as_const(versions)) {
        const QString dir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
        if (has(dir))
            return dir;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).canonicalPath();
}

bool PgCluster::start(const QString &dir, QString *error)
{
    const QString bin = binDir();
    if (bin.isEmpty()) {
        *error = QStringLiteral("PostgreSQL's server programs (initdb, pg_ctl) are not installed");
        return false;
    }
    const QString socket = dir + QStringLiteral("/sock");
    const QString data = dir + QStringLiteral("/data");
    if (!QDir().mkpath(socket) || !giveToPostgres(dir) || !giveToPostgres(socket)) {
        *error = QStringLiteral("cannot prepare %1 for the postgres user").arg(dir);
        return false;
    }
    QString output;
    if (!runServerProgram(bin + QStringLiteral("/initdb"),
                          {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                           QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                           QStringLiteral("-N"), QStringLiteral("--auth-local=trust")},
                          &output)) {
        *error = QStringLiteral("initdb failed: ") + output;
        return false;
    }
    // The superuser by trust (the harness), everyone else by SCRAM: logins prove themselves as
    // a team's would.
    QFile hba(data + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write pg_hba.conf");
        return false;
    }
    hba.write("local all postgres trust\nlocal all all scram-sha-256\n");
    hba.close();
    giveToPostgres(hba.fileName());
    if (!runServerProgram(bin + QStringLiteral("/pg_ctl"),
                          {QStringLiteral("-D"), data, QStringLiteral("-l"), dir + QStringLiteral("/log"),
                           QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                           QStringLiteral("-o"), serverOptions(socket), QStringLiteral("start")},
                          &output)) {
        *error = QStringLiteral("pg_ctl start failed: ") + output;
        return false;
    }
    writePassFile(dir);
    try {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pgcluster-setup"));
            db.setHostName(socket);
            db.setDatabaseName(QStringLiteral("postgres"));
            db.setUserName(QStringLiteral("postgres"));
            if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE spotter_template"))) {
                *error = QStringLiteral("cannot create the template: ") + db.lastError().text();
                db.close();
                return false;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pgcluster-setup"));
        DatabaseLocation admin = DatabaseLocation::parse(
            QStringLiteral("postgresql://postgres@/%1?host=%2").arg(QLatin1String(kTemplate), socket));
        ServerAdmin server(admin);
        server.init();
        server.addTeam(QString::fromLatin1(kTeam));
        server.addCoach(QString::fromLatin1(kCoach), password());
        server.assignCoach(QString::fromLatin1(kTeam), QString::fromLatin1(kCoach));
    } catch (const StoreError &e) {
        *error = QStringLiteral("cannot set up the template: ") + e.message();
        return false;
    }
    QFile ready(dir + QStringLiteral("/ready"));
    ready.open(QIODevice::WriteOnly);
    return true;
}

void PgCluster::stop(const QString &dir)
{
    const QString bin = binDir();
    if (!bin.isEmpty() && QFileInfo::exists(dir + QStringLiteral("/data/postmaster.pid")))
        runServerProgram(bin + QStringLiteral("/pg_ctl"),
                         {QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-m"),
                          QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    if (dir.startsWith(QDir::tempPath()))
        QDir(dir).removeRecursively();
}

PgCluster &PgCluster::shared()
{
    static PgCluster *cluster = [] {
        auto *c = new PgCluster;
        // Stopped when the application object goes, while QProcess still works.
        qAddPostRoutine([] {
            PgCluster &self = PgCluster::shared();
            if (self.m_ownsCluster)
                stop(self.m_dir);
            self.m_ownsCluster = false;
        });
        return c;
    }();
    return *cluster;
}

PgCluster::PgCluster()
{
    // CTest's fixture names a file that holds the cluster's folder (or why there is none).
    const QString pointer = qEnvironmentVariable("SPOTTER_TEST_PG");
    if (!pointer.isEmpty()) {
        QFile f(pointer);
        const QString dir =
            f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
        if (dir.startsWith(QStringLiteral("absent:"))) {
            m_reason = dir.mid(7).trimmed();
            return;
        }
        if (!dir.isEmpty() && QFileInfo::exists(dir + QStringLiteral("/ready"))) {
            attach(dir);
            return;
        }
    }
    if (binDir().isEmpty()) {
        m_reason = QStringLiteral("PostgreSQL's server programs (initdb, pg_ctl) are not installed");
        return;
    }
    QByteArray name = QDir::tempPath().toLocal8Bit() + "/spotter-pg-XXXXXX";
    if (!::mkdtemp(name.data())) {
        m_reason = QStringLiteral("mkdtemp failed");
        return;
    }
    const QString dir = QString::fromLocal8Bit(name);
    QString error;
    m_ownsCluster = true;
    m_dir = dir;
    if (!start(dir, &error)) {
        ADD_FAILURE() << "PostgreSQL test cluster: " << error.toStdString();
        m_reason = error;
        return;
    }
    attach(dir);
}

PgCluster::~PgCluster() = default;

void PgCluster::attach(const QString &dir)
{
    m_dir = dir;
    m_socket = dir + QStringLiteral("/sock");
    m_data = dir + QStringLiteral("/data");
    m_available = true;
    qputenv("PGPASSFILE", QFile::encodeName(dir + QStringLiteral("/pgpass")));
}

QString PgCluster::createDatabase()
{
    const QString name = QStringLiteral("t%1_%2").arg(::getpid()).arg(++g_databaseCounter);
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 STRATEGY FILE_COPY")
                                         .arg(name, QLatin1String(kTemplate)));
    return name;
}

void PgCluster::dropDatabase(const QString &name)
{
    psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

DatabaseLocation PgCluster::location(const QString &database, const QString &user) const
{
    return DatabaseLocation::parse(
        QStringLiteral("postgresql://%1@/%2?host=%3").arg(user, database, m_socket));
}

PgCluster::PsqlResult PgCluster::tryPsql(const QString &database, const QString &sql,
                                         const QString &user) const
{
    QProcess p;
    p.start(binDir() + QStringLiteral("/psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_socket,
             QStringLiteral("-U"), user, QStringLiteral("-d"), database, QStringLiteral("-c"), sql});
    p.waitForFinished(60'000);
    PsqlResult r;
    r.output = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.error = QString::fromUtf8(p.readAllStandardError()).trimmed();
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return r;
}

QString PgCluster::psql(const QString &database, const QString &sql, const QString &user) const
{
    const PsqlResult r = tryPsql(database, sql, user);
    if (!r.ok)
        ADD_FAILURE() << "psql as " << user.toStdString() << " failed: " << r.error.toStdString() << "\n  "
                      << sql.toStdString();
    return r.output;
}

void PgCluster::restart() const
{
    QString output;
    if (!runServerProgram(binDir() + QStringLiteral("/pg_ctl"),
                          {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("fast"),
                           QStringLiteral("-w"), QStringLiteral("-o"), serverOptions(m_socket),
                           QStringLiteral("restart")},
                          &output))
        ADD_FAILURE() << "pg_ctl restart failed: " << output.toStdString();
}

} // namespace spotter::test
