// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickentry/quickentryparser.h"

#include "model/validation.h"
#include "quickentry/quickentry.h"
#include "quickentry/quickentrywords.h"

#include <QCoreApplication>

#include <cmath>
#include <utility>

namespace spotter {

namespace {

using Type = QuickEntryToken::Type;
using What = QuickEntryItem::What;

QString shown(QStringView text)
{
    return QuickEntryWords::shown(text);
}

} // namespace

QuickEntryParser::QuickEntryParser(QStringView line) : m_line(line), m_tokens(QuickEntryLexer::tokenize(line))
{}

void QuickEntryParser::fail(const QuickEntryToken &at, const QString &message)
{
    failAt(at.offset, at.length, message);
}

void QuickEntryParser::failAt(qsizetype offset, qsizetype length, const QString &message)
{
    throw QuickEntryFailure{offset, length, message};
}

void QuickEntryParser::setKind(std::optional<SetKind> &slot, const QuickEntryToken *&slotAt, SetKind kind,
                               const QuickEntryToken &at)
{
    if (slot && *slot != kind)
        fail(at, QuickEntry::tr("a set has one kind; '%1' conflicts with '%2'")
                     .arg(shown(at.text), shown(slotAt->text)));
    slot = kind;
    slotAt = &at;
}

double QuickEntryParser::numberValue(const QuickEntryToken &token)
{
    const qsizetype dot = token.text.indexOf(u'.');
    const qsizetype wholeDigits = dot < 0 ? token.text.size() : dot;
    // Seven whole digits are far beyond every limit, and keep seconds and grams inside an int.
    if (wholeDigits > 7 || token.text.size() > 16)
        fail(token, QuickEntry::tr("the number '%1' is too long").arg(shown(token.text)));
    return token.text.toDouble();
}

qint64 QuickEntryParser::clockSeconds(const QuickEntryToken &token)
{
    const QList<QStringView> parts = token.text.split(u':');
    if (parts.front().size() > 5)
        fail(token, QuickEntry::tr("the number '%1' is too long").arg(shown(token.text)));
    qint64 seconds = parts.front().toLongLong();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const int value = parts.at(i).toInt();
        if (parts.at(i).size() != 2 || value >= 60)
            fail(token,
                 QuickEntry::tr("expected a time as m:ss or h:mm:ss; got '%1'").arg(shown(token.text)));
        seconds = seconds * 60 + value;
    }
    return seconds;
}

const QuickEntryToken &QuickEntryParser::peek(qsizetype ahead) const
{
    return m_tokens.at(std::min(m_pos + ahead, m_tokens.size() - 1));
}

const QuickEntryToken &QuickEntryParser::next()
{
    const QuickEntryToken &t = m_tokens.at(m_pos);
    if (t.type != Type::End)
        ++m_pos;
    return t;
}

bool QuickEntryParser::startsItem(qsizetype index) const
{
    const QuickEntryToken &t = m_tokens.at(index);
    return t.type == Type::Number || t.type == Type::Clock || t.is(u"bw");
}

bool QuickEntryParser::startsRepeat(qsizetype index) const
{
    if (!QuickEntryWords::isRepeat(m_tokens.at(index)))
        return false;
    // "Squat same", "Deadlift last +5kg", "Squat same @8, 150x1"; a name such as "Last Chance
    // Curl" goes on with a word that is not a modifier.
    const QuickEntryToken &after = m_tokens.at(std::min(index + 1, m_tokens.size() - 1));
    switch (after.type) {
    case Type::End:
    case Type::Comma:
    case Type::Plus:
    case Type::Minus:
    case Type::Number:
    case Type::At: return true;
    case Type::Word: return QuickEntryWords::isModifier(after) || QuickEntryWords::kind(after).has_value();
    default: return false;
    }
}

bool QuickEntryParser::startsSets(qsizetype index) const
{
    const QuickEntryToken &t = m_tokens.at(index);
    if (startsRepeat(index))
        return true;
    switch (t.type) {
    case Type::Number:
    case Type::Clock:
    case Type::At:
    case Type::Times: return true;
    case Type::Word:
        // A marker starts the sets only right before a number ("Squat warmup 60x5"), so that
        // names such as "Drop Curl" keep their words.
        return t.is(u"bw") || (QuickEntryWords::kind(t) && startsItem(index + 1));
    default: return false;
    }
}

bool QuickEntryParser::decimalCommaFollows(bool strict) const
{
    const QuickEntryToken &comma = peek();
    const QuickEntryToken &digits = peek(1);
    if (comma.type != Type::Comma || comma.spaceBefore || digits.type != Type::Number || digits.spaceBefore)
        return false;
    if (!strict)
        return true;
    const QuickEntryToken &after = peek(2);
    return after.type == Type::End || after.type == Type::Comma || after.spaceBefore;
}

