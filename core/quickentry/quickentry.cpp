// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickentry/quickentry.h"

#include "model/validation.h"
#include "quickentry/quickentryparser.h"

namespace spotter {

namespace {

using Type = QuickEntryToken::Type;
using What = QuickEntryItem::What;

/// 1-based column of @p offset, counting a surrogate pair as one character.
int columnOf(QStringView line, qsizetype offset)
{
    int column = 1;
    for (qsizetype i = 0; i < offset && i < line.size(); ++i) {
        if (!(line.at(i).isLowSurrogate() && i > 0 && line.at(i - 1).isHighSurrogate()))
            ++column;
    }
    return column;
}

/// @p number is a plain decimal that the parser has bounded to seven whole digits.
Weight toWeight(QStringView number, WeightUnit unit)
{
    if (unit == WeightUnit::Kg) {
        if (const auto kg = Weight::parseKg(number))
            return *kg; // exact: no detour through floating point
    }
    return Weight::from(number.toDouble(), unit);
}

/// Turns parsed groups into sets. What a bare number means depends on the exercise's kind;
/// docs/quick-entry.md has the table.
class SetBuilder
{
public:
    SetBuilder(WeightUnit unit, std::optional<ExerciseKind> kind, bool assisted)
        : m_unit(unit)
        , m_athleteUnit(unit)
        , m_bareIsWork(kind == ExerciseKind::Bodyweight || kind == ExerciseKind::Timed)
        , m_countIsSeconds(kind == ExerciseKind::Timed)
        , m_assisted(assisted)
    {}

    void add(const QuickEntryGroup &g, QList<WorkoutSet> &out);
    /// "same" / "last +5kg": @p last are the sets of the last time, @p exercise names it.
    void addRepeat(const QuickEntryGroup &g, const QList<WorkoutSet> &last, QList<WorkoutSet> &out) const;

private:
    [[noreturn]] static void fail(const QuickEntryItem &item, const QString &message)
    {
        QuickEntryParser::fail(*item.at, message);
    }
    static void requireNoMarker(const QuickEntryItem &item)
    {
        if (item.kind)
            QuickEntryParser::fail(*item.kindAt, QuickEntry::tr("a marker goes after the reps, e.g. 100x5+"));
    }
    void useLoad(const QuickEntryGroup &g, const QuickEntryItem &item)
    {
        if (g.load)
            fail(*g.load, QuickEntry::tr("the weight is given twice"));
        requireNoMarker(item);
        m_load = item;
    }
    std::optional<Weight> resolveLoad();
    WorkoutSet makeSet(const QuickEntryGroup &g, const QuickEntryItem &item,
                       const std::optional<Weight> &weight) const;

