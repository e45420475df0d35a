// SPDX-License-Identifier: GPL-3.0-or-later
// The status line follows the undo history: what an undo took back, what a redo did again, and
// nothing for a new edit that replaced the undone one (QUndoStack's index alone cannot tell that
// from a redo).
#include "widgets/statusline.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

class Step : public QUndoCommand
{
public:
    explicit Step(const QString &text) { setText(text); }
    void undo() override {}
    void redo() override {}
};

TEST(StatusLine, SaysWhatWasUndoneAndRedoneButNotANewEditAfterAnUndo)
{
    QUndoStack history;
    StatusLine line(&history);
    line.show();
    history.push(new Step(QStringLiteral("add 3 sets of Deadlift")));
    line.say(QStringLiteral("Added 3 sets of Deadlift"));

    history.undo();
    EXPECT_EQ(line.text(), QStringLiteral("Undone: add 3 sets of Deadlift. Ctrl+Shift+Z does it again."));
    history.redo();
    EXPECT_EQ(line.text(), QStringLiteral("Redone: add 3 sets of Deadlift. Ctrl+Z takes it back again."));

    // Same index and count as a redo: a new command in the undone one's place.
    history.undo();
    history.push(new Step(QStringLiteral("add 3 sets of Deadlift")));
    EXPECT_EQ(history.count(), 1);
    EXPECT_TRUE(line.text().isEmpty()) << line.text().toStdString();

    // Two undos and a redo bring back the older command.
    history.push(new Step(QStringLiteral("delete session")));
    history.undo();
    history.undo();
    history.redo();
    EXPECT_EQ(line.text(), QStringLiteral("Redone: add 3 sets of Deadlift. Ctrl+Z takes it back again."));

    // Nothing to say for a hidden page.
    line.hide();
    history.undo();
    history.redo();
    EXPECT_TRUE(line.text().isEmpty());
}

} // namespace