QuickEntryFailure QuickEntryParser::decimalCommaFailure(QStringView whole) const
{
    const QuickEntryToken &comma = peek();
    return {comma.offset, comma.length,
            QuickEntry::tr("write decimals with a dot (%1.%2); ',' separates sets")
                .arg(shown(whole), shown(peek(1).text))};
}

bool QuickEntryParser::parseName()
{
    const QuickEntryToken &first = peek();
    m_nameOffset = first.offset;
    if (first.type == Type::OpenQuote)
        fail(first, QuickEntry::tr("missing closing quote"));
    if (first.type == Type::Quoted) {
        next();
        m_name = first.text.toString().simplified();
        if (m_name.isEmpty())
            fail(first, QuickEntry::tr("the exercise name is empty"));
        if (peek().type == Type::Colon)
            next();
        if (peek().type != Type::End && !startsSets(m_pos))
            fail(peek(), QuickEntry::tr("expected sets after the exercise name, e.g. 100x5"));
        return true;
    }
    qsizetype i = m_pos;
    while (m_tokens.at(i).type != Type::End && !startsSets(i)) {
        if (m_tokens.at(i).type == Type::OpenQuote)
            fail(m_tokens.at(i), QuickEntry::tr("missing closing quote"));
        ++i;
    }
    if (i == m_pos)
        return false;
    // "Deadlift -5x5": a minus sign stuck to the first number is a negative load, not part of
    // the name (which would make a new exercise "Deadlift -" with 5 kg).
    if (const QuickEntryToken &sign = m_tokens.at(i - 1); i - 1 > m_pos && sign.type == Type::Minus
                                                          && m_tokens.at(i).type == Type::Number
                                                          && !m_tokens.at(i).spaceBefore)
        fail(sign, QuickEntry::tr(
                       "a weight cannot be negative; got -%1 (on an assisted exercise, write the help as "
                       "bw-%1 or %1kg)")
                       .arg(m_tokens.at(i).text));
    QStringView text = m_line.mid(first.offset, m_tokens.at(i - 1).end() - first.offset);
    // "Squat: 3x5" and "Squat - 3x5" read as "Squat".
    while (!text.isEmpty()
           && (text.back().isSpace() || text.back() == u':' || text.back() == u'-' || text.back() == u','
               || text.back() == u'\u2013'))
        text.chop(1);
    m_name = text.toString().simplified();
    if (m_name.isEmpty())
        fail(first, QuickEntry::tr("expected an exercise name before the sets"));
    m_pos = i;
    return true;
}

QList<QuickEntryGroup> QuickEntryParser::parseGroups()
{
    QList<QuickEntryGroup> groups{parseGroup()};
    while (peek().type == Type::Comma) {
        next();
        if (peek().type == Type::End || peek().type == Type::Comma)
            fail(peek(), QuickEntry::tr("expected a set after ','"));
        groups.append(parseGroup());
    }
    return groups;
}

QuickEntryGroup QuickEntryParser::parseGroup()
{
    QuickEntryGroup g;
    g.start = &peek();
    while (const auto kind = QuickEntryWords::kind(peek())) {
        const QuickEntryToken &t = next();
        setKind(g.kind, g.kindAt, *kind, t);
    }
    if (QuickEntryWords::isRepeat(peek())) {
        parseRepeat(g);
        return g;
    }
    if (!startsItem(m_pos)) {
        const QuickEntryToken &t = peek();
        if (t.type == Type::Times)
            fail(t, QuickEntry::tr("expected a weight or a number of sets before 'x'"));
        if (t.type == Type::End || t.type == Type::Comma)
            fail(t, QuickEntry::tr("expected a set such as 100x5"));
        fail(t, QuickEntry::tr("expected a set such as 100x5; got '%1'")
                    .arg(shown(m_line.mid(t.offset, t.length))));
    }
    g.spec.append(parsePosition(0));
    while (peek().type == Type::Times) {
        const QuickEntryToken &times = next();
        if (g.spec.size() == 3)
            fail(times, QuickEntry::tr("too many 'x'; write weight x reps x sets"));
        if (!startsItem(m_pos))
            fail(peek(), g.spec.size() == 1
                             ? QuickEntry::tr("expected reps after 'x'")
                             : QuickEntry::tr("expected a number of sets or a weight after 'x'"));
        g.spec.append(parsePosition(static_cast<int>(g.spec.size())));
    }
    const QuickEntryItems &first = g.spec.front();
    if (g.spec.size() == 1 && first.size() == 1 && first.front().what == What::Count
        && decimalCommaFollows(false))
        g.decimalComma = decimalCommaFailure(first.front().number);
    while (peek().type != Type::Comma && peek().type != Type::End)
        parseModifier(g);
    return g;
}

