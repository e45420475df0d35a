// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Validation
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Validation)
};

bool isHalfStep(double v)
{
    return std::fabs(v * 2.0 - std::round(v * 2.0)) < 1e-9;
}

QString num(double v)
{
    return formatNumber(v, 3);
}

void add(ValidationIssues &issues, const QString &field, const std::optional<QString> &message)
{
    if (message)
        issues.append({field, *message});
}

/// The invisible marks, embeddings, overrides and isolates of Unicode's bidirectional algorithm
/// (UAX #9), the "Trojan Source" characters: names never need them.
bool isBidiControl(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
           || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

std::optional<QString> checkName(const QString &name, const QString &what)
{
    if (name.trimmed().isEmpty())
        return Validation::tr("%1 must not be empty").arg(what);
    if (name.size() > limits::kMaxNameLength)
        return Validation::tr("%1 must be at most %2 characters; got %3")
            .arg(what)
            .arg(limits::kMaxNameLength)
            .arg(name.size());
    if (name.contains(QChar(0)))
        return Validation::tr("%1 must not contain NUL characters").arg(what);
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i).category() == QChar::Other_Control)
            return Validation::tr(
                       "%1 must not contain control characters (line breaks, tabs, escapes); got U+%2 "
                       "at character %3")
                .arg(what)
                .arg(name.at(i).unicode(), 4, 16, QLatin1Char('0'))
                .arg(i + 1);
        if (isBidiControl(name.at(i).unicode()))
            return Validation::tr(
                       "%1 must not contain bidirectional control characters (they reorder how the "
                       "text around them is shown, so a name could pass for another); got U+%2 at "
                       "character %3")
                .arg(what, QString::number(name.at(i).unicode(), 16).toUpper().rightJustified(4, u'0'))
                .arg(i + 1);
    }
    return std::nullopt;
}

QString normalizedName(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C);
}

std::optional<QString> checkNotes(const QString &notes)
{
    if (notes.size() > limits::kMaxNotesLength)
        return Validation::tr("Notes must be at most %1 characters; got %2")
            .arg(limits::kMaxNotesLength)
            .arg(notes.size());
    if (notes.contains(QChar(0)))
        return Validation::tr("Notes must not contain NUL characters");
    return std::nullopt;
}

std::optional<QString> checkRpe(double rpe)
{
    if (!std::isfinite(rpe) || rpe < 1.0 || rpe > 10.0 || !isHalfStep(rpe))
        return Validation::tr("RPE must be between 1 and 10 in steps of 0.5; got %1").arg(num(rpe));
    return std::nullopt;
}

std::optional<QString> checkRir(double rir)
{
    if (!std::isfinite(rir) || rir < 0.0 || rir > 9.0 || !isHalfStep(rir))
        return Validation::tr("Reps in reserve must be between 0 and 9 in steps of 0.5; got %1")
            .arg(num(rir));
    return std::nullopt;
}

std::optional<QString> checkReps(int reps, bool timedOrDistance)
{
    if (reps < 0)
        return Validation::tr("Reps must not be negative; got %1").arg(reps);
    if (reps > limits::kMaxReps)
        return Validation::tr("Reps must be at most %1; got %2").arg(limits::kMaxReps).arg(reps);
    if (reps == 0 && !timedOrDistance)
        return Validation::tr(
            "Reps must be at least 1 unless the set is timed, has a distance or is a failed attempt "
            "(to failure); got 0");
    return std::nullopt;
}

std::optional<QString> checkWeight(Weight weight)
{
    if (weight.grams() < 0)
        return Validation::tr("Weight must not be negative; got %1 kg").arg(weight.kgString());
    if (weight.grams() > limits::kMaxWeightGrams)
        return Validation::tr("Weight must be at most 1000 kg; got %1 kg").arg(weight.kgString());
    return std::nullopt;
}

std::optional<QString> checkAssistance(Weight help)
{
    if (help.grams() < 0 || help.grams() > limits::kMaxBodyweightGrams)
        return Validation::tr("Assistance must be between 0 and 400 kg; got %1 kg").arg(help.kgString());
    return std::nullopt;
}

