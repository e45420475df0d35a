// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/setformat.h"

#include "model/validation.h"
#include "model/weight.h"
#include "quickentry/quickentry.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVariant>

#include <cmath>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct SetFormat
{
    Q_DECLARE_TR_FUNCTIONS(spotter::SetFormat)
};

/// A plain non-negative decimal ("90", "2.5"); nullopt for anything else.
std::optional<double> plainNumber(QStringView text)
{
    static const QRegularExpression number(QStringLiteral("^\\d{1,7}(\\.\\d+)?$"));
    if (!number.match(text.toString()).hasMatch())
        return std::nullopt;
    return text.toDouble();
}

/// "8", "8.5", "@8"; decimal commas are fine in a cell of their own.
std::optional<double> readNumber(QString text)
{
    text = text.trimmed();
    if (text.startsWith(u'@'))
        text.remove(0, 1);
    text.replace(u',', u'.');
    static const QRegularExpression number(QStringLiteral("^\\s*\\d{1,3}(\\.\\d+)?\\s*$"));
    if (!number.match(text).hasMatch())
        return std::nullopt;
    return text.trimmed().toDouble();
}

} // namespace

QString formatClock(int seconds)
{
    const int s = std::max(seconds, 0);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString formatDuration(int seconds)
{
    if (seconds < 60)
        return SetFormat::tr("%1 s").arg(seconds);
    return formatClock(seconds);
}

QString formatDistance(qint64 cm)
{
    if (cm >= 100'000)
        return SetFormat::tr("%1 km").arg(formatNumber(static_cast<double>(cm) / 100'000.0, 3));
    return SetFormat::tr("%1 m").arg(formatNumber(static_cast<double>(cm) / 100.0, 2));
}

std::optional<int> parseDuration(QStringView text)
{
    const QString t = text.trimmed().toString().toLower().remove(u' ');
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,4}):(\\d{2})(?::(\\d{2}))?$"));
    if (const auto m = clock.match(t); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        if (m.hasCaptured(3)) {
            const int c = m.captured(3).toInt();
            if (b > 59 || c > 59)
                return std::nullopt;
            return a * 3600 + b * 60 + c;
        }
        if (b > 59)
            return std::nullopt;
        return a * 60 + b;
    }
    static const QRegularExpression withUnit(
        QStringLiteral("^(\\d{1,7}(?:\\.\\d+)?)(s|sec|secs|m|min|mins|minute|minutes|h)?$"));
    const auto m = withUnit.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    double seconds = value;
    if (unit == u"h")
        seconds = value * 3600.0;
    else if (!unit.isEmpty() && !unit.startsWith(u's'))
        seconds = value * 60.0;
    return static_cast<int>(std::lround(seconds));
}

QString formatWork(const WorkoutSet &set)
{
    if (set.reps && (*set.reps > 0 || (!set.seconds && !set.distanceCm)))
        return QString::number(*set.reps);
    if (set.seconds)
        return formatDuration(*set.seconds);
    if (set.distanceCm)
        return formatDistance(*set.distanceCm);
    return {};
}

std::optional<QString> applyWork(WorkoutSet &set, QStringView text)
{
    const QString t = text.trimmed().toString().toLower().remove(u' ');
    if (t.isEmpty())
        return SetFormat::tr("Enter reps (5), a duration (45s, 1:30) or a distance (40m, 2km)");
    static const QRegularExpression distance(QStringLiteral("^(\\d{1,7}(?:\\.\\d+)?)(m|km)$"));
    if (const auto m = distance.match(t); m.hasMatch()) {
        const double metres = m.captured(1).toDouble() * (m.captured(2) == u"km" ? 1000.0 : 1.0);
        set.distanceCm = std::llround(metres * 100.0);
        set.reps.reset();
        set.seconds.reset();
        return std::nullopt;
    }
    const bool bare = plainNumber(t).has_value();
    const bool timedNow = !set.reps && set.seconds;
    const bool distanceNow = !set.reps && !set.seconds && set.distanceCm;
    if (bare && distanceNow) {
        set.distanceCm = std::llround(t.toDouble() * 100.0);
        return std::nullopt;
    }
    if (bare && !timedNow) {
        static const QRegularExpression whole(QStringLiteral("^\\d{1,7}$"));
        if (!whole.match(t).hasMatch())
            return SetFormat::tr("Reps must be a whole number; got %1").arg(text.trimmed());
        set.reps = t.toInt();
        set.seconds.reset();
        set.distanceCm.reset();
        return std::nullopt;
    }
    if (const auto seconds = parseDuration(t)) {
        set.seconds = *seconds;
        set.reps.reset();
        set.distanceCm.reset();
        return std::nullopt;
    }
    return SetFormat::tr("Enter reps (5), a duration (45s, 1:30) or a distance (40m, 2km); got '%1'")
        .arg(text.trimmed());
}

QString describeSet(const WorkoutSet &set, WeightUnit unit)
{
    QStringList work;
    if (set.weight && set.weight->grams() > 0)
        work.append(set.weight->format(unit));
    if (set.reps && *set.reps > 0)
        work.append(work.isEmpty() ? SetFormat::tr("%n rep(s)", nullptr, *set.reps)
                                   : QString::number(*set.reps));
    if (set.seconds)
        work.append(formatDuration(*set.seconds));
    if (set.distanceCm)
        work.append(formatDistance(*set.distanceCm));
    QString text = work.join(QStringLiteral(" × "));
    if (set.rpe)
        text += QStringLiteral(" @") + formatNumber(*set.rpe, 1);
    if (set.rir)
        text += SetFormat::tr(" RIR %1").arg(formatNumber(*set.rir, 1));
    if (set.kind != SetKind::Working)
        text = SetFormat::tr("%1 %2").arg(displayName(set.kind), text);
    if (set.restSeconds)
        text = SetFormat::tr("%1, rest %2").arg(text, formatClock(*set.restSeconds));
    return text;
}

std::optional<QString> applyKind(WorkoutSet &set, const QVariant &value)
{
    const QString text = value.toString().trimmed();
    bool ok = false;
    const int kind = value.toInt(&ok);
    if (ok && kind >= 0 && kind < static_cast<int>(kSetKindKeys.size())) {
        set.kind = static_cast<SetKind>(kind);
        return std::nullopt;
    }
    for (int k = 0; k < static_cast<int>(kSetKindKeys.size()); ++k) {
        const auto candidate = static_cast<SetKind>(k);
        if (text.compare(displayName(candidate), Qt::CaseInsensitive) == 0
            || text.compare(toKey(candidate), Qt::CaseInsensitive) == 0) {
            set.kind = candidate;
            return std::nullopt;
        }
    }
    return SetFormat::tr("Unknown kind of set '%1'").arg(text);
}

std::optional<QString> applyLoad(WorkoutSet &set, const QString &text, bool assisted, WeightUnit unit)
{
    if (text.isEmpty() || text.compare(QStringLiteral("bw"), Qt::CaseInsensitive) == 0) {
        set.weight.reset();
        return std::nullopt;
    }
    QString load = text;
    if (assisted) {
        // The help, written as it is taken off: 25, bw-25 or -25 all mean 25 of help.
        if (load.startsWith(QStringLiteral("bw+"), Qt::CaseInsensitive) || load.startsWith(u'+'))
            return SetFormat::tr(
                "An assisted exercise takes help, not added weight: enter the help, such as 25 "
                "or bw-25");
        if (load.startsWith(QStringLiteral("bw-"), Qt::CaseInsensitive))
            load.remove(0, 3);
        else if (load.startsWith(u'-') || load.startsWith(QChar(0x2212)))
            load.remove(0, 1);
        const auto help = QuickEntry::parseLoad(load, unit);
        if (!help)
            return SetFormat::tr("Enter the help such as 25, 50lb or bw-25; got '%1'").arg(text);
        if (const auto error = checkAssistance(*help))
            return error;
        set.weight = help->grams() == 0 ? std::nullopt : std::optional(Weight::fromGrams(-help->grams()));
        return std::nullopt;
    }
    if (load.startsWith(QStringLiteral("bw+"), Qt::CaseInsensitive))
        load.remove(0, 3);
    else if (load.startsWith(u'+'))
        load.remove(0, 1);
    const auto weight = QuickEntry::parseLoad(load, unit);
    if (!weight)
        return SetFormat::tr("Enter a weight such as 102.5, 225lb or 100kg; got '%1'").arg(text);
    if (const auto error = checkWeight(*weight))
        return error;
    set.weight = weight;
    return std::nullopt;
}

std::optional<QString> applyEffort(WorkoutSet &set, const QString &text)
{
    if (text.isEmpty()) {
        set.rpe.reset();
        set.rir.reset();
        return std::nullopt;
    }
    static const QRegularExpression rir(QStringLiteral("^(?:rir\\s*([\\d.,]+)|([\\d.,]+)\\s*rir)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = rir.match(text); m.hasMatch()) {
        const auto rirValue = readNumber(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
        if (!rirValue)
            return SetFormat::tr("Enter reps in reserve as rir 2; got '%1'").arg(text);
        if (const auto error = checkRir(*rirValue))
            return error;
        set.rir = rirValue;
        set.rpe.reset();
        return std::nullopt;
    }
    const auto rpe = readNumber(text);
    if (!rpe)
        return SetFormat::tr("Enter an RPE from 1 to 10, such as 8 or 8.5; got '%1'").arg(text);
    if (const auto error = checkRpe(*rpe))
        return error;
    set.rpe = rpe;
    set.rir.reset();
    return std::nullopt;
}

std::optional<QString> applyRest(WorkoutSet &set, const QString &text)
{
    if (text.isEmpty()) {
        set.restSeconds.reset();
        return std::nullopt;
    }
    const auto seconds = parseDuration(text);
    if (!seconds)
        return SetFormat::tr("Enter rest as 90, 2:30 or 3m; got '%1'").arg(text);
    if (const auto error = checkRest(*seconds))
        return error;
    set.restSeconds = seconds;
    return std::nullopt;
}

} // namespace spotter