void QuickEntryParser::parseRepeat(QuickEntryGroup &g)
{
    g.repeatAt = &next();
    const QuickEntryToken &sign = peek();
    if (sign.type == Type::Plus || sign.type == Type::Minus) {
        next();
        const QuickEntryToken &n = peek();
        if (n.type != Type::Number)
            fail(n, QuickEntry::tr("expected a load change after '%1', e.g. last +5kg").arg(sign.text));
        QuickEntryItem change = parseItem();
        if (change.what != What::Count && change.what != What::Load)
            fail(*change.at,
                 QuickEntry::tr("expected kg or lb after the load change; got '%1'")
                     .arg(shown(m_line.mid(change.numberAt->end(), change.end - change.numberAt->end()))));
        if (change.kind)
            fail(*change.kindAt, QuickEntry::tr("a marker goes after the change, e.g. last +5kg w"));
        change.what = What::Load;
        change.negative = sign.type == Type::Minus;
        change.at = &sign;
        g.change = change;
    }
    while (peek().type != Type::Comma && peek().type != Type::End) {
        const QuickEntryToken &t = peek();
        if (t.type == Type::Number || t.is(u"bw")
            || (t.type == Type::At && peek(1).type == Type::Number && QuickEntryWords::unit(peek(2))
                && QuickEntryWords::unit(peek(2))->measure == What::Load))
            fail(t, QuickEntry::tr("the weight comes from last time; change it with '%1 +5kg' or '%1 -5kg'")
                        .arg(g.repeatAt->text.toString().toLower()));
        parseModifier(g);
    }
}

QuickEntryItems QuickEntryParser::parsePosition(int position)
{
    QuickEntryItems items{parseItem()};
    while (peek().type == Type::Slash) {
        next();
        if (!startsItem(m_pos))
            fail(peek(), QuickEntry::tr("expected reps after '/'"));
        items.append(parseItem());
        const QuickEntryItem &item = items.back();
        if (item.what == What::Load || item.what != items.front().what)
            fail(*item.at,
                 QuickEntry::tr("a list holds reps, durations or distances of one sort, e.g. 5/5/4"));
    }
    if (items.size() > 1 && position == 2)
        fail(*items.at(1).at, QuickEntry::tr("expected a number of sets after 'x'"));
    return items;
}

QuickEntryItem QuickEntryParser::parseItem()
{
    const QuickEntryToken &t = next();
    QuickEntryItem item;
    item.at = &t;
    item.end = t.end();
    if (t.type == Type::Clock) {
        item.what = What::Duration;
        item.seconds = clockSeconds(t);
        return item;
    }
    const QuickEntryToken *number = &t;
    if (t.is(u"bw")) {
        item.what = What::Load;
        item.bodyweight = true;
        const QuickEntryToken &sign = peek();
        if ((sign.type != Type::Plus && sign.type != Type::Minus) || sign.spaceBefore
            || peek(1).type != Type::Number)
            return item;
        next();
        item.negative = sign.type == Type::Minus;
        number = &next();
    }
    const double value = numberValue(*number);
    item.number = number->text;
    item.numberAt = number;
    item.end = number->end();
    const QuickEntryToken &u = peek();
    if (const QuickEntryWords::Unit *unit = QuickEntryWords::unit(u)) {
        if (item.bodyweight && unit->measure != What::Load)
            fail(u, QuickEntry::tr("expected kg or lb after the added load; got '%1'").arg(shown(u.text)));
        next();
        item.end = u.end();
        item.what = unit->measure;
        item.unit = unit->weightUnit;
        if (unit->measure == What::Duration)
            item.seconds = std::llround(value * static_cast<double>(unit->factor));
        else if (unit->measure == What::Distance)
            item.cm = std::llround(value * static_cast<double>(unit->factor));
    } else if (u.type == Type::Word && !u.spaceBefore && !QuickEntryWords::isModifier(u)) {
        const auto kind = QuickEntryWords::kind(u);
        if (!kind || item.bodyweight)
            fail(u, QuickEntry::tr("unknown unit '%1'").arg(shown(u.text)));
        next();
        setKind(item.kind, item.kindAt, *kind, u);
        item.end = u.end();
    }
    if (item.what == What::Count && peek().type == Type::Plus && !peek().spaceBefore) {
        const QuickEntryToken &plus = next();
        setKind(item.kind, item.kindAt, SetKind::Amrap, plus);
        item.end = plus.end();
    }
    return item;
}

