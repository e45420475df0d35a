// SPDX-License-Identifier: GPL-3.0-or-later
// CTest's fixture for a test executable's PostgreSQL cluster:
//   spotter_pg_cluster start POINTER   starts a cluster, writes its folder into POINTER
//   spotter_pg_cluster stop POINTER    stops it and removes the folder
// Where PostgreSQL's server programs are missing, POINTER says so and the tests skip.
#include "pgcluster.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>

using spotter::test::PgCluster;

namespace {

QString readPointer(const QString &pointer)
{
    QFile f(pointer);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

bool writePointer(const QString &pointer, const QString &text)
{
    QFile f(pointer);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    spotter::initApplicationIdentity();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 || (args.at(1) != u"start" && args.at(1) != u"stop")) {
        std::fprintf(stderr, "usage: spotter_pg_cluster start|stop POINTER\n");
        return 2;
    }
    const QString pointer = args.at(2);
    // A cluster left behind by an interrupted run goes first.
    if (const QString old = readPointer(pointer); !old.isEmpty() && !old.startsWith(u"absent:"))
        PgCluster::stop(old);
    QFile::remove(pointer);
    if (args.at(1) == u"stop")
        return 0;
    if (PgCluster::binDir().isEmpty()) {
        const QString why = QStringLiteral("PostgreSQL's server programs (initdb, pg_ctl) are not installed");
        std::printf("%s; the PostgreSQL tests will be skipped\n", qPrintable(why));
        return writePointer(pointer, QStringLiteral("absent: ") + why) ? 0 : 1;
    }
    QByteArray name = QDir::tempPath().toLocal8Bit() + "/spotter-pg-XXXXXX";
    if (!::mkdtemp(name.data())) {
        std::perror("mkdtemp");
        return 1;
    }
    const QString dir = QString::fromLocal8Bit(name);
    QString error;
    if (!PgCluster::start(dir, &error)) {
        std::fprintf(stderr, "spotter_pg_cluster: %s\n", qPrintable(error));
        PgCluster::stop(dir);
        return 1;
    }
    if (!writePointer(pointer, dir)) {
        PgCluster::stop(dir);
        return 1;
    }
    std::printf("PostgreSQL test cluster in %s\n", qPrintable(dir));
    return 0;
}