std::optional<QString> checkRest(int seconds)
{
    if (seconds < 0 || seconds > limits::kMaxRestSeconds)
        return Validation::tr("Rest must be between 0 s and 4 h; got %1 s").arg(seconds);
    return std::nullopt;
}

std::optional<QString> checkSetSeconds(int seconds)
{
    if (seconds < 0 || seconds > limits::kMaxSetSeconds)
        return Validation::tr("A timed set must last between 0 s and 24 h; got %1 s").arg(seconds);
    return std::nullopt;
}

std::optional<QString> checkDistance(qint64 cm)
{
    if (cm < 0 || cm > limits::kMaxDistanceCm)
        return Validation::tr("Distance must be between 0 and 1000 km; got %1 m")
            .arg(num(static_cast<double>(cm) / 100.0));
    return std::nullopt;
}

std::optional<QString> checkSessionRpe(double rpe)
{
    if (!std::isfinite(rpe) || rpe < 0.0 || rpe > 10.0 || !isHalfStep(rpe))
        return Validation::tr("Session RPE (CR-10) must be between 0 and 10 in steps of 0.5; got %1")
            .arg(num(rpe));
    return std::nullopt;
}

std::optional<QString> checkDuration(int minutes)
{
    if (minutes < 0 || minutes > limits::kMaxSessionMinutes)
        return Validation::tr("Duration must be between 0 and 1440 minutes; got %1").arg(minutes);
    return std::nullopt;
}

std::optional<QString> checkBodyweight(Weight weight)
{
    if (weight.grams() < limits::kMinBodyweightGrams || weight.grams() > limits::kMaxBodyweightGrams)
        return Validation::tr("Bodyweight must be between 20 and 400 kg; got %1 kg").arg(weight.kgString());
    return std::nullopt;
}

std::optional<QString> checkIntensity(int intensity)
{
    if (intensity < 0 || intensity > 10)
        return Validation::tr("Intensity must be a whole number from 0 to 10; got %1").arg(intensity);
    return std::nullopt;
}

std::optional<QString> checkBirthYear(int year, int currentYear)
{
    if (year < limits::kMinBirthYear || year > currentYear)
        return Validation::tr("Birth year must be between %1 and %2; got %3")
            .arg(limits::kMinBirthYear)
            .arg(currentYear)
            .arg(year);
    return std::nullopt;
}

ValidationIssues validate(const Athlete &athlete, int currentYear)
{
    ValidationIssues issues;
    add(issues, QStringLiteral("name"), checkName(athlete.name, Validation::tr("Athlete name")));
    if (athlete.birthYear)
        add(issues, QStringLiteral("birth_year"), checkBirthYear(*athlete.birthYear, currentYear));
    add(issues, QStringLiteral("notes"), checkNotes(athlete.notes));
    return issues;
}

ValidationIssues validate(const Exercise &exercise)
{
    ValidationIssues issues;
    add(issues, QStringLiteral("name"), checkName(exercise.name, Validation::tr("Exercise name")));
    for (const QString &alias : exercise.aliases)
        add(issues, QStringLiteral("aliases"), checkName(alias, Validation::tr("Alias")));
    return issues;
}

