// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace on a new database in a temporary folder: the base the UI fixtures build on.
#pragma once

#include "shell/workspace.h"
#include "store/database.h"
#include "store/exerciserepository.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

namespace spotter::test {

class WorkspaceFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_ws = std::make_unique<Workspace>(
            std::make_unique<Database>(m_dir.filePath(QStringLiteral("db.sqlite"))));
    }
    void TearDown() override
    {
        // Widgets of a test go before the workspace they refer to.
        QApplication::closeAllWindows();
        m_ws.reset();
    }

    Database &db() { return m_ws->database(); }
    QUndoStack &stack() { return *m_ws->undoStack(); }
    qint64 exercise(const QString &name) { return ExerciseRepository(db()).find(name)->id; }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

} // namespace spotter::test
