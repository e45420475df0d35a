// SPDX-License-Identifier: GPL-3.0-or-later
// The README's "Command line" examples, exactly as written: the commands are read from README.md
// when the test runs (so the test cannot drift from the README), each runs through /bin/sh in a
// private HOME with spotter-cli on the PATH and the default database, once the day after the
// examples' dates and once five years later (SPOTTER_NOW). Every example must succeed and keep
// its result's class: an example that ages into "see a doctor" fails here.
#include "clirunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>

using spotter::test::CliResult;

namespace {

/// The commands of the first ```sh block under "## Command line": continuation lines joined,
/// comment lines and blank lines left out.
QStringList readmeCommands()
{
    QFile file(QStringLiteral(SPOTTER_SOURCE_DIR "/README.md"));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read README.md: " << file.errorString().toStdString();
        return {};
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    const qsizetype section = lines.indexOf(QStringLiteral("## Command line"));
    if (section < 0) {
        ADD_FAILURE() << "README.md has no '## Command line' section";
        return {};
    }
    qsizetype i = section + 1;
    while (i < lines.size() && lines.at(i) != u"```sh" && !lines.at(i).startsWith(u"## "))
        ++i;
    if (i >= lines.size() || lines.at(i) != u"```sh") {
        ADD_FAILURE() << "the '## Command line' section of README.md has no ```sh block";
        return {};
    }
    QStringList commands;
    QString pending;
    for (++i; i < lines.size() && lines.at(i) != u"```"; ++i) {
        const QString line = lines.at(i);
        if (pending.isEmpty() && (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#')))
            continue;
        if (line.endsWith(u'\\')) {
            pending += line.chopped(1);
            continue;
        }
        commands << QString(pending + line).simplified();
        pending.clear();
    }
    if (!pending.isEmpty())
        ADD_FAILURE() << "README.md: the last command ends with a '\\'";
    return commands;
}

struct ExampleRun
{
    QString command;
    CliResult result;
};

/// What one README example must still show. @p pattern picks the example by its command.
struct Expectation
{
    const char *pattern;
    std::function<void(const CliResult &, const QDir &home)> check;
};

QJsonDocument json(const CliResult &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r;
    return doc;
}

QByteArray head(const QString &path, qint64 size)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(size) : QByteArray();
}

const QList<Expectation> &expectations()
{
    static const QList<Expectation> list{
        {"^spotter-cli athlete add ",
         [](const CliResult &r, const QDir &) {
             EXPECT_TRUE(r.out.contains(u"Added athlete 'Ann Lee'")) << r;
         }},
        {"^spotter-cli log ",
         [](const CliResult &r, const QDir &) { EXPECT_TRUE(r.out.startsWith(u"Logged session 1 ")) << r; }},
        {"^spotter-cli sessions .*--json",
         [](const CliResult &r, const QDir &) { EXPECT_EQ(json(r).array().size(), 1) << r; }},
        {"^spotter-cli show 1( |$)",
         [](const CliResult &r, const QDir &) { EXPECT_TRUE(r.out.contains(u"Deadlift")) << r; }},
        // The triage classes: what the README promises a reader will see.
        {"^spotter-cli soreness add ",
         [](const CliResult &r, const QDir &) { EXPECT_TRUE(r.outLines().contains(u"Result: DOMS")) << r; }},
        {"^spotter-cli classify .*--json",
         [](const CliResult &r, const QDir &) {
             EXPECT_EQ(json(r).object().value(u"class").toString(), QStringLiteral("doms")) << r;
         }},
        {"^spotter-cli analyze .*--json",
         [](const CliResult &r, const QDir &) {
             const QJsonObject o = json(r).object();
             const QJsonArray sessions = o.value(u"sessions").toArray();
             ASSERT_EQ(sessions.size(), 1) << r;
             EXPECT_EQ(sessions.first()[u"intensity_class"].toString(), QStringLiteral("training")) << r;
             const QJsonArray soreness = o.value(u"soreness").toArray();
             ASSERT_EQ(soreness.size(), 1) << r;
             EXPECT_EQ(soreness.first()[u"class"].toString(), QStringLiteral("doms")) << r;
         }},
        {"^spotter-cli rules( |$)",
         [](const CliResult &r, const QDir &) { EXPECT_TRUE(r.out.contains(u"SR-01")) << r; }},
        {"^spotter-cli import .*--dry-run",
         [](const CliResult &r, const QDir &) { EXPECT_TRUE(r.out.contains(u"Nothing was written.")) << r; }},
        {"^spotter-cli import (?!.*--dry-run)",
         [](const CliResult &r, const QDir &) { EXPECT_TRUE(r.out.startsWith(u"Imported ")) << r; }},
        {"^spotter-cli export ",
         [](const CliResult &r, const QDir &home) {
             EXPECT_TRUE(head(home.filePath(QStringLiteral("sets.csv")), 64).startsWith("athlete")) << r;
         }},
        {"^spotter-cli report .*--format pdf",
         [](const CliResult &r, const QDir &home) {
             EXPECT_EQ(head(home.filePath(QStringLiteral("ann.pdf")), 5), "%PDF-") << r;
         }},
        {"^spotter-cli check( |$)",
         [](const CliResult &r, const QDir &) { EXPECT_TRUE(r.outLines().contains(u"Integrity: ok")) << r; }},
        {"^spotter-cli backup ",
         [](const CliResult &r, const QDir &home) {
             EXPECT_EQ(head(home.filePath(QStringLiteral("spotter-backup.sqlite")), 15), "SQLite format 3")
                 << r;
         }},
    };
    return list;
}

/// Runs every README example in order in a fresh HOME, with "now" fixed at @p now.
QList<ExampleRun> runReadme(const QTemporaryDir &home, const QString &now)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The README's reader has only a HOME: the default database is ~/.local/share/spotter.
    for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                             "QT_QPA_PLATFORM", "SPOTTER_NOW"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("SPOTTER_NOW"), now);
    env.insert(QStringLiteral("PATH"),
               QFileInfo(QStringLiteral(SPOTTER_CLI)).absolutePath() + QStringLiteral(":/usr/bin:/bin"));
    // The README's import example reads the user's own Strong export.
    QFile::copy(QStringLiteral(SPOTTER_TEST_DATA_DIR "/import/strong_v1_lb.csv"),
                home.filePath(QStringLiteral("strong_workouts.csv")));

