// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/snapshot.h"

#include "store/database.h"
#include "store/transaction.h"

namespace spotter {

ReadSnapshot::ReadSnapshot(const Database &db)
    : m_transaction(std::make_unique<ReadTransaction>(db.connection()))
{}

ReadSnapshot::~ReadSnapshot() = default;

} // namespace spotter
