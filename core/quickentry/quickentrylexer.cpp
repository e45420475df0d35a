// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickentry/quickentrylexer.h"

#include <array>

namespace spotter {

namespace {

using Type = QuickEntryToken::Type;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isLetter(QChar c)
{
    // Surrogate halves are not letters here: a non-BMP character becomes one Other token.
    return c.isLetter() && !c.isSurrogate();
}

bool isOpeningQuote(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u201E';
}

/// A straight quote closes only a straight one, so a name can hold the other kind: “O'Brien
/// "The Tank"” and "The “Tank” Row". Curly ones close with either curly quote, for English
/// (“…”) and German („…“) typing.
bool closes(QChar opening, QChar c)
{
    if (opening == u'"')
        return c == u'"';
    return c == u'\u201D' || c == u'\u201C';
}

/// Words that can be followed by 'x' with no space ("100kgx5", "bwx10"): the letter run
/// "kgx" is that word and a Times token.
bool splitsBeforeTimes(QStringView word)
{
    static constexpr std::array<QStringView, 5> kWords{u"kg", u"kgs", u"lb", u"lbs", u"bw"};
    for (QStringView w : kWords) {
        if (word.compare(w, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isTimesLetter(QChar c)
{
    return c == u'x' || c == u'X';
}

class Lexer
{
public:
    explicit Lexer(QStringView line) : m_line(line) {}

    QList<QuickEntryToken> run()
    {
        const qsizetype n = m_line.size();
        bool space = true;
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_line.at(i);
            if (c.isSpace()) {
                space = true;
                ++i;
                continue;
            }
            m_space = space;
            space = false;
            if (isAsciiDigit(c))
                i = number(i);
            else if (isLetter(c))
                i = word(i);
            else if (isOpeningQuote(c))
                i = quoted(i);
            else
                i = symbol(i);
        }
        m_space = space;
        push(Type::End, n, 0);
        return m_tokens;
    }

private:
    void push(Type type, qsizetype offset, qsizetype length)
    {
        m_tokens.append({type, offset, length, m_space, m_line.mid(offset, length)});
        m_space = false;
    }

    qsizetype digits(qsizetype i) const
    {
        while (i < m_line.size() && isAsciiDigit(m_line.at(i)))
            ++i;
        return i;
    }

    qsizetype number(qsizetype start)
    {
        qsizetype i = digits(start);
        const auto followedByDigit = [this](qsizetype at) {
            return at + 1 < m_line.size() && isAsciiDigit(m_line.at(at + 1));
        };
        if (i < m_line.size() && m_line.at(i) == u':' && followedByDigit(i)) {
            i = digits(i + 1);
            if (i < m_line.size() && m_line.at(i) == u':' && followedByDigit(i))
                i = digits(i + 1);
            push(Type::Clock, start, i - start);
            return i;
        }
        if (i < m_line.size() && m_line.at(i) == u'.' && followedByDigit(i))
            i = digits(i + 1);
        push(Type::Number, start, i - start);
        return i;
    }

    qsizetype word(qsizetype start)
    {
        qsizetype i = start;
        const qsizetype n = m_line.size();
        while (i < n) {
            if (isLetter(m_line.at(i)))
                ++i;
            else if (m_line.at(i) == u'-' && i + 1 < n && isLetter(m_line.at(i + 1)))
                i += 2;
            else
                break;
        }
        const QStringView text = m_line.mid(start, i - start);
        if (text.size() == 1 && isTimesLetter(text.front())) {
            push(Type::Times, start, 1);
        } else if (text.size() == 3 && isTimesLetter(text.front())
                   && text.mid(1).compare(u"bw", Qt::CaseInsensitive) == 0) { // "3x8xbw"
            push(Type::Times, start, 1);
            push(Type::Word, start + 1, 2);
        } else if (text.size() > 1 && isTimesLetter(text.back()) && splitsBeforeTimes(text.chopped(1))) {
            push(Type::Word, start, text.size() - 1);
            push(Type::Times, i - 1, 1);
        } else {
            push(Type::Word, start, i - start);
        }
        return i;
    }

    qsizetype quoted(qsizetype start)
    {
        for (qsizetype i = start + 1; i < m_line.size(); ++i) {
            if (closes(m_line.at(start), m_line.at(i))) {
                m_tokens.append(
                    {Type::Quoted, start, i + 1 - start, m_space, m_line.mid(start + 1, i - start - 1)});
                m_space = false;
                return i + 1;
            }
        }
        push(Type::OpenQuote, start, 1);
        return m_line.size();
    }

    qsizetype symbol(qsizetype i)
    {
        const QChar c = m_line.at(i);
        Type type = Type::Other;
        switch (c.unicode()) {
        case u'*':
        case u'\u00D7': type = Type::Times; break;
        case u'@': type = Type::At; break;
        case u'+': type = Type::Plus; break;
        case u'-': type = Type::Minus; break;
        case u'/': type = Type::Slash; break;
        case u',': type = Type::Comma; break;
        case u':': type = Type::Colon; break;
        default: break;
        }
        const bool pair = c.isHighSurrogate() && i + 1 < m_line.size() && m_line.at(i + 1).isLowSurrogate();
        push(type, i, pair ? 2 : 1);
        return i + (pair ? 2 : 1);
    }

    QStringView m_line;
    QList<QuickEntryToken> m_tokens;
    bool m_space = true;
};

} // namespace

QList<QuickEntryToken> QuickEntryLexer::tokenize(QStringView line)
{
    return Lexer(line).run();
}

} // namespace spotter
