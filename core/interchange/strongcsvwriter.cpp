// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/strongcsvwriter.h"

#include "model/weight.h"

namespace spotter {

namespace {

const QString kZero = QStringLiteral("0");

} // namespace

StrongCsvWriter::StrongCsvWriter(QIODevice *device, WeightUnit unit,
                                 std::function<QString(qint64)> exerciseName)
    : m_csv(device, CsvWriter::Options{',', false, false})
    , m_unit(unit)
    , m_exerciseName(std::move(exerciseName))
{
    m_csv.writeRecord({QStringLiteral("Date"), QStringLiteral("Workout Name"), QStringLiteral("Duration"),
                       QStringLiteral("Exercise Name"), QStringLiteral("Set Order"), QStringLiteral("Weight"),
                       QStringLiteral("Reps"), QStringLiteral("Distance"), QStringLiteral("Seconds"),
                       QStringLiteral("Notes"), QStringLiteral("Workout Notes"), QStringLiteral("RPE")});
}

QString StrongCsvWriter::duration(int minutes)
{
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    if (hours == 0)
        return QStringLiteral("%1m").arg(rest);
    return rest == 0 ? QStringLiteral("%1h").arg(hours) : QStringLiteral("%1h %2m").arg(hours).arg(rest);
}

void StrongCsvWriter::row(const Session &session, const QString &exercise, const QString &order,
                          const QString &weight, const QString &reps, const QString &seconds,
                          const QString &notes, const QString &rpe)
{
    m_csv.plain(m_date).text(session.title).plain(m_duration).text(exercise).plain(order).plain(weight);
    m_csv.plain(reps).plain(kZero).plain(seconds).text(notes);
    // Strong repeats the workout's notes only on its first row.
    m_csv.text(m_firstRowOfSession ? session.notes : QString()).plain(rpe);
    m_csv.endRecord();
    m_firstRowOfSession = false;
    ++m_rows;
}

void StrongCsvWriter::write(const Session &session)
{
    m_date = session.start.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_duration = session.durationMin ? duration(*session.durationMin) : QString();
    m_firstRowOfSession = true;
    qint64 block = -1;
    int number = 0;
    for (const WorkoutSet &set : session.sets) {
        const QString exercise = m_exerciseName(set.exerciseId);
        if (set.exerciseId != block) {
            block = set.exerciseId;
            number = 0;
        }
        if (set.restSeconds)
            row(session, exercise, QStringLiteral("Rest Timer"), kZero, kZero,
                QString::number(*set.restSeconds), QString(), QString());
        QString order;
        switch (set.kind) {
        case SetKind::Warmup: order = QStringLiteral("W"); break;
        case SetKind::Drop: order = QStringLiteral("D"); break;
        case SetKind::Failure: order = QStringLiteral("F"); break;
        case SetKind::Working:
        case SetKind::Amrap: order = QString::number(++number); break;
        }
        // Strong stores kilograms; a pound value is the nominal plate load, rounded back from grams.
        const QString weight = !set.weight                ? kZero
                               : m_unit == WeightUnit::Kg ? set.weight->kgString()
                                                          : formatNumber(set.weight->lb(), 2);
        row(session, exercise, order, weight, set.reps ? QString::number(*set.reps) : kZero,
            set.seconds ? QString::number(*set.seconds) : kZero, set.notes,
            set.rpe ? formatNumber(*set.rpe, 1) : QString());
    }
}

} // namespace spotter
