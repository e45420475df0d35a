// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The whole-body scenario table (tests/data/triage/whole-body-scenarios.json) read for the core
// tests. Each row gives `spotter-cli classify` arguments; tests/cli runs the same rows through
// the real binary, so this reading of the arguments cannot drift from the command's unnoticed.

#include "analysis/triage.h"
#include "model/builtincatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace spotter::test {

struct Scenario
{
    QString id;
    QString region;  ///< as the row gives it (informative; the arguments decide)
    QString pattern; ///< "W1" … "W17", "B" (borderline benign), "R" (red flags anywhere)
    QString description;
    QStringList args;
    Severity min;
    Severity max;
};

inline Severity severityOf(const QJsonObject &o)
{
    Severity s;
    // The independent review spells the class as the rules reference does ("see_doctor"); the
    // command line prints "see-doctor". Both mean the same class.
    s.cls =
        fromKey(kSorenessClassKeys, o.value(QStringLiteral("class")).toString().replace(u'_', u'-')).value();
    if (o.value(QStringLiteral("urgency")).isString())
        s.urgency = fromKey(kUrgencyKeys, o.value(QStringLiteral("urgency")).toString()).value();
    return s;
}

inline QList<Scenario> loadScenarios(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<Scenario> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject o = v.toObject();
        Scenario s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.pattern = o.value(QStringLiteral("pattern")).toString();
        s.region = o.value(QStringLiteral("region")).toString();
        s.description = o.value(QStringLiteral("description")).toString();
        for (const QJsonValue &a : o.value(QStringLiteral("args")).toArray())
            s.args.append(a.toString());
        s.min = severityOf(o.value(QStringLiteral("min")).toObject());
        s.max = severityOf(o.value(QStringLiteral("max")).toObject());
        out.append(s);
    }
    return out;
}

/// The classify arguments as TriageInput, with the command's meaning (a first time on the lift
/// means zero weeks on it; a named one-sided lift or --one-sided means a one-sided lift).
inline TriageInput inputOf(const QStringList &args)
{
    TriageInput in;
    bool oneSided = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const auto next = [&] { return args.value(++i); };
        if (a == u"--region")
            in.region = fromKey(kRegionKeys, next()).value();
        else if (a == u"--onset-hours")
            in.onsetHours = next().toDouble();
        else if (a == u"--duration-hours")
            in.durationHours = next().toDouble();
        else if (a == u"--resolved")
            in.resolved = true;
        else if (a == u"--intensity")
            in.intensity = next().toInt();
        else if (a == u"--character")
            in.character = fromKey(kCharacterKeys, next()).value();
        else if (a == u"--trend")
            in.trend = fromKey(kTrendKeys, next()).value();
        else if (a == u"--side")
            in.side = fromKey(kSideKeys, next()).value();
        else if (a == u"--sign")
            in.signs.insert(fromKey(kSignKeys, next()).value());
        else if (a == u"--red-flag")
            in.redFlags.insert(fromKey(kRedFlagKeys, next()).value());
        else if (a == u"--history")
            in.history.insert(fromKey(kHistoryFlagKeys, next()).value());
        else if (a == u"--weeks-on-lift")
            in.weeksOnLift = next().toInt();
        else if (a == u"--layoff-weeks")
            in.layoffWeeks = next().toInt();
        else if (a == u"--weeks-sore-every-session")
            in.weeksSoreEverySession = next().toInt();
        else if (a == u"--age")
            in.age = next().toInt();
        else if (a == u"--one-sided")
            oneSided = true;
        else if (a == u"--lift") {
            // As classify: a catalogue lift gives its name and sides; another is named as given.
            const QString name = next();
            const auto lift = findBuiltinExercise(name);
            in.lift = lift ? lift->name : name;
            if (lift)
                in.bilateralLift = !lift->unilateral;
        } else
            ADD_FAILURE() << "the test reader does not know " << a.toStdString();
    }
    if (in.history.contains(HistoryFlag::FirstTimeLift) && !in.weeksOnLift)
        in.weeksOnLift = 0;
    if (oneSided)
        in.bilateralLift = false;
    return in;
}

} // namespace spotter::test
