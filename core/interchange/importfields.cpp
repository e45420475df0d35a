// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/importfields.h"

#include "model/session.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

namespace spotter::importfields {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(spotter::importfields::Import)
};

/// A cursor over a value, for the small date grammars below.
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

/// Month names (case-folded, without a trailing dot) → 1..12; 0 marks a name that means
/// different months in different languages.
QHash<QString, int> buildMonthNames()
{
    QHash<QString, int> names;
    const auto key = [](const QString &name) {
        QString k = normalizeSpaces(name).toCaseFolded();
        while (k.endsWith(u'.'))
            k.chop(1);
        return k;
    };
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (int m = 1; m <= 12; ++m) {
        names.insert(key(english.monthName(m, QLocale::LongFormat)), m);
        names.insert(key(english.monthName(m, QLocale::ShortFormat)), m);
    }
    names.insert(QStringLiteral("sept"), 9);
    // Hevy writes the month in the phone's language ("26 апр. 2026", "8 set 2026").
    const QLocale::Language others[] = {
        QLocale::German, QLocale::French,          QLocale::Spanish,   QLocale::Italian, QLocale::Portuguese,
        QLocale::Dutch,  QLocale::Russian,         QLocale::Ukrainian, QLocale::Polish,  QLocale::Swedish,
        QLocale::Danish, QLocale::NorwegianBokmal, QLocale::Turkish,   QLocale::Czech,
    };
    QHash<QString, int> foreign;
    for (QLocale::Language language : others) {
        const QLocale locale(language);
        for (int m = 1; m <= 12; ++m) {
            const QString forms[] = {locale.monthName(m, QLocale::LongFormat),
                                     locale.monthName(m, QLocale::ShortFormat),
                                     locale.standaloneMonthName(m, QLocale::LongFormat),
                                     locale.standaloneMonthName(m, QLocale::ShortFormat)};
            for (const QString &form : forms) {
                const QString k = key(form);
                if (k.isEmpty())
                    continue;
                const auto it = foreign.constFind(k);
                if (it == foreign.constEnd())
                    foreign.insert(k, m);
                else if (*it != m)
                    foreign[k] = 0;
            }
        }
    }
    for (auto it = foreign.constBegin(); it != foreign.constEnd(); ++it) {
        if (!names.contains(it.key()))
            names.insert(it.key(), it.value());
    }
    return names;
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

namespace {

/// The machine's time zone, for reading wall-clock times. QTimeZone answers from tables it keeps
/// in memory, where a local-time QDateTime asks the C library, which checks /etc/localtime on
/// every call: an import of a million rows converts a time per session, twice. Looked up again
/// when TZ changes; per thread, as imports run on workers.
const QTimeZone &machineZone()
{
    thread_local QByteArray tz;
    thread_local QTimeZone zone;
    thread_local bool known = false;
    const QByteArray now = qgetenv("TZ");
    if (!known || now != tz) {
        tz = now;
        zone = QTimeZone::systemTimeZone();
        known = true;
    }
    return zone;
}

} // namespace

QDateTime wallClock(QDate date, QTime time)
{
    if (const QTimeZone &zone = machineZone(); zone.isValid()) {
        const QDateTime dt(date, time, zone);
        // A time in a gap is invalid or moved past it; both are handled below.
        if (dt.isValid() && dt.date() == date && dt.time() == time)
            return dateTimeWithOffset(dt.toSecsSinceEpoch(), dt.offsetFromUtc());
    }
    const QDateTime dt(date, time);
    if (dt.isValid())
        return withLocalOffset(dt);
    // A time the clocks skipped when summer time began: the phone that wrote it still had the
    // offset of the day before, so the wall-clock time is kept with that offset.
    const int offset = QDateTime(date.addDays(-1), QTime(12, 0)).offsetFromUtc();
    return dateTimeWithOffset(QDateTime(date, time, Qt::UTC).toSecsSinceEpoch() - offset, offset);
}

namespace {

/// The date and time on this machine's clock, if it passes the checks of `log`.
std::optional<QDateTime> checkedWallClock(int year, int month, int day, int hour, int minute, int second,
                                          QString *problem)
{
    std::optional<QString> why = dateTimeProblem(year, month, day, hour, minute, second);
    if (!why)
        why = localGapProblem(QDate(year, month, day), QTime(hour, minute, second));
    if (why) {
        if (problem)
            *problem = *why;
        return std::nullopt;
    }
    return wallClock(QDate(year, month, day), QTime(hour, minute, second));
}

} // namespace

std::optional<QDateTime> localDateTime(QStringView text, QString *problem)
{
    const QString s = normalizeSpaces(text);
    Cursor c{s};
    const auto year = c.digits(4, 4);
    if (!year || !c.accept(u'-'))
        return std::nullopt;
    const auto month = c.digits(1, 2);
    if (!month || !c.accept(u'-'))
        return std::nullopt;
    const auto day = c.digits(1, 2);
    if (!day || !(c.accept(u' ') || c.accept(u'T')))
        return std::nullopt;
    auto hour = c.digits(1, 2);
    if (!hour || !c.accept(u':'))
        return std::nullopt;
    const auto minute = c.digits(2, 2);
    if (!minute)
        return std::nullopt;
    int second = 0;
    if (c.accept(u':')) {
        const auto s2 = c.digits(2, 2);
        if (!s2)
            return std::nullopt;
        second = *s2;
    }
    c.accept(u' ');
    if (!c.atEnd()) {
        // 12-hour clock: "AM", "PM", "a.m.", "p.m."
        const QString rest = s.mid(c.pos).toLower().remove(u'.');
        if ((rest != u"am" && rest != u"pm") || *hour < 1 || *hour > 12)
            return std::nullopt;
        *hour = (*hour % 12) + (rest == u"pm" ? 12 : 0);
    }
    return checkedWallClock(*year, *month, *day, *hour, *minute, second, problem);
}

std::optional<QDateTime> dayMonthYearTime(QStringView text, QString *reason)
{
    static const QHash<QString, int> months = buildMonthNames();
    const QString s = normalizeSpaces(text);
    const auto fail = [&](const QString &why) -> std::optional<QDateTime> {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    const QString expected = Import::tr("expected a date like '9 Apr 2026, 17:18' or 'Apr 9, 2026, 5:18 PM'");
    Cursor c{s};
    const auto monthWord = [&]() {
        const qsizetype from = c.pos;
        while (!c.atEnd() && c.peek() != u' ' && c.peek() != u',')
            ++c.pos;
        return s.mid(from, c.pos - from);
    };
    // Hevy writes "9 Apr 2026, 17:18" in most locales and "Jun 11, 2026, 1:01 PM" in the US.
    std::optional<int> day;
    QString monthText;
    if (c.peek().isDigit()) {
        day = c.digits(1, 2);
        if (!day || !c.accept(u' '))
            return fail(expected);
        monthText = monthWord();
        c.accept(u',');
        if (!c.accept(u' '))
            return fail(expected);
    } else {
        monthText = monthWord();
        if (!c.accept(u' '))
            return fail(expected);
        day = c.digits(1, 2);
        if (!day || !c.accept(u',') || !c.accept(u' '))
            return fail(expected);
    }
    const auto year = c.digits(4, 4);
    if (!year)
        return fail(expected);
    c.accept(u',');
    c.accept(u' ');
    auto hour = c.digits(1, 2);
    if (!hour || !c.accept(u':'))
        return fail(expected);
    const auto minute = c.digits(2, 2);
    if (!minute)
        return fail(expected);
    int second = 0;
    if (c.accept(u':')) {
        const auto s2 = c.digits(2, 2);
        if (!s2)
            return fail(expected);
        second = *s2;
    }
    c.accept(u' ');
    if (!c.atEnd()) {
        // The 12-hour clock of US exports: "1:01 PM", "12:30 a.m.".
        const QString rest = s.mid(c.pos).toLower().remove(u'.');
        if ((rest != u"am" && rest != u"pm") || *hour < 1 || *hour > 12)
            return fail(expected);
        *hour = (*hour % 12) + (rest == u"pm" ? 12 : 0);
    }
    QString monthKey = monthText.toCaseFolded();
    while (monthKey.endsWith(u'.'))
        monthKey.chop(1);
    const int month = months.value(monthKey, -1);
    if (month == -1)
        return fail(Import::tr("'%1' is not a month name Spotter knows (English and common European "
                               "languages are); export again with the phone set to English")
                        .arg(monthText));
    if (month == 0)
        return fail(Import::tr("'%1' is a different month in different languages; export again with the "
                               "phone set to English")
                        .arg(monthText));
    return checkedWallClock(*year, month, *day, *hour, *minute, second, reason);
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
