// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/weight.h"

#include <array>
#include <cmath>

namespace spotter {

Weight Weight::fromKg(double kg)
{
    return Weight(std::llround(kg * 1000.0));
}

Weight Weight::fromLb(double lb)
{
    return Weight(std::llround(lb * kGramsPerPound));
}

Weight Weight::from(double value, WeightUnit unit)
{
    return unit == WeightUnit::Kg ? fromKg(value) : fromLb(value);
}

std::optional<Weight> Weight::parseKg(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (text.front() == u'-' || text.front() == u'+') {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    qint64 whole = 0;
    qint64 fraction = 0; // thousandths
    int fractionDigits = 0;
    bool roundUp = false;
    bool seenDot = false;
    bool seenDigit = false;
    for (QChar c : text) {
        if (c == u'.') {
            if (seenDot)
                return std::nullopt;
            seenDot = true;
            continue;
        }
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
        seenDigit = true;
        const int d = c.unicode() - u'0';
        if (!seenDot) {
            if (whole > 1'000'000'000'000LL)
                return std::nullopt;
            whole = whole * 10 + d;
        } else if (fractionDigits < 3) {
            fraction = fraction * 10 + d;
            ++fractionDigits;
        } else if (fractionDigits == 3) {
            roundUp = d >= 5;
            ++fractionDigits;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    for (int i = std::min(fractionDigits, 3); i < 3; ++i)
        fraction *= 10;
    qint64 grams = whole * 1000 + fraction + (roundUp ? 1 : 0);
    return Weight(negative ? -grams : grams);
}

QString Weight::kgString() const
{
    const qint64 absGrams = m_grams < 0 ? -m_grams : m_grams;
    QString out = QString::number(absGrams / 1000);
    qint64 frac = absGrams % 1000;
    if (frac != 0) {
        QString digits = QString::number(frac).rightJustified(3, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        out += u'.' + digits;
    }
    return m_grams < 0 ? u'-' + out : out;
}

QString Weight::number(WeightUnit unit, int decimals) const
{
    return formatNumber(in(unit), decimals);
}

QString Weight::format(WeightUnit unit, int decimals) const
{
    return number(unit, decimals) + u' ' + displayName(unit);
}

double roundArtefacts(double value, int decimals)
{
    // Every number printed goes through here; a table spares a pow() call (same values).
    static constexpr std::array<double, 7> kScales{1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6};
    const double scale = decimals >= 0 && decimals < static_cast<int>(kScales.size())
                             ? kScales[static_cast<std::size_t>(decimals)]
                             : std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString formatNumber(double value, int decimals)
{
    QString s = QString::number(roundArtefacts(value, decimals), 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    if (s == u"-0")
        s = QStringLiteral("0");
    return s;
}

} // namespace spotter