ValidationIssues validate(const WorkoutSet &set, bool assisted)
{
    ValidationIssues issues;
    const bool timedOrDistance = set.seconds.value_or(0) > 0 || set.distanceCm.value_or(0) > 0;
    if (set.weight && assisted && set.weight->grams() < 0) {
        add(issues, QStringLiteral("weight"), checkAssistance(Weight::fromGrams(-set.weight->grams())));
    } else if (set.weight) {
        add(issues, QStringLiteral("weight"), checkWeight(*set.weight));
    }
    // A failure set with 0 reps is a missed attempt, which is data (a failed max).
    if (set.reps)
        add(issues, QStringLiteral("reps"),
            checkReps(*set.reps, timedOrDistance || set.kind == SetKind::Failure));
    else if (!timedOrDistance)
        issues.append({QStringLiteral("reps"), Validation::tr("A set needs reps, a duration or a distance")});
    if (set.rpe)
        add(issues, QStringLiteral("rpe"), checkRpe(*set.rpe));
    if (set.rir)
        add(issues, QStringLiteral("rir"), checkRir(*set.rir));
    if (set.rpe && set.rir && !checkRpe(*set.rpe) && !checkRir(*set.rir)
        && std::fabs(*set.rpe + *set.rir - 10.0) > 1e-9) {
        issues.append(
            {QStringLiteral("rir"), Validation::tr("RPE %1 and %2 reps in reserve disagree (RPE = 10 − RIR)")
                                        .arg(num(*set.rpe), num(*set.rir))});
    }
    if (set.restSeconds)
        add(issues, QStringLiteral("rest"), checkRest(*set.restSeconds));
    if (set.seconds)
        add(issues, QStringLiteral("seconds"), checkSetSeconds(*set.seconds));
    if (set.distanceCm)
        add(issues, QStringLiteral("distance"), checkDistance(*set.distanceCm));
    add(issues, QStringLiteral("notes"), checkNotes(set.notes));
    return issues;
}

ValidationIssues validate(const Session &session)
{
    ValidationIssues issues;
    if (!session.start.isValid())
        issues.append(
            {QStringLiteral("start"), Validation::tr("The session needs a valid start date and time")});
    if (session.durationMin)
        add(issues, QStringLiteral("duration"), checkDuration(*session.durationMin));
    if (session.sessionRpe)
        add(issues, QStringLiteral("session_rpe"), checkSessionRpe(*session.sessionRpe));
    if (session.bodyweight)
        add(issues, QStringLiteral("bodyweight"), checkBodyweight(*session.bodyweight));
    add(issues, QStringLiteral("notes"), checkNotes(session.notes));
    if (session.title.size() > limits::kMaxNameLength)
        add(issues, QStringLiteral("title"), checkName(session.title, Validation::tr("Session title")));
    // Whether a set's exercise takes assistance (a negative load) is known where the exercise is
    // (the import, the forms); here a negative load is checked as assistance, for its range.
    for (qsizetype i = 0; i < session.sets.size(); ++i) {
        for (const ValidationIssue &issue : validate(session.sets.at(i), true)) {
            issues.append({issue.field, Validation::tr("set %1: %2").arg(i + 1).arg(issue.message)});
        }
    }
    return issues;
}

ValidationIssues validate(const SorenessReport &report, const QDateTime &now, TimeText times)
{
    const auto shown = [times](const QDateTime &t) {
        return times == TimeText::Iso ? isoWithOffset(t) : QLocale().toString(t, QLocale::ShortFormat);
    };
    ValidationIssues issues;
    add(issues, QStringLiteral("intensity"), checkIntensity(report.intensity));
    if (!report.noticedAt.isValid())
        issues.append(
            {QStringLiteral("noticed"), Validation::tr("When the soreness was noticed is required")});
    else if (now.isValid() && report.noticedAt > now.addSecs(limits::kNoticedAheadSeconds))
        issues.append(
            {QStringLiteral("noticed"), Validation::tr("The soreness cannot be noticed in the future (%1)")
                                            .arg(shown(report.noticedAt))});
    if (report.resolvedAt && report.noticedAt.isValid() && *report.resolvedAt < report.noticedAt)
        issues.append(
            {QStringLiteral("resolved"), Validation::tr("It cannot resolve (%1) before it was noticed (%2)")
                                             .arg(shown(*report.resolvedAt), shown(report.noticedAt))});
    add(issues, QStringLiteral("notes"), checkNotes(report.notes));
    if (!report.lift.isEmpty())
        add(issues, QStringLiteral("lift"), checkName(report.lift, Validation::tr("The lift before it")));
    return issues;
}

QString joinMessages(const ValidationIssues &issues)
{
    QStringList messages;
    for (const auto &issue : issues)
        messages.append(issue.message);
    return messages.join(QStringLiteral("; "));
}

} // namespace spotter
