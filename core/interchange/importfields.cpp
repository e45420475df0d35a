// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/importfields.h"

#include "interchange/importcursor.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

namespace spotter::importfields {

using detail::Cursor;

namespace {

/// Seconds in one @p unit of Strong's duration text, in the languages its exports are written
/// in ("1h 8m", "31min", "1小时13分钟"); 0 for a word that is no unit.
qint64 durationUnitSeconds(QStringView unit)
{
    static const QHash<QString, qint64> units = [] {
        QHash<QString, qint64> out;
        for (const char16_t *u : {u"h",       u"hr",   u"hrs",   u"hour", u"hours", u"std",   u"stunde",
                                  u"stunden", u"小时", u"時間",  u"时",   u"ч",     u"час",   u"часа",
                                  u"часов",   u"hora", u"horas", u"ora",  u"ore",   u"heure", u"heures"})
            out.insert(QString::fromUtf16(u), 3600);
        for (const char16_t *u : {u"m", u"min", u"mins", u"minute", u"minutes", u"minuten", u"分钟", u"分",
                                  u"мин", u"minuto", u"minutos", u"minuti"})
            out.insert(QString::fromUtf16(u), 60);
        for (const char16_t *u : {u"s", u"sec", u"secs", u"second", u"seconds", u"sek", u"sekunden", u"秒",
                                  u"с", u"сек", u"segundo", u"segundos", u"secondi", u"seconde", u"secondes"})
            out.insert(QString::fromUtf16(u), 1);
        return out;
    }();
    QString key = unit.toString();
    while (key.endsWith(u'.'))
        key.chop(1);
    return units.value(key, 0);
}

bool isUnicodeSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x202F) || c == QChar(0x00A0) || c == QChar(0x2007);
}

} // namespace

