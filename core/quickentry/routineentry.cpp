// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickentry/routineentry.h"

#include <QRegularExpression>

#include <algorithm>

namespace spotter {

namespace {

/// Offsets to columns, as QuickEntry counts them (a surrogate pair is one column).
int columnOf(QStringView line, qsizetype offset)
{
    int column = 1;
    for (qsizetype i = 0; i < offset && i < line.size(); ++i) {
        if (!(line.at(i).isLowSurrogate() && i > 0 && line.at(i - 1).isHighSurrogate()))
            ++column;
    }
    return column;
}

QString restText(int seconds)
{
    if (seconds % 60 == 0)
        return QStringLiteral("%1m").arg(seconds / 60);
    if (seconds > 60)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1s").arg(seconds);
}

/// A name that would not read back as itself without quotes.
bool needsQuotes(const QString &name)
{
    static const QRegularExpression risky(
        QStringLiteral("[0-9@,\"×*]|(^|\\s)(x|bw|same|last|w|wu|warmup|warm-up|f|"
                       "fail|failure|d|drop|dropset|drop-set|amrap)(\\s|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return risky.match(name).hasMatch();
}

} // namespace

RoutineEntryResult RoutineEntry::parse(QStringView line, const QuickEntryContext &context)
{
    RoutineEntryResult out;
    static const QRegularExpression share(QStringLiteral("(@\\s*)?(\\d{1,3}(?:\\.\\d{1,2})?)\\s*%"));
    QString blanked = line.toString();
    std::optional<double> pct;
    for (auto it = share.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        if (pct) {
            out.error =
                QuickEntryError{columnOf(line, m.capturedStart()), m.capturedStart(), m.capturedLength(),
                                tr("one share of the e1RM per line; write another line for another share")};
            return out;
        }
        pct = m.captured(2).toDouble();
        blanked.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' '));
    }
    // Read as targets: bare numbers count sets and reps for loaded lifts too.
    QuickEntryContext targets = context;
    targets.lastTime = {};
    targets.kindOf = [kindOf = context.kindOf](const QString &name) -> std::optional<ExerciseKind> {
        const auto kind = kindOf ? kindOf(name) : std::nullopt;
        return kind == ExerciseKind::Timed ? kind : std::optional(ExerciseKind::Bodyweight);
    };
    const QuickEntryResult r = QuickEntry::parse(blanked, targets);
    out.exercise = r.exercise;
    out.exerciseColumn = r.exerciseColumn;
    if (!r.ok()) {
        out.error = r.error;
        return out;
    }
    for (const RoutineItem &item : routineItemsFrom(r.sets)) {
        RoutineItem it = item;
        if (pct && !it.rpe && !it.weight)
            it.pctE1rm = *pct;
        out.items.append(it);
    }
    // Loads written with an effort ("3x5 100kg @8") keep the effort as the target; say so
    // rather than drop the load silently.
    for (const WorkoutSet &s : r.sets) {
        if (s.weight && s.effectiveRpe()) {
            out.error =
                QuickEntryError{1, 0, 0, tr("give a target RPE or a load, not both: the RPE sets the load")};
            out.items.clear();
            return out;
        }
    }
    if (pct && std::none_of(out.items.cbegin(), out.items.cend(), [](const RoutineItem &i) {
            return i.pctE1rm;
        })) {
        out.error = QuickEntryError{1, 0, 0, tr("give a target RPE or a share of the e1RM, not both")};
        out.items.clear();
        return out;
    }
    Routine probe;
    probe.name = QStringLiteral("probe");
    probe.items = out.items;
    for (RoutineItem &i : probe.items)
        i.exerciseId = 1;
    if (const ValidationIssues issues = validate(probe); !issues.isEmpty()) {
        out.error = QuickEntryError{1, 0, 0, issues.first().message};
        out.items.clear();
    }
    return out;
}

QString RoutineEntry::format(const RoutineItem &item, const QString &exercise, WeightUnit unit)
{
    QString text = needsQuotes(exercise) ? u'"' + exercise + u'"' : exercise;
    text += u' ';
    if (item.kind == SetKind::Warmup)
        text += QStringLiteral("w ");
    text += QString::number(item.sets) + u'x';
    if (item.seconds && !item.reps)
        text += QString::number(*item.seconds) + u's';
    else
        text += QString::number(item.reps.value_or(1));
    if (item.weight)
        text += u' ' + item.weight->number(unit, 3) + toKey(unit);
    if (item.rpe)
        text += QStringLiteral(" @") + formatNumber(*item.rpe, 1);
    if (item.pctE1rm)
        text += QStringLiteral(" @") + formatNumber(*item.pctE1rm, 2) + u'%';
    switch (item.kind) {
    case SetKind::Amrap: text += QStringLiteral(" amrap"); break;
    case SetKind::Failure: text += QStringLiteral(" failure"); break;
    case SetKind::Drop: text += QStringLiteral(" drop"); break;
    default: break;
    }
    if (item.restSeconds)
        text += QStringLiteral(" rest ") + restText(*item.restSeconds);
    return text;
}

} // namespace spotter
