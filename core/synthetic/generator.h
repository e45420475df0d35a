// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synthetic/athleteprofile.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace spotter {

class Database;

struct GeneratorOptions
{
    int athletes = 1; ///< drawn at random from the seed (unless profiles are given)
    /// Every athlete's history covers this many weeks, up to the end…
    std::optional<int> weeks;
    /// …or the histories stop at exactly this many sets in all, shared evenly between athletes.
    std::optional<qint64> totalSets;
    quint64 seed = 1;
    /// Nothing happens after this instant; the last week of every history is the one holding it.
    QDateTime end;
    /// Also write each history as a Strong CSV export (V1): this file for one athlete, and for
    /// several one file each, numbered before the suffix (history-01.csv, history-02.csv, …).
    QString strongCsv;
    /// Use these athletes instead of drawing them (the demo's stories).
    QList<AthleteProfile> profiles;
};

struct GeneratorResult
{
    qint64 athletes = 0;
    qint64 sessions = 0;
    qint64 sets = 0;
    qint64 soreness = 0;
    QStringList csvFiles;
    qint64 csvRows = 0; ///< data rows of the CSV files, Rest Timer rows included
};

/// Writes deterministic, realistic training histories (see TrainingSimulator) into a database
/// with no athletes: the same options and seed give the same database and CSV files on every
/// machine in the same time zone (times are the machine's local times, as a lifter logs them).
/// Rows go through the bulk ImportWriter, one write transaction per athlete.
class Generator
{
public:
    explicit Generator(const Database &db) : m_db(db) {}

    /// Throws StoreError: when the database already has athletes (nothing is written), when it
    /// fails, or when a CSV file cannot be written (the athletes before stay written).
    GeneratorResult run(const GeneratorOptions &options);

    /// The CSV file of athlete @p index of @p count for the --strong-csv path @p base.
    [[nodiscard]] static QString csvPath(const QString &base, int index, int count);

    /// Who athlete @p index is when the options give no profiles, drawn from @p seed.
    [[nodiscard]] static AthleteProfile drawnProfile(quint64 seed, int index, int currentYear);
    /// The seed of athlete @p index's training (each athlete has streams of their own).
    [[nodiscard]] static quint64 trainingSeed(quint64 seed, int index);

private:
    const Database &m_db;
};

} // namespace spotter
