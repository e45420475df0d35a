// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "context.h"
#include "interchange/salvagecopy.h"
#include "jsonout.h"
#include "model/clock.h"
#include "store/backupfolder.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

bool stdinIsTerminal()
{
#if defined(Q_OS_UNIX)
    return isatty(STDIN_FILENO) != 0;
#else
    return false;
#endif
}

QString counts(const BackupInfo &b)
{
    if (!b.readable())
        return Cli::tr("cannot be restored: %1").arg(b.problem);
    return Cli::tr("%1, %2, %3")
        .arg(Cli::tr("%n session(s)", nullptr, static_cast<int>(b.sessions)),
             Cli::tr("%n set(s)", nullptr, static_cast<int>(b.sets)),
             Cli::tr("%n soreness report(s)", nullptr, static_cast<int>(b.reports)));
}

QJsonObject toJson(const BackupInfo &b)
{
    QJsonObject o{{QStringLiteral("path"), b.path},
                  {QStringLiteral("taken"), b.taken.isValid() ? b.taken.toString(Qt::ISODate) : QString()},
                  {QStringLiteral("kind"), toKey(b.kind)},
                  {QStringLiteral("bytes"), b.bytes},
                  {QStringLiteral("schema_version"), b.schemaVersion}};
    if (b.readable()) {
        o.insert(QStringLiteral("sessions"), b.sessions);
        o.insert(QStringLiteral("sets"), b.sets);
        o.insert(QStringLiteral("soreness"), b.reports);
    } else {
        o.insert(QStringLiteral("problem"), b.problem);
    }
    return o;
}

QJsonObject salvageJson(const SalvageOutcome &s)
{
    QJsonArray tables;
    for (const SalvagedTable &t : s.result.tables) {
        QJsonArray lost;
        for (const RowidRange &r : t.unreadable)
            lost.append(
                QJsonObject{{QStringLiteral("first"), r.openStart() ? QJsonValue() : QJsonValue(r.first)},
                            {QStringLiteral("last"), r.openEnd() ? QJsonValue() : QJsonValue(r.last)}});
        tables.append(QJsonObject{{QStringLiteral("table"), t.table},
                                  {QStringLiteral("copied"), t.copied},
                                  {QStringLiteral("rejected"), t.rejected},
                                  {QStringLiteral("unlinked"), t.unlinked},
                                  {QStringLiteral("unreadable_rowids"), lost}});
    }
    return {{QStringLiteral("complete"), s.result.complete()},
            {QStringLiteral("copied"), s.result.copied()},
            {QStringLiteral("rejected"), s.result.rejected()},
            {QStringLiteral("unlinked"), s.result.unlinked()},
            {QStringLiteral("rejects"), s.rejectsPath.isEmpty() ? QJsonValue() : QJsonValue(s.rejectsPath)},
            {QStringLiteral("tables"), tables}};
}

} // namespace

int backupCommand(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Read);
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("path"),
        Cli::tr("Where to write the copy (must not exist); without it, a copy goes into the backup "
                "folder."),
        Cli::tr("[PATH]"));
    p.addOption(
        {QStringLiteral("list"), Cli::tr("List the backups in the backup folder with what each holds.")});
    p.addOption({QStringLiteral("dir"),
                 Cli::tr("The backup folder (default: 'backups' beside the database)."), Cli::tr("folder")});
    p.addOption({QStringLiteral("json"), Cli::tr("Print the result as JSON.")});
    if (!ctx.parse(
            p, QStringLiteral("backup"),
            Cli::tr("Write a consistent copy of the database (safe while Spotter runs), or list the backups. "
                    "Spotter also backs the database up on the first open of each day, keeping 7 daily and 4 "
                    "weekly copies.\n"
                    "A damaged database is salvaged instead: every row that can still be read is copied, "
                    "rows whose session (or other parent) was lost go to NAME.rejects.csv beside the copy, "
                    "and standard error says what was lost.\n"
                    "Exit codes: 0 written, 1 nothing written, 2 wrong usage, 3 a salvaged copy of a damaged "
                    "database was written (incomplete unless the summary says every row was saved)."),
            args))
        return 0;
    if (p.positionalArguments().size() > 1)
        throw UsageError(Cli::tr("expected at most one PATH"));
    if (!p.positionalArguments().isEmpty() && p.positionalArguments().first().isEmpty())
        throw UsageError(Cli::tr("PATH must not be empty"));
    const BackupFolder folder(ctx.dbPath(), p.value(QStringLiteral("dir")));
    if (p.isSet(QStringLiteral("list"))) {
        if (!p.positionalArguments().isEmpty())
            throw UsageError(Cli::tr("--list takes no PATH"));
        const QList<BackupInfo> backups = folder.list();
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const BackupInfo &b : backups)
                array.append(toJson(b));
            printJson(ctx.out(), array);
            return 0;
        }
        if (backups.isEmpty())
            ctx.out() << Cli::tr("No backups in %1 yet.").arg(folder.folder()) << '\n';
        for (const BackupInfo &b : backups)
            ctx.out() << b.taken.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                      << toKey(b.kind).leftJustified(14) << "  " << counts(b) << "  "
                      << QLocale::c().formattedDataSize(b.bytes) << "  " << b.path << '\n';
        return 0;
    }
    Database &db = ctx.database();
    if (db.isServer()) // backupTo() names pg_dump, before any backup folder is made for a server
        db.backupTo(p.positionalArguments().value(0, QStringLiteral("spotter-team.dump")));
    const QDateTime now = Clock::now();
    const QString target = p.positionalArguments().isEmpty() ? folder.freePath(BackupKind::Manual, now)
                                                             : p.positionalArguments().first();
    std::optional<SalvageOutcome> salvaged;
    try {
        if (!db.damage().isEmpty())
            throw StoreError(StoreError::Kind::Corrupt, db.damageMessage());
        db.backupTo(target);
    } catch (const StoreError &e) {
        // SQLite's copy stops at the first damaged page: copy what can still be read instead.
        if (e.kind() != StoreError::Kind::Corrupt)
            throw;
        salvaged = salvageDatabase(db, target, salvageRejectsPath(target));
        for (const QString &line : salvageSummary(db.path(), *salvaged))
            ctx.err() << line << '\n';
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = toJson(BackupFolder::inspect(target));
        if (salvaged)
            o.insert(QStringLiteral("salvage"), salvageJson(*salvaged));
        printJson(ctx.out(), o);
    } else if (salvaged) {
        ctx.out() << Cli::tr("Salvaged copy written to %1").arg(target) << '\n';
    } else {
        ctx.out() << Cli::tr("Backup written to %1").arg(target) << '\n';
    }
    return salvaged ? kExitSalvaged : 0;
}

int restoreCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), Cli::tr("The backup to restore (see 'backup --list')."));
    p.addOption(
        {QStringLiteral("yes"), Cli::tr("Do not ask for confirmation (needed when standard input is not a "
                                        "terminal).")});
    p.addOption({QStringLiteral("dir"),
                 Cli::tr("The backup folder that keeps the replaced database (default: "
                         "'backups' beside the database)."),
                 Cli::tr("folder")});
    if (!ctx.parse(
            p, QStringLiteral("restore"),
            Cli::tr(
                "Replace the database with a backup. The database it replaces is kept in the backup folder "
                "first; the restore is refused while Spotter or another spotter-cli has the database open."),
            args))
        return 0;
    if (p.positionalArguments().size() != 1)
        throw UsageError(Cli::tr("expected exactly one FILE"));
    if (DatabaseLocation::parse(ctx.dbPath()).isServer())
        throw RuntimeError(
            Cli::tr("A team server is restored by its admin with PostgreSQL's pg_restore, which "
                    "sees every athlete's rows (docs/team-server.md, \"Back up\"); nothing was "
                    "changed."));
    const QString file = p.positionalArguments().first();
    const BackupInfo info = BackupFolder::inspect(file);
    if (!info.readable())
        throw RuntimeError(Cli::tr("'%1' cannot be restored: %2").arg(file, info.problem));
    if (!p.isSet(QStringLiteral("yes"))) {
        if (!stdinIsTerminal())
            throw UsageError(
                Cli::tr("restoring replaces the database: confirm with --yes (standard input is not a "
                        "terminal to ask on)"));
        // The answers come from one translation, so the prompt names what is accepted; the
        // English ones work in every language (scripts and habits type them).
        //: The answers that confirm, separated by '|', shortest first: the first is shown in [y/N].
        QStringList yes = Cli::tr("y|yes").toLower().split(u'|', Qt::SkipEmptyParts);
        if (yes.isEmpty())
            yes = {QStringLiteral("y")};
        const QString shown = yes.first();
        yes << QStringLiteral("y") << QStringLiteral("yes");
        ctx.out() << Cli::tr("Restore %1 (%2) over %3?").arg(file, counts(info), ctx.dbPath())
                  << '\n'
                  //: %1 is the first answer of "y|yes"; N (no, the default) may be translated too.
                  << Cli::tr("The current database is kept in the backup folder first. Restore? [%1/N] ")
                         .arg(shown);
        ctx.out().flush();
        std::string answer;
        std::getline(std::cin, answer);
        const QString reply = QString::fromStdString(answer).trimmed().toLower();
        if (!yes.contains(reply)) {
            ctx.out() << Cli::tr("Nothing was changed.") << '\n';
            return 1;
        }
    }
    const BackupFolder folder(ctx.dbPath(), p.value(QStringLiteral("dir")));
    const QString kept = restoreBackup(file, ctx.dbPath(), folder, Clock::now());
    // Opening it checks it once more, and upgrades a backup from an older Spotter.
    Database &db = ctx.database();
    ctx.out()
        << Cli::tr("Restored %1 to %2 (%3).").arg(file, db.path(), counts(BackupFolder::inspect(db.path())))
        << '\n';
    if (!kept.isEmpty())
        ctx.out() << Cli::tr("The database it replaced was kept as %1").arg(kept) << '\n';
    return 0;
}

} // namespace spotter::cli