QString normalizeSpaces(QStringView text)
{
    // Most values need nothing done: no space at either end and single ASCII spaces inside.
    bool clean = !text.isEmpty() && text.front() != u' ' && text.back() != u' ';
    for (qsizetype i = 0; clean && i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u' ')
            clean = text[i + 1] != u' '; // never past the end: the last character is no space
        else if (c.unicode() < 0x80 ? (c.unicode() >= 0x09 && c.unicode() <= 0x0D) : isUnicodeSpace(c))
            clean = false;
    }
    if (clean)
        return text.toString();
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (isUnicodeSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

namespace {

/// A plain decimal of at most 15 digits ("102.5", "-3", "0"), as nearly every number in an
/// export is, read without QString's general conversion, which costs more than the rest of the
/// row. Exact: the digits fit a double and 10^n (n ≤ 15) is exact, so one division rounds
/// correctly, as toDouble() does. Anything else gives nullopt and goes to toDouble().
std::optional<double> plainDecimal(QStringView text)
{
    static constexpr std::array<double, 16> kPowers{1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                    1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+'))
        negative = text[i++] == u'-';
    quint64 mantissa = 0;
    int digits = 0;
    int decimals = 0;
    bool point = false;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= u'0' && c <= u'9') {
            if (++digits > 15)
                return std::nullopt;
            mantissa = mantissa * 10 + static_cast<quint64>(c - u'0');
            decimals += point ? 1 : 0;
        } else if (c == u'.' && !point) {
            point = true;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0)
        return std::nullopt;
    const double v = static_cast<double>(mantissa) / kPowers[static_cast<std::size_t>(decimals)];
    return negative ? -v : v;
}

} // namespace

std::optional<double> number(QStringView text, bool decimalComma)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = 0;
    if (decimalComma && text.contains(u',')) {
        if (text.contains(u'.') || text.count(u',') > 1)
            return std::nullopt;
        QString copy = text.toString();
        copy.replace(u',', u'.');
        v = copy.toDouble(&ok);
    } else if (const auto plain = plainDecimal(text)) {
        return plain;
    } else {
        v = text.toDouble(&ok);
    }
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

int roundedInt(double value)
{
    constexpr double kLimit = 1e9;
    return static_cast<int>(std::lround(std::clamp(value, -kLimit, kLimit)));
}

std::optional<qint64> wholeNumber(QStringView text, bool decimalComma)
{
    const auto v = number(text, decimalComma);
    if (!v || std::fabs(*v) > 1e15 || *v != std::trunc(*v))
        return std::nullopt;
    return static_cast<qint64>(*v);
}

std::optional<qint64> durationSeconds(QStringView text)
{
    const QString s = normalizeSpaces(text).toLower();
    if (s.isEmpty())
        return std::nullopt;
    if (const auto plain = number(s, false)) {
        if (*plain < 0 || *plain > 1e9)
            return std::nullopt;
        return std::llround(*plain);
    }
    Cursor c{s};
    qint64 total = 0;
    int parts = 0;
    while (!c.atEnd()) {
        c.accept(u' ');
        const auto amount = c.digits(1, 9);
        if (!amount)
            return std::nullopt;
        c.accept(u' ');
        const qsizetype from = c.pos;
        while (!c.atEnd() && (c.peek().isLetter() || c.peek() == u'.'))
            ++c.pos;
        const QStringView unit = QStringView(s).mid(from, c.pos - from);
        const qint64 factor = durationUnitSeconds(unit);
        if (factor == 0)
            return std::nullopt;
        total += *amount * factor;
        ++parts;
    }
    if (parts == 0)
        return std::nullopt;
    return total;
}

std::optional<qint64> clockSeconds(QStringView text)
{
    Cursor c{text.trimmed()};
    if (c.atEnd())
        return std::nullopt;
    const auto first = c.digits(1, 6);
    if (!first || !c.accept(u':'))
        return std::nullopt;
    const auto second = c.digits(2, 2);
    if (!second || *second > 59)
        return std::nullopt;
    if (c.atEnd())
        return qint64(*first) * 60 + *second;
    if (!c.accept(u':'))
        return std::nullopt;
    const auto third = c.digits(2, 2);
    if (!third || *third > 59 || !c.atEnd())
        return std::nullopt;
    return qint64(*first) * 3600 + qint64(*second) * 60 + *third;
}

std::optional<WeightUnit> weightUnit(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"kg", Qt::CaseInsensitive) == 0 || t.compare(u"kgs", Qt::CaseInsensitive) == 0)
        return WeightUnit::Kg;
    if (t.compare(u"lb", Qt::CaseInsensitive) == 0 || t.compare(u"lbs", Qt::CaseInsensitive) == 0)
        return WeightUnit::Lb;
    return std::nullopt;
}

std::optional<double> centimetresPer(QStringView unit)
{
    const QString u = unit.trimmed().toString().toLower().remove(u'.');
    if (u == u"m" || u == u"meter" || u == u"meters" || u == u"metre" || u == u"metres")
        return 100.0;
    if (u == u"km" || u == u"kms" || u == u"kilometer" || u == u"kilometers" || u == u"kilometres")
        return 100'000.0;
    if (u == u"mi" || u == u"mile" || u == u"miles")
        return 160'934.4;
    if (u == u"ft" || u == u"feet" || u == u"foot")
        return 30.48;
    if (u == u"yd" || u == u"yds" || u == u"yard" || u == u"yards")
        return 91.44;
    return std::nullopt;
}

Weight weightFrom(double value, WeightUnit unit)
{
    // Clamped so that absurd values stay absurd (and are reported) instead of overflowing.
    return Weight::from(roundArtefacts(std::clamp(value, -1e9, 1e9), 3), unit);
}

QString headerKey(QStringView name)
{
    QString k = normalizeSpaces(name).toCaseFolded();
    k.remove(QChar(0xFEFF));
    k.replace(QChar(0x2019), u'\'');
    return k;
}

} // namespace spotter::importfields
