// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace spotter::manpage {

/// One --help text: the program's own (@c command empty) or a command's ("athlete add").
struct HelpText
{
    QString command;
    QString text;
};

/// What a man page is made of; every sentence in it comes from a --help text.
struct ManPage
{
    QString name; ///< the program, e.g. "spotter-cli"
    int section = 1;
    QString source; ///< e.g. "Spotter 0.1.0"
    QString date;   ///< YYYY-MM-DD of the release
    QString help;   ///< the program's --help
    QList<HelpText> commands;
    QStringList seeAlso; ///< other pages, e.g. "spotter(1)"
};

/// Escapes text for a roff text line: backslashes, hyphen-minus (so that options can be copied),
/// quotes, a leading dot, and every non-ASCII character as a \[uXXXX] glyph.
[[nodiscard]] QString escape(const QString &text);

/// The roff body of one --help text: usage lines, paragraphs, bold headings ("Options:") and
/// each "  term   description" entry (with its continuation lines) as a tagged paragraph.
[[nodiscard]] QString helpBody(const QString &help);

/// The whole page: NAME and SYNOPSIS from the program's help, DESCRIPTION, one subsection per
/// command under COMMANDS, and SEE ALSO.
[[nodiscard]] QString render(const ManPage &page);

} // namespace spotter::manpage
