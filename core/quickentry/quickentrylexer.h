// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace spotter {

/// One token of a quick-entry line. Offsets are UTF-16 indices into the line, so the GUI can put
/// its cursor on them; QuickEntry turns them into columns for people.
struct QuickEntryToken
{
    enum class Type {
        Number,    ///< ASCII digits with an optional fraction: "100", "102.5"
        Clock,     ///< "2:30", "1:00:00"
        Word,      ///< letters, hyphens inside ("warm-up"): "Squat", "kg", "rir"
        Quoted,    ///< "…" or “…”; text is the content between the quotes
        OpenQuote, ///< a quote that is never closed
        Times,     ///< x, X, × or *
        At,        ///< @
        Plus,
        Minus,
        Slash,
        Comma,
        Colon,
        Other, ///< any other character (one code point)
        End    ///< after the last character
    };

    Type type = Type::End;
    qsizetype offset = 0;
    qsizetype length = 0;
    bool spaceBefore = false; ///< white space (or the start of the line) precedes it
    QStringView text;         ///< a view into the line

    [[nodiscard]] qsizetype end() const { return offset + length; }
    /// A word equal to @p word, ignoring case.
    [[nodiscard]] bool is(QStringView word) const
    {
        return type == Type::Word && text.compare(word, Qt::CaseInsensitive) == 0;
    }
};

/// Splits a quick-entry line into tokens in one pass (linear in the line's length).
class QuickEntryLexer
{
public:
    /// The tokens of @p line; the last one is always End. @p line must outlive the tokens.
    [[nodiscard]] static QList<QuickEntryToken> tokenize(QStringView line);
};

} // namespace spotter
