// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The same store tests on both backends: a test suite derived from BackendTest runs once on a
// fresh SQLite file and once on a fresh PostgreSQL database of the test cluster, connected as
// the coach login (row-level security on, as for a real coach). Instantiate the suite with
// SPOTTER_ON_BOTH_BACKENDS(Suite).

#include "pgcluster.h"
#include "store/database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace spotter::test {

class BackendTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        if (GetParam() == Backend::Postgres) {
            PgCluster &cluster = PgCluster::shared();
            if (!cluster.available())
                GTEST_SKIP() << cluster.unavailableReason().toStdString();
            m_pgDatabase = cluster.createDatabase();
            m_location = cluster.location(m_pgDatabase).toString();
        } else {
            m_location = m_dir.filePath(QStringLiteral("spotter.sqlite"));
        }
        m_db = std::make_unique<Database>(m_location);
    }
    void TearDown() override
    {
        m_db.reset();
        if (!m_pgDatabase.isEmpty())
            PgCluster::shared().dropDatabase(m_pgDatabase);
    }

    Database &db() { return *m_db; }
    [[nodiscard]] bool isPostgres() const { return GetParam() == Backend::Postgres; }
    /// What opens the same database again (a file path or a URI).
    [[nodiscard]] const QString &location() const { return m_location; }
    [[nodiscard]] const QString &pgDatabase() const { return m_pgDatabase; }
    [[nodiscard]] QString tempFile(const QString &name) const { return m_dir.filePath(name); }
    void reopen()
    {
        m_db.reset();
        m_db = std::make_unique<Database>(m_location);
    }

    QTemporaryDir m_dir;
    QString m_location;
    QString m_pgDatabase;
    std::unique_ptr<Database> m_db;
};

inline std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::Sqlite ? "Sqlite" : "Postgres";
}

} // namespace spotter::test

#define SPOTTER_ON_BOTH_BACKENDS(Suite)                                                                      \
    INSTANTIATE_TEST_SUITE_P(Backends, Suite,                                                                \
                             ::testing::Values(::spotter::Backend::Sqlite, ::spotter::Backend::Postgres),    \
                             ::spotter::test::backendName)
