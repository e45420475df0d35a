// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measure.h"

#include <QList>
#include <QString>

namespace spotter::bench {

struct Options
{
    QString cli;      ///< spotter-cli
    QString guiStart; ///< bench-gui-start
    QString save;     ///< bench-save
    QString sqlite3 = QStringLiteral("sqlite3");
    QString work; ///< folder for the databases and files
    qint64 sets = 1'000'000;
    int athletes = 50;
    qint64 importSets = 1'000'000;
    int saveOps = 20;
    int runs = 5;
    quint64 seed = 20261121;
    QList<int> only{1, 2, 3, 4, 5};
    bool fresh = false;
};

/// One line of the results: Spotter against the baseline measured in the same run.
struct Result
{
    QString name;
    QString unit; ///< "s", "ms" or "MiB"
    Stats spotter;
    Stats baseline;
    double target = 0.0;
    QString spotterCommand;
    QString baselineCommand;
    QString note;
    bool skipped = false;

    [[nodiscard]] double ratio() const
    {
        return baseline.median > 0.0 ? spotter.median / baseline.median : 0.0;
    }
    [[nodiscard]] bool passes() const { return !skipped && ratio() <= target; }
};

/// The data the benchmarks share, made once (and kept between runs unless Options::fresh).
struct Data
{
    QString big;   ///< the database with Options::sets sets
    QString empty; ///< a new database: no athletes
    QString small; ///< one athlete, one week
    QString strongCsv;
    qint64 strongSets = 0;
    qint64 strongRows = 0;
    QString strongAthlete;
    QString strongUnit;
    QString bigSummary; ///< what generate said about the big database
};

[[nodiscard]] Data prepareData(const Options &options);

[[nodiscard]] Result exportSets(const Options &options, const Data &data);
[[nodiscard]] Result importStrong(const Options &options, const Data &data);
/// Time to the first History page, and peak RSS.
[[nodiscard]] QList<Result> guiStart(const Options &options, const Data &data);
[[nodiscard]] Result analyzeAll(const Options &options, const Data &data);
[[nodiscard]] Result saveAndRetriage(const Options &options, const Data &data);

} // namespace spotter::bench
