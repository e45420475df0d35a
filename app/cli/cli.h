// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace spotter::cli {

class Context;

using CommandFn = int (*)(Context &context, const QStringList &arguments);

struct Command
{
    const char *name;
    const char *summary; ///< translated through QCoreApplication::translate("spotter::cli", ...)
    CommandFn run;
};

/// Every command, in the order --help lists them.
[[nodiscard]] const QList<Command> &commands();

/// `backup` and `export` of a damaged database: they wrote what could still be read, and the
/// summary on standard error says what was lost. Not 0, so that no script takes the copy for a
/// whole one; not 1, so that a script can tell "incomplete copy written" from "nothing written".
inline constexpr int kExitSalvaged = 3;

/// Runs spotter-cli with @p arguments (the program name first) and returns the exit code:
/// 0 success, 1 runtime error, 2 usage error, 3 (kExitSalvaged) an incomplete copy.
int run(const QStringList &arguments);

// The commands (one file each).
int athleteCommand(Context &context, const QStringList &arguments);
int sorenessCommand(Context &context, const QStringList &arguments);
int sessionsCommand(Context &context, const QStringList &arguments);
int logCommand(Context &context, const QStringList &arguments);
int showCommand(Context &context, const QStringList &arguments);
int checkCommand(Context &context, const QStringList &arguments);
int backupCommand(Context &context, const QStringList &arguments);
int restoreCommand(Context &context, const QStringList &arguments);
int routineCommand(Context &context, const QStringList &arguments);
int platesCommand(Context &context, const QStringList &arguments);
int classifyCommand(Context &context, const QStringList &arguments);
int analyzeCommand(Context &context, const QStringList &arguments);
int rulesCommand(Context &context, const QStringList &arguments);
int importCommand(Context &context, const QStringList &arguments);
int exportCommand(Context &context, const QStringList &arguments);
int reportCommand(Context &context, const QStringList &arguments);
int generateCommand(Context &context, const QStringList &arguments);
int serverCommand(Context &context, const QStringList &arguments);
int publishCommand(Context &context, const QStringList &arguments);

} // namespace spotter::cli
