// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases.h"

namespace spotter::bench {

/// The team server's benchmarks (6–8, docs/performance.md), on a throwaway PostgreSQL cluster
/// (tests/common/pgcluster.h) started for this run.
struct PgData
{
    bool available = false;
    QString reason;     ///< why not, when not available
    QString bigUri;     ///< the coach on the server copy of the comparison data
    QString bigSqlite;  ///< the same histories in a SQLite file
    QString bigSummary; ///< what is in both, as counted on each side
    QString socket;     ///< the cluster's Unix socket folder
};

/// Starts the cluster and generates the comparison data on both backends with the same seed
/// and end date (kept between runs for the SQLite side, made again on the server each run).
[[nodiscard]] PgData preparePgData(const Options &options);

[[nodiscard]] Result importStrongPg(const Options &options, const Data &data, const PgData &pg);
[[nodiscard]] Result historyPageOnPg(const Options &options, const PgData &pg);
[[nodiscard]] Result analyzeAllOnPg(const Options &options, const PgData &pg);

} // namespace spotter::bench
