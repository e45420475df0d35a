// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvwriter.h"
#include "model/enums.h"
#include "model/session.h"

#include <QString>

#include <functional>

class QIODevice;

namespace spotter {

/// Writes sessions the way Strong exports them, comma-separated V1 (market-and-formats §2.1):
/// one row per set in the athlete's unit, W, D and F set orders that do not use up the numbers
/// of working sets, and a Rest Timer row before every set with a logged rest. Generated
/// histories use it so that an import can be measured against the same data.
class StrongCsvWriter
{
public:
    /// @p exerciseName gives the name Strong would use for an exercise id.
    StrongCsvWriter(QIODevice *device, WeightUnit unit, std::function<QString(qint64)> exerciseName);

    void write(const Session &session);
    /// Writes what is buffered; false (see errorString()) when the device refused.
    [[nodiscard]] bool flush() { return m_csv.flush(); }
    [[nodiscard]] const QString &errorString() const { return m_csv.errorString(); }
    /// Data rows written so far, Rest Timer rows included.
    [[nodiscard]] qint64 rows() const { return m_rows; }

    /// "1h 8m", "48m", as Strong writes durations.
    [[nodiscard]] static QString duration(int minutes);

private:
    void row(const Session &session, const QString &exercise, const QString &order, const QString &weight,
             const QString &reps, const QString &seconds, const QString &notes, const QString &rpe);

    CsvWriter m_csv;
    WeightUnit m_unit;
    std::function<QString(qint64)> m_exerciseName;
    QString m_date;
    QString m_duration;
    bool m_firstRowOfSession = true;
    qint64 m_rows = 0;
};

} // namespace spotter
