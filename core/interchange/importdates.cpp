// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/importdates.h"

#include "interchange/importcursor.h"
#include "interchange/importfields.h"
#include "model/session.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace spotter::importfields {

using detail::Cursor;

namespace {

// Holds this file's translation context (shared with importfields.cpp) in a form lupdate can
// follow.
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(spotter::importfields::Import)
};

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

} // namespace spotter::importfields
