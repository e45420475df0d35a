// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace spotter::test {

/// Path of a file under tests/data.
inline QString dataPath(const QString &relative)
{
    return QStringLiteral(SPOTTER_TEST_DATA_DIR "/") + relative;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// A fresh database file in its own temporary folder, per test.
class TempDatabase : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("spotter.sqlite"));
        m_db = std::make_unique<Database>(m_path);
    }
    void TearDown() override { m_db.reset(); }

    Database &db() { return *m_db; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString tempFile(const QString &name) const { return m_dir.filePath(name); }
    void reopen()
    {
        m_db.reset();
        m_db = std::make_unique<Database>(m_path);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace spotter::test
