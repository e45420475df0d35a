// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickentry/quickentrywords.h"

#include <array>

namespace spotter {

namespace {

using M = QuickEntryMeasure;
using Unit = QuickEntryWords::Unit;

constexpr std::array<Unit, 15> kUnits{{
    {u"kg", M::Load, WeightUnit::Kg, 0},
    {u"kgs", M::Load, WeightUnit::Kg, 0},
    {u"lb", M::Load, WeightUnit::Lb, 0},
    {u"lbs", M::Load, WeightUnit::Lb, 0},
    {u"s", M::Duration, std::nullopt, 1},
    {u"sec", M::Duration, std::nullopt, 1},
    {u"secs", M::Duration, std::nullopt, 1},
    {u"second", M::Duration, std::nullopt, 1},
    {u"seconds", M::Duration, std::nullopt, 1},
    {u"min", M::Duration, std::nullopt, 60},
    {u"mins", M::Duration, std::nullopt, 60},
    {u"minute", M::Duration, std::nullopt, 60},
    {u"minutes", M::Duration, std::nullopt, 60},
    // In a set, "m" is metres (a carry, a sled push); rest has no distance, so there "m" is minutes.
    {u"m", M::Distance, std::nullopt, 100},
    {u"km", M::Distance, std::nullopt, 100'000},
}};

struct KindWord
{
    QStringView word;
    SetKind kind;
};

constexpr std::array<KindWord, 12> kKinds{{
    {u"w", SetKind::Warmup},
    {u"wu", SetKind::Warmup},
    {u"warmup", SetKind::Warmup},
    {u"warm-up", SetKind::Warmup},
    {u"f", SetKind::Failure},
    {u"fail", SetKind::Failure},
    {u"failure", SetKind::Failure},
    {u"d", SetKind::Drop},
    {u"drop", SetKind::Drop},
    {u"dropset", SetKind::Drop},
    {u"drop-set", SetKind::Drop},
    {u"amrap", SetKind::Amrap},
}};

} // namespace

const QuickEntryWords::Unit *QuickEntryWords::unit(const QuickEntryToken &token)
{
    if (token.type != QuickEntryToken::Type::Word)
        return nullptr;
    for (const Unit &u : kUnits) {
        if (token.is(u.word))
            return &u;
    }
    return nullptr;
}

qint64 QuickEntryWords::restUnit(const QuickEntryToken &token)
{
    if (token.is(u"m"))
        return 60;
    const Unit *u = unit(token);
    return u && u->measure == M::Duration ? u->factor : 0;
}

std::optional<SetKind> QuickEntryWords::kind(const QuickEntryToken &token)
{
    if (token.type != QuickEntryToken::Type::Word)
        return std::nullopt;
    for (const KindWord &k : kKinds) {
        if (token.is(k.word))
            return k.kind;
    }
    return std::nullopt;
}

bool QuickEntryWords::isModifier(const QuickEntryToken &token)
{
    return token.is(u"rir") || token.is(u"rpe") || token.is(u"r") || token.is(u"rest");
}

bool QuickEntryWords::isRepeat(const QuickEntryToken &token)
{
    return token.is(u"same") || token.is(u"last");
}

QString QuickEntryWords::shown(QStringView text)
{
    constexpr qsizetype kMax = 24;
    if (text.size() <= kMax)
        return text.toString();
    return text.left(kMax - 1).toString() + u'\u2026';
}

} // namespace spotter
