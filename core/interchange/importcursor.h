// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <optional>

namespace spotter::importfields::detail {

/// A cursor over a value, for the small duration and date grammars of the importers.
struct Cursor
{
    QStringView text;
    qsizetype pos = 0;

    [[nodiscard]] bool atEnd() const { return pos >= text.size(); }
    [[nodiscard]] QChar peek() const { return atEnd() ? QChar() : text[pos]; }
    bool accept(QChar c)
    {
        if (peek() != c)
            return false;
        ++pos;
        return true;
    }
    /// An unsigned number of @p minDigits to @p maxDigits ASCII digits.
    std::optional<int> digits(int minDigits, int maxDigits)
    {
        int value = 0;
        int count = 0;
        while (count < maxDigits && !atEnd() && text[pos] >= u'0' && text[pos] <= u'9') {
            value = value * 10 + (text[pos].unicode() - u'0');
            ++pos;
            ++count;
        }
        if (count < minDigits)
            return std::nullopt;
        return value;
    }
};

} // namespace spotter::importfields::detail
