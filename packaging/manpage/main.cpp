// SPDX-License-Identifier: GPL-3.0-or-later
// spotter-manpage: writes a program's man page from what the built program itself prints for
// --help, so the page cannot drift from the help. With --commands it also runs
// "PROGRAM COMMAND --help" for every command the help lists, and "PROGRAM COMMAND SUB --help"
// for every subcommand a command's usage lines name: a new command needs no change here.
// A build tool (packaging/CMakeLists.txt); not installed.
//
//   spotter-manpage --program PATH [--commands] --source TEXT --date YYYY-MM-DD
//                   [--see-also PAGE]... -o FILE
#include "roff.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>
#include <stdexcept>

using namespace Qt::StringLiterals;
using spotter::manpage::HelpText;
using spotter::manpage::ManPage;

namespace {

class HelpRunner
{
public:
    explicit HelpRunner(const QString &program)
        : m_program(QFileInfo(program).absoluteFilePath()), m_name(QFileInfo(program).fileName())
    {
        if (!m_home.isValid())
            throw std::runtime_error("cannot create a temporary HOME");
        // HOME is "~" itself, so the help names the default database as ~/.local/share/… and
        // wraps its lines as for a short home folder; the programs run in an empty temporary
        // folder, so anything they might write under "~" lands there. English text, no display,
        // and none of the builder's settings.
        m_env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                                 "LANGUAGE", "LANG", "SPOTTER_NOW"})
            m_env.remove(QString::fromLatin1(name));
        m_env.insert(u"HOME"_s, u"~"_s);
        m_env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        // Sanitizer builds run these programs too; a leak report is no help text.
        const QString asan = m_env.value(u"ASAN_OPTIONS"_s);
        m_env.insert(u"ASAN_OPTIONS"_s, asan.isEmpty() ? u"detect_leaks=0"_s : asan + u":detect_leaks=0"_s);
    }

    [[nodiscard]] const QString &name() const { return m_name; }

    /// PROGRAM ARGUMENTS... --help, as a user would read it.
    QString help(const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.setWorkingDirectory(m_home.path());
        process.start(m_program, arguments + QStringList{u"--help"_s});
        const QString call = (QStringList{m_name} + arguments).join(u' ');
        if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0)
            throw std::runtime_error(QStringLiteral("'%1 --help' failed (exit code %2): %3")
                                         .arg(call)
                                         .arg(process.exitCode())
                                         .arg(QString::fromUtf8(process.readAllStandardError()))
                                         .toStdString());
        QString text = QString::fromUtf8(process.readAllStandardOutput());
        // QCommandLineParser names the binary by the path it was started with.
        text.replace(m_program, m_name);
        return text;
    }

private:
    QString m_program;
    QString m_name;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

/// The names under "Commands:" in a program's help.
QStringList commandNames(const QString &help)
{
    QStringList names;
    bool inCommands = false;
    for (const QString &line : help.split(u'\n')) {
        if (line == u"Commands:") {
            inCommands = true;
        } else if (inCommands) {
            static const QRegularExpression entry(u"^  ([a-z][a-z0-9-]*)  "_s);
            const auto m = entry.match(line);
            if (!m.hasMatch())
                break;
            names << m.captured(1);
        }
    }
    return names;
}

/// "athlete" → {"add", "list"} from "Usage: spotter-cli athlete add NAME …" and the lines under it.
QStringList subcommands(const QString &program, const QString &command, const QString &help)
{
    const QRegularExpression usage(u"^(?:Usage:)? +"_s + QRegularExpression::escape(program + u' ' + command)
                                   + u" ([a-z][a-z0-9-]*)(?: |$)"_s);
    QStringList subs;
    for (const QString &line : help.split(u'\n')) {
        if (line.trimmed().isEmpty())
            break;
        if (const auto m = usage.match(line); m.hasMatch() && !subs.contains(m.captured(1)))
            subs << m.captured(1);
    }
    return subs;
}

int generate(const QCommandLineParser &p)
{
    const HelpRunner runner(p.value(u"program"_s));
    ManPage page;
    page.name = runner.name();
    page.source = p.value(u"source"_s);
    page.date = p.value(u"date"_s);
    page.seeAlso = p.values(u"see-also"_s);
    page.help = runner.help({});
    if (p.isSet(u"commands"_s)) {
        const QStringList names = commandNames(page.help);
        if (names.isEmpty())
            throw std::runtime_error("--commands: the help lists no commands under 'Commands:'");
        for (const QString &command : names) {
            const QString help = runner.help({command});
            page.commands.append({command, help});
            for (const QString &sub : subcommands(page.name, command, help))
                page.commands.append({command + u' ' + sub, runner.help({command, sub})});
        }
    }
    QSaveFile out(p.value(u"output"_s));
    if (!out.open(QIODevice::WriteOnly) || out.write(spotter::manpage::render(page).toUtf8()) < 0
        || !out.commit())
        throw std::runtime_error(
            QStringLiteral("cannot write '%1': %2").arg(out.fileName(), out.errorString()).toStdString());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(u"Writes a man page from a program's --help."_s);
    p.addHelpOption();
    p.addOption({u"program"_s, u"The program whose help makes the page."_s, u"path"_s});
    p.addOption({u"commands"_s, u"Add every command's (and subcommand's) help."_s});
    p.addOption({u"source"_s, u"The page's source line, e.g. 'Spotter 0.1.0'."_s, u"text"_s});
    p.addOption({u"date"_s, u"The release date, YYYY-MM-DD."_s, u"date"_s});
    p.addOption({u"see-also"_s, u"Another page, e.g. 'spotter(1)'; repeatable."_s, u"page"_s});
    p.addOption({{u"o"_s, u"output"_s}, u"The page to write."_s, u"file"_s});
    p.process(app);
    for (const char *required : {"program", "source", "date", "output"}) {
        if (!p.isSet(QString::fromLatin1(required))) {
            std::fprintf(stderr, "spotter-manpage: --%s is required\n", required);
            return 2;
        }
    }
    try {
        return generate(p);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "spotter-manpage: %s\n", e.what());
        return 1;
    }
}
