// SPDX-License-Identifier: GPL-3.0-or-later
// The man pages say what --help says. The built pages (packaging/, written by spotter-manpage)
// are rendered by groff as `man` would show them; for the program and for every command its
// --help lists (and every subcommand a command's usage names, found here independently of the
// generator), each line of the help must appear in that command's part of the page, in order.
// A command missing from the page, a stale page, or text lost in the conversion fails.
#include "clirunner.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <gtest/gtest-spi.h>

#ifndef SPOTTER_MAN_DIR
#error "manpage_test.cpp needs SPOTTER_MAN_DIR, the folder of the generated man pages"
#endif

using namespace Qt::StringLiterals;

namespace {

/// Whitespace collapsed, and groff's typographic glyphs back to the ASCII a terminal shows.
QString normalized(QString text)
{
    for (const char16_t dash : {u'\u2010', u'\u2011', u'\u2012', u'\u2013', u'\u2212'})
        text.replace(QChar(dash), u'-');
    text.replace(QChar(u'\u2018'), u'\'').replace(QChar(u'\u2019'), u'\'');
    text.replace(QChar(u'\u201C'), u'"').replace(QChar(u'\u201D'), u'"');
    return text.simplified();
}

QString run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << ' ' << arguments.join(u' ').toStdString()
                      << " failed: " << p.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The page as `man` shows it, without bold or underline.
QString renderedPage(const QString &name)
{
    const QString page = QStringLiteral(SPOTTER_MAN_DIR "/") + name + u".1"_s;
    EXPECT_TRUE(QFileInfo::exists(page)) << page.toStdString();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return normalized(run(u"groff"_s, {u"-man"_s, u"-Tutf8"_s, u"-P-cbou"_s, page}, env));
}

/// PROGRAM ARGUMENTS --help as the page was made: English, with the default database under "~".
QString help(const QString &program, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"HOME"_s, u"~"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // --help ends the program with exit(): what is still allocated then is no leak worth a report.
    const QString asan = env.value(u"ASAN_OPTIONS"_s);
    env.insert(u"ASAN_OPTIONS"_s, asan.isEmpty() ? u"detect_leaks=0"_s : asan + u":detect_leaks=0"_s);
    QString text = run(program, arguments + QStringList{u"--help"_s}, env);
    text.replace(program, QFileInfo(program).fileName());
    return text;
}

/// Every non-empty line of @p helpText is in @p page between @p from and @p to, in order.
void expectLinesInOrder(const QString &page, qsizetype from, qsizetype to, const QString &helpText,
                        const QString &what)
{
    qsizetype at = from;
    for (const QString &line : helpText.split(u'\n')) {
        const QString wanted = normalized(line);
        if (wanted.isEmpty())
            continue;
        const qsizetype found = page.indexOf(wanted, at);
        if (found < 0 || found + wanted.size() > to) {
            ADD_FAILURE() << "the man page lacks this line of '" << what.toStdString()
                          << " --help' (or has it elsewhere): " << wanted.toStdString();
            return;
        }
        at = found + wanted.size();
    }
}

/// The part of the page that documents one command: from its usage line to the next usage.
void expectCommandInPage(const QString &page, const QString &program, const QString &helpText,
                         const QString &what)
{
    const QString usage = normalized(helpText.section(u'\n', 0, 0));
    const qsizetype start = page.indexOf(usage);
    ASSERT_GE(start, 0) << "the man page has no section for '" << what.toStdString()
                        << "' (usage line: " << usage.toStdString() << ')';
    qsizetype end = page.indexOf(u"Usage: "_s + program + u' ', start + usage.size());
    if (end < 0)
        end = page.indexOf(u"SEE ALSO"_s, start);
    expectLinesInOrder(page, start, end < 0 ? page.size() : end, helpText, what);
}

/// The program's own help: its usage lines under SYNOPSIS (without "Usage:"), the rest after.
void expectProgramInPage(const QString &page, const QString &helpText, const QString &what)
{
    const qsizetype synopsis = page.indexOf(u"SYNOPSIS"_s);
    ASSERT_GE(synopsis, 0) << "the man page has no SYNOPSIS";
    qsizetype end = page.indexOf(u"COMMANDS"_s, synopsis);
    if (end < 0)
        end = page.indexOf(u"SEE ALSO"_s, synopsis);
    QString text = helpText;
    if (text.startsWith(u"Usage: "_s))
        text.remove(0, 7);
    expectLinesInOrder(page, synopsis, end < 0 ? page.size() : end, text, what);
}

/// The commands listed under "Commands:" in spotter-cli's help.
QStringList commandNames(const QString &helpText)
{
    const qsizetype at = helpText.indexOf(u"\nCommands:\n"_s);
    if (at < 0)
        return {};
    QStringList names;
    static const QRegularExpression entry(u"^  (\\S+)  "_s);
    for (const QString &line : helpText.mid(at + 11).split(u'\n')) {
        const auto m = entry.match(line);
        if (!m.hasMatch())
            break;
        names << m.captured(1);
    }
    return names;
}

/// "add", "list" for a command whose usage lines read "spotter-cli athlete add …".
QStringList subcommandNames(const QString &command, const QString &helpText)
{
    QStringList subs;
    const QRegularExpression usage(u"^(Usage:)? +spotter-cli "_s + QRegularExpression::escape(command)
                                   + u" ([a-z][a-z0-9-]*)( |$)"_s);
    for (const QString &line : helpText.split(u'\n')) {
        if (line.trimmed().isEmpty())
            break;
        if (const auto m = usage.match(line); m.hasMatch() && !subs.contains(m.captured(2)))
            subs << m.captured(2);
    }
    return subs;
}

} // namespace

TEST(ManPage, SaysWhatSpotterCliHelpSaysForEveryCommand)
{
    const QString cli = QStringLiteral(SPOTTER_CLI);
    const QString page = renderedPage(u"spotter-cli"_s);
    ASSERT_FALSE(page.isEmpty());
    const QString top = help(cli, {});
    expectProgramInPage(page, top, u"spotter-cli"_s);
    const QStringList commands = commandNames(top);
    ASSERT_GE(commands.size(), 14) << top.toStdString();
    int subcommands = 0;
    for (const QString &command : commands) {
        const QString text = help(cli, {command});
        expectCommandInPage(page, u"spotter-cli"_s, text, u"spotter-cli "_s + command);
        for (const QString &sub : subcommandNames(command, text)) {
            ++subcommands;
            expectCommandInPage(page, u"spotter-cli"_s, help(cli, {command, sub}),
                                u"spotter-cli %1 %2"_s.arg(command, sub));
        }
    }
    EXPECT_GE(subcommands, 4); // athlete add|list, soreness add|list
}

#ifdef SPOTTER_GUI
TEST(ManPage, SaysWhatSpotterHelpSays)
{
    const QString page = renderedPage(u"spotter"_s);
    ASSERT_FALSE(page.isEmpty());
    expectProgramInPage(page, help(QStringLiteral(SPOTTER_GUI), {}), u"spotter"_s);
}
#endif

TEST(ManPage, TheComparisonNoticesAMissingLine)
{
    // The check above must be able to fail: a help line that no page has.
    EXPECT_NONFATAL_FAILURE(expectProgramInPage(u"SYNOPSIS spotter-cli [--db PATH] Options: --db PATH"_s,
                                                u"Usage: spotter-cli [--db PATH]\nOptions:\n  --nope  x\n"_s,
                                                u"x"_s),
                            "lacks this line");
}