    WeightUnit m_unit; ///< carries forward: "100kgx5, 120x5" is kg twice
    WeightUnit m_athleteUnit;
    bool m_bareIsWork;
    bool m_countIsSeconds;
    bool m_assisted; ///< the load is help, stored negative (Exercise::assisted)
    std::optional<QuickEntryItem> m_load;
    const QuickEntryItem *m_sets = nullptr;
};

void SetBuilder::add(const QuickEntryGroup &g, QList<WorkoutSet> &out)
{
    m_load = g.load;
    m_sets = nullptr;
    const QuickEntryItems &a = g.spec.front();
    const QuickEntryItem &a0 = a.front();
    const QuickEntryItems *work = &a;
    if (g.spec.size() == 1) {
        if (a0.what == What::Load)
            QuickEntryParser::failAt(a0.end, 0, QuickEntry::tr("expected 'x' and reps after the weight"));
        if (a0.what == What::Count && !g.load && !m_bareIsWork) {
            if (g.decimalComma)
                throw *g.decimalComma;
            if (a.size() == 1)
                QuickEntryParser::failAt(a0.end, 0, QuickEntry::tr("expected 'x' and reps after the weight"));
            fail(a0, QuickEntry::tr("expected a weight before the reps, e.g. 100x5/5/4"));
        }
    } else {
        const QuickEntryItems &b = g.spec.at(1);
        const QuickEntryItem &b0 = b.front();
        work = &b;
        if (b0.what == What::Load)
            fail(b0, QuickEntry::tr("expected reps, a duration or a distance after 'x'"));
        if (a.size() > 1 || a0.what == What::Duration || a0.what == What::Distance)
            fail(a0, QuickEntry::tr("expected a weight or a number of sets before 'x'"));
        if (g.spec.size() == 2) {
            // "3x5 120kg", "Pull Up 3x8" and "Plank 3x45s" count sets; "100x5" is a load.
            const bool aIsSets =
                a0.what == What::Count && b.size() == 1 && (b0.what != What::Count || g.load || m_bareIsWork);
            if (aIsSets) {
                requireNoMarker(a0);
                m_sets = &a0;
            } else {
                useLoad(g, a0);
            }
        } else {
            const QuickEntryItem &c0 = g.spec.at(2).front();
            if (b.size() > 1)
                fail(b.at(1), QuickEntry::tr("give either a list of reps or a number of sets"));
            if (c0.what == What::Load) { // sets x reps x load
                if (a0.what != What::Count)
                    fail(a0, QuickEntry::tr("expected a number of sets before 'x'"));
                requireNoMarker(a0);
                m_sets = &a0;
                useLoad(g, c0);
            } else if (c0.what == What::Count) { // load x reps x sets
                useLoad(g, a0);
                requireNoMarker(c0);
                m_sets = &c0;
            } else {
                fail(c0, QuickEntry::tr("expected a number of sets after 'x'"));
            }
        }
    }

    int count = 1;
    if (m_sets) {
        const int value = m_sets->isWhole() ? m_sets->number.toInt() : 0;
        if (value < 1 || value > QuickEntry::kMaxSetsPerGroup)
            fail(*m_sets, QuickEntry::tr("the number of sets must be a whole number from 1 to %1; got %2")
                              .arg(QuickEntry::kMaxSetsPerGroup)
                              .arg(m_sets->number));
        count = value;
    }
    if (work->size() > QuickEntry::kMaxSetsPerGroup)
        fail(work->at(QuickEntry::kMaxSetsPerGroup),
             QuickEntry::tr("a group holds at most %1 sets").arg(QuickEntry::kMaxSetsPerGroup));
    const std::optional<Weight> weight = resolveLoad();
    for (const QuickEntryItem &item : *work) {
        const WorkoutSet set = makeSet(g, item, weight);
        for (int i = 0; i < count; ++i) {
            if (out.size() >= QuickEntry::kMaxSets)
                QuickEntryParser::fail(
                    *g.start, QuickEntry::tr("a line holds at most %1 sets").arg(QuickEntry::kMaxSets));
            out.append(set);
        }
    }
}

void SetBuilder::addRepeat(const QuickEntryGroup &g, const QList<WorkoutSet> &last,
                           QList<WorkoutSet> &out) const
{
    std::optional<Weight> change;
    if (g.change) {
        // Last time's loads are shown in the athlete's unit; a change in the other unit would give
        // loads no plate makes (102.5 kg + 5 lb).
        if (g.change->unit && *g.change->unit != m_athleteUnit)
            fail(*g.change, QuickEntry::tr("write the load change in %1, the unit the loads are in; got %2")
                                .arg(toKey(m_athleteUnit), toKey(*g.change->unit)));
        change = toWeight(g.change->number, m_athleteUnit);
        if (g.change->negative)
            change = Weight::fromGrams(-change->grams());
    }
    for (const WorkoutSet &before : last) {
        WorkoutSet s = before.sameWork();
        s.kind = g.kind.value_or(before.kind);
        if (change && (before.weight || change->grams() > 0))
            s.weight = Weight::fromGrams((before.weight ? before.weight->grams() : 0) + change->grams());
        // How hard it felt and the rest before it are today's own.
        s.rpe = g.rpe;
        s.rir = g.rir;
        s.restSeconds = g.rest;
        for (const ValidationIssue &issue : validate(s)) {
            const QuickEntryToken *at = g.repeatAt;
            if (issue.field == u"rpe" && g.rpeAt)
                at = g.rpeAt;
            else if (issue.field == u"rir" && g.rirAt)
                at = g.rirAt;
            else if (issue.field == u"rest" && g.restAt)
                at = g.restAt;
            else if (issue.field == u"weight" && g.change)
                at = g.change->at;
            QuickEntryParser::fail(*at, issue.message);
        }
        if (out.size() >= QuickEntry::kMaxSets)
            QuickEntryParser::fail(*g.start,
                                   QuickEntry::tr("a line holds at most %1 sets").arg(QuickEntry::kMaxSets));
        out.append(s);
    }
}

std::optional<Weight> SetBuilder::resolveLoad()
{
    if (!m_load || m_load->number.isEmpty())
        return std::nullopt; // none given, or plain "bw"
    const WeightUnit unit = m_load->unit.value_or(m_unit);
    m_unit = unit;
    Weight weight = toWeight(m_load->number, unit);
    if (m_assisted) {
        // The help the machine or band gives: "bw-25" and "25kg" both mean 25 kg of help,
        // stored as -25 kg. "bw+25" would be added weight, which an assisted lift has none of.
        if (m_load->bodyweight && !m_load->negative)
            fail(*m_load,
                 QuickEntry::tr("an assisted exercise takes help, not added weight: write bw-%1 or %1kg")
                     .arg(m_load->number));
        if (const auto message = checkAssistance(weight))
            fail(*m_load, *message);
        return Weight::fromGrams(-weight.grams());
    }
    if (m_load->negative)
        weight = Weight::fromGrams(-weight.grams());
    if (const auto message = checkWeight(weight))
        fail(*m_load, *message);
    return weight;
}

WorkoutSet SetBuilder::makeSet(const QuickEntryGroup &g, const QuickEntryItem &item,
                               const std::optional<Weight> &weight) const
{
    WorkoutSet s;
    s.weight = weight;
    s.rpe = g.rpe;
    s.rir = g.rir;
    s.restSeconds = g.rest;
    std::optional<SetKind> kind = g.kind;
    const QuickEntryToken *kindAt = g.kindAt;
    if (item.kind)
        QuickEntryParser::setKind(kind, kindAt, *item.kind, *item.kindAt);
    s.kind = kind.value_or(SetKind::Working);
    switch (item.what) {
    case What::Count: {
        if (!item.isWhole())
            fail(item, m_countIsSeconds
                           ? QuickEntry::tr("seconds must be a whole number; got %1").arg(item.number)
                           : QuickEntry::tr("reps must be a whole number; got %1").arg(item.number));
        const int value = item.number.toInt();
        // 0 reps are a failed attempt on a set to failure ("140x0f"), and nothing otherwise.
        const auto message =
            m_countIsSeconds ? checkSetSeconds(value) : checkReps(value, s.kind == SetKind::Failure);
        if (message)
            fail(item, *message);
        (m_countIsSeconds ? s.seconds : s.reps) = value;
        break;
    }
    case What::Duration:
        if (const auto message = checkSetSeconds(static_cast<int>(item.seconds)))
            fail(item, *message);
        s.seconds = static_cast<int>(item.seconds);
        break;
    case What::Distance:
        if (const auto message = checkDistance(item.cm))
            fail(item, *message);
        s.distanceCm = item.cm;
        break;
    case What::Load: fail(item, QuickEntry::tr("expected reps, a duration or a distance after 'x'"));
    }
    // The whole-set rules (RPE and RIR agree, a set has some work) hold here as in the store.
    for (const ValidationIssue &issue : validate(s, m_assisted)) {
        const QuickEntryToken *at = g.start;
        if (issue.field == u"rpe" && g.rpeAt)
            at = g.rpeAt;
        else if (issue.field == u"rir" && g.rirAt)
            at = g.rirAt;
        else if (issue.field == u"rest" && g.restAt)
            at = g.restAt;
        else if (issue.field == u"weight" && m_load)
            at = m_load->at;
        else if (issue.field == u"reps" || issue.field == u"seconds" || issue.field == u"distance")
            at = item.at;
        QuickEntryParser::fail(*at, issue.message);
    }
    return s;
}

} // namespace

QString QuickEntryError::toString() const
{
    return QuickEntry::tr("column %1: %2").arg(column).arg(message);
}

QuickEntryResult QuickEntry::parse(QStringView line, const QuickEntryContext &context)
{
    QuickEntryResult result;
    try {
        QuickEntryParser parser(line);
        if (parser.parseName()) {
            result.exercise = parser.name();
            result.exerciseInLine = true;
            result.exerciseColumn = columnOf(line, parser.nameOffset());
            if (const auto message = checkName(result.exercise, QuickEntry::tr("Exercise name")))
                QuickEntryParser::failAt(parser.nameOffset(), 0, *message);
        } else {
            result.exercise = context.exercise.simplified();
        }
        const QuickEntryToken &at = parser.current();
        if (at.type == Type::End && result.exerciseInLine)
            QuickEntryParser::fail(at, QuickEntry::tr("expected sets after the exercise name, e.g. 100x5"));
        if (result.exercise.isEmpty())
            QuickEntryParser::fail(
                at, at.type == Type::End
                        ? QuickEntry::tr("expected an exercise and its sets, e.g. Squat 3x5 100kg")
                        : QuickEntry::tr("expected an exercise name before the sets"));
        if (at.type == Type::End)
            QuickEntryParser::fail(at, QuickEntry::tr("expected a set such as 100x5"));
        const std::optional<ExerciseKind> kind =
            context.kindOf ? context.kindOf(result.exercise) : std::nullopt;
        const bool assisted = context.assistedOf && context.assistedOf(result.exercise);
        SetBuilder builder(context.unit, kind, assisted);
        std::optional<std::optional<QList<WorkoutSet>>> last; // asked once per line
        for (const QuickEntryGroup &group : parser.parseGroups()) {
            if (!group.repeatAt) {
                builder.add(group, result.sets);
                continue;
            }
            if (!last)
                last = context.lastTime ? context.lastTime(result.exercise) : std::nullopt;
            if (!*last || (*last)->isEmpty())
                QuickEntryParser::fail(
                    *group.repeatAt,
                    QuickEntry::tr("there is no earlier session of %1 to repeat; write its sets, e.g. 100x5")
                        .arg(QuickEntryWords::shown(result.exercise)));
            builder.addRepeat(group, **last, result.sets);
        }
        for (qsizetype i = 0; i < result.sets.size(); ++i)
            result.sets[i].position = static_cast<int>(i);
    } catch (const QuickEntryFailure &f) {
        result.sets.clear();
        result.error = QuickEntryError{columnOf(line, f.offset), f.offset, f.length, f.message};
    }
    return result;
}

std::optional<Weight> QuickEntry::parseLoad(QStringView text, WeightUnit unit)
{
    const QList<QuickEntryToken> tokens = QuickEntryLexer::tokenize(text);
    const QuickEntryToken &number = tokens.front();
    if (number.type != Type::Number || number.text.size() > 16)
        return std::nullopt;
    const qsizetype dot = number.text.indexOf(u'.');
    if ((dot < 0 ? number.text.size() : dot) > 7)
        return std::nullopt;
    qsizetype next = 1;
    const QuickEntryWords::Unit *named = QuickEntryWords::unit(tokens.at(next));
    if (named && named->weightUnit) {
        unit = *named->weightUnit;
        ++next;
    }
    if (tokens.at(next).type != Type::End)
        return std::nullopt;
    return toWeight(number.text, unit);
}

} // namespace spotter
