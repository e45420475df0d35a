// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace spotter {

class Database;
class ReadTransaction;

/// One consistent view of the database for several reads, for code outside the store that
/// must not see connections or transactions (services/ assembling what the analysis needs).
/// Joins a transaction the calling thread's connection is already in.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    std::unique_ptr<ReadTransaction> m_transaction;
};

} // namespace spotter
