// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonout.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace spotter::cli {

namespace {

QJsonValue optional(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue optional(const std::optional<Weight> &v)
{
    return v ? QJsonValue(v->kg()) : QJsonValue();
}

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

} // namespace

QJsonObject toJson(const Athlete &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("unit"), toKey(a.unit)},
            {QStringLiteral("birth_year"), optional(a.birthYear)},
            {QStringLiteral("notes"), a.notes},
            {QStringLiteral("prior_back_injury"), a.health.priorBackInjury},
            {QStringLiteral("steroids_or_osteoporosis"), a.health.steroidsOrOsteoporosis},
            {QStringLiteral("cancer_history"), a.health.cancerHistory},
            {QStringLiteral("immunosuppressed"), a.health.immunosuppressed}};
}

QJsonObject toJson(const WorkoutSet &s, const ExerciseNames &names)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("exercise"), names.value(s.exerciseId)},
            {QStringLiteral("exercise_id"), s.exerciseId},
            {QStringLiteral("position"), s.position},
            {QStringLiteral("kind"), toKey(s.kind)},
            {QStringLiteral("weight_kg"), optional(s.weight)},
            {QStringLiteral("reps"), optional(s.reps)},
            {QStringLiteral("rpe"), optional(s.rpe)},
            {QStringLiteral("rir"), optional(s.rir)},
            {QStringLiteral("rest_s"), optional(s.restSeconds)},
            {QStringLiteral("seconds"), optional(s.seconds)},
            {QStringLiteral("distance_m"),
             s.distanceCm ? QJsonValue(static_cast<double>(*s.distanceCm) / 100.0) : QJsonValue()},
            {QStringLiteral("notes"), s.notes}};
}

QJsonObject toJson(const Session &s, const ExerciseNames &names)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("athlete_id"), s.athleteId},
                  {QStringLiteral("start"), isoWithOffset(s.start)},
                  {QStringLiteral("title"), s.title},
                  {QStringLiteral("duration_min"), optional(s.durationMin)},
                  {QStringLiteral("bodyweight_kg"), optional(s.bodyweight)},
                  {QStringLiteral("warmup_done"), s.warmupDone ? QJsonValue(*s.warmupDone) : QJsonValue()},
                  {QStringLiteral("session_rpe"), optional(s.sessionRpe)},
                  {QStringLiteral("notes"), s.notes},
                  {QStringLiteral("source"), toKey(s.source.kind)}};
    QJsonArray sets;
    for (const WorkoutSet &set : s.sets)
        sets.append(toJson(set, names));
    o.insert(QStringLiteral("sets"), sets);
    return o;
}

QJsonObject toJson(const SorenessReport &r)
{
    QJsonArray signs;
    for (Sign v : r.signs.values())
        signs.append(toKey(v));
    QJsonArray flags;
    for (RedFlag v : r.redFlags.values())
        flags.append(toKey(v));
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("athlete_id"), r.athleteId},
        {QStringLiteral("session_id"), r.sessionId ? QJsonValue(*r.sessionId) : QJsonValue()},
        {QStringLiteral("region"), toKey(r.region)},
        {QStringLiteral("side"), toKey(r.side)},
        {QStringLiteral("noticed"), isoWithOffset(r.noticedAt)},
        {QStringLiteral("resolved"), r.resolvedAt ? QJsonValue(isoWithOffset(*r.resolvedAt)) : QJsonValue()},
        {QStringLiteral("intensity"), r.intensity},
        {QStringLiteral("character"), toKey(r.character)},
        {QStringLiteral("trend"), r.trend ? QJsonValue(toKey(*r.trend)) : QJsonValue()},
        {QStringLiteral("signs"), signs},
        {QStringLiteral("red_flags"), flags},
        {QStringLiteral("one_sided"), r.oneSided},
        {QStringLiteral("lift"), r.lift.isEmpty() ? QJsonValue() : QJsonValue(r.lift)},
        {QStringLiteral("notes"), r.notes}};
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << '\n';
}

QString describeSet(const WorkoutSet &s, const QString &exercise, WeightUnit unit)
{
    QString text = exercise;
    if (s.kind != SetKind::Working)
        text += QStringLiteral(" [") + displayName(s.kind) + u']';
    if (s.weight && s.weight->grams() > 0)
        text += u' ' + s.weight->format(unit);
    if (s.reps)
        text += QStringLiteral(" × ") + QString::number(*s.reps);
    if (s.seconds)
        text += u' ' + Cli::tr("%1 s").arg(*s.seconds);
    if (s.distanceCm)
        text += u' ' + Cli::tr("%1 m").arg(formatNumber(static_cast<double>(*s.distanceCm) / 100.0));
    if (s.rpe)
        text += QStringLiteral(" @") + formatNumber(*s.rpe, 1);
    else if (s.rir)
        text += u' ' + Cli::tr("RIR %1").arg(formatNumber(*s.rir, 1));
    if (s.restSeconds)
        text += u' ' + Cli::tr("(rest %1 s)").arg(*s.restSeconds);
    return text;
}

} // namespace spotter::cli