void QuickEntryParser::parseModifier(QuickEntryGroup &g)
{
    const QuickEntryToken &t = peek();
    // "5x5 @ 100kg" as forums write it: '@' before a number with kg or lb is the load, not RPE.
    const QuickEntryWords::Unit *unit = QuickEntryWords::unit(peek(2));
    const bool atLoad =
        t.type == Type::At && peek(1).type == Type::Number && unit && unit->measure == What::Load;
    if (atLoad) {
        next();
    } else if (t.type == Type::At || t.is(u"rpe")) {
        next();
        if (g.rpe)
            fail(t, QuickEntry::tr("RPE is given twice"));
        g.rpe = parseRating(t, &checkRpe);
        g.rpeAt = &t;
        return;
    }
    if (t.is(u"rir") || (t.type == Type::Number && peek(1).is(u"rir") && !peek(1).spaceBefore)) {
        if (g.rir)
            fail(t, QuickEntry::tr("reps in reserve are given twice"));
        if (t.type == Type::Number) { // "2rir"
            next();
            next();
            const double value = numberValue(t);
            if (const auto message = checkRir(value))
                fail(t, *message);
            g.rir = value;
        } else {
            next();
            g.rir = parseRating(t, &checkRir);
        }
        g.rirAt = &t;
        return;
    }
    if (t.is(u"rest") || t.is(u"r")) {
        next();
        if (g.rest)
            fail(t, QuickEntry::tr("rest is given twice"));
        g.rest = parseRest(t);
        g.restAt = &t;
        return;
    }
    if (t.type == Type::Plus) {
        next();
        setKind(g.kind, g.kindAt, SetKind::Amrap, t);
        return;
    }
    if (const auto kind = QuickEntryWords::kind(t)) {
        next();
        setKind(g.kind, g.kindAt, *kind, t);
        return;
    }
    if (atLoad || t.type == Type::Number || t.is(u"bw")) {
        QuickEntryItem item = parseItem();
        if (peek().type == Type::Times)
            fail(t, QuickEntry::tr("expected ',' between sets"));
        if (item.what == What::Duration || item.what == What::Distance)
            fail(t, QuickEntry::tr("unexpected '%1'").arg(shown(m_line.mid(t.offset, item.end - t.offset))));
        if (g.load)
            fail(t, QuickEntry::tr("the weight is given twice"));
        if (item.kind) {
            setKind(g.kind, g.kindAt, *item.kind, *item.kindAt);
            item.kind.reset();
        }
        item.what = What::Load;
        if (!item.number.isEmpty() && decimalCommaFollows(false))
            throw decimalCommaFailure(item.number);
        g.load = item;
        return;
    }
    fail(t, QuickEntry::tr("unexpected '%1'").arg(shown(m_line.mid(t.offset, t.length))));
}

double QuickEntryParser::parseRating(const QuickEntryToken &keyword, std::optional<QString> (*check)(double))
{
    const QuickEntryToken &n = peek();
    if (n.type != Type::Number)
        fail(n, QuickEntry::tr("expected a number after '%1'").arg(keyword.text));
    next();
    if (decimalCommaFollows(true))
        throw decimalCommaFailure(n.text);
    const double value = numberValue(n);
    if (const auto message = check(value))
        fail(n, *message);
    return value;
}

int QuickEntryParser::parseRest(const QuickEntryToken &keyword)
{
    const QuickEntryToken &n = peek();
    qint64 seconds = 0;
    if (n.type == Type::Clock) {
        next();
        seconds = clockSeconds(n);
    } else if (n.type == Type::Number) {
        next();
        const double value = numberValue(n);
        qint64 factor = 1; // a bare number is seconds: "r90"
        const QuickEntryToken &u = peek();
        if (const qint64 unit = QuickEntryWords::restUnit(u)) {
            next();
            factor = unit;
        } else if (u.type == Type::Word && !u.spaceBefore) {
            fail(u, QuickEntry::tr("unknown unit '%1'").arg(shown(u.text)));
        }
        seconds = std::llround(value * static_cast<double>(factor));
    } else {
        fail(n,
             QuickEntry::tr("expected a rest time after '%1', e.g. rest 90s or rest 2:30").arg(keyword.text));
    }
    // numberValue() and clockSeconds() bound the digits, so this fits an int.
    const int s = static_cast<int>(seconds);
    if (const auto message = checkRest(s))
        fail(n, *message);
    return s;
}

} // namespace spotter