    QList<ExampleRun> runs;
    for (const QString &command : readmeCommands()) {
        // Each line runs in its own shell: a line that is not a spotter-cli call (an export, a
        // cd) would not carry over, so the README keeps to spotter-cli calls.
        if (!command.startsWith(u"spotter-cli ")) {
            ADD_FAILURE() << "README example is not a spotter-cli call: " << command.toStdString();
            continue;
        }
        QProcess shell;
        shell.setProcessEnvironment(env);
        shell.setWorkingDirectory(home.path());
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        CliResult r;
        if (!shell.waitForFinished(120'000)) {
            shell.kill();
            shell.waitForFinished();
            r.failure = QStringLiteral("timed out");
        } else if (shell.exitStatus() != QProcess::NormalExit) {
            r.failure = QStringLiteral("crashed");
        } else {
            r.exitCode = shell.exitCode();
        }
        r.out = QString::fromUtf8(shell.readAllStandardOutput());
        r.err = QString::fromUtf8(shell.readAllStandardError());
        runs.append({command, r});
    }
    return runs;
}

void checkReadme(const QString &now)
{
#ifndef SPOTTER_PDF
    GTEST_SKIP() << "the README's PDF report needs spotter-pdf, built with the GUI";
#endif
    const QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QList<ExampleRun> runs = runReadme(home, now);
    ASSERT_GE(runs.size(), expectations().size());
    for (const ExampleRun &run : runs)
        EXPECT_EQ(run.result.exitCode, 0)
            << "README example failed: " << run.command.toStdString() << run.result;
    for (const Expectation &e : expectations()) {
        const QRegularExpression pattern(QString::fromLatin1(e.pattern));
        QList<const ExampleRun *> matching;
        for (const ExampleRun &run : runs)
            if (pattern.match(run.command).hasMatch())
                matching << &run;
        // An example that disappears from the README takes its check with it: say so.
        ASSERT_EQ(matching.size(), 1) << "README.md should have exactly one example matching " << e.pattern;
        SCOPED_TRACE(matching.first()->command.toStdString());
        e.check(matching.first()->result, QDir(home.path()));
    }
}

} // namespace

TEST(Readme, CommandLineExamplesWorkTheDayAfter)
{
    checkReadme(QStringLiteral("2026-11-24T09:00"));
}

TEST(Readme, CommandLineExamplesDoNotAge)
{
    checkReadme(QStringLiteral("2031-11-24T09:00"));
}
