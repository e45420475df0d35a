// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to Database: an open begun on a thread of its own (Options::connectAside).

#include "store/database.h"
#include "store/storeerror.h"

#include <QThread>

#include <optional>

namespace spotter {

struct Database::Opening
{
    std::unique_ptr<QThread> thread;
    /// Written by the thread, read only after waiting for it.
    std::optional<StoreError> error;
};

} // namespace spotter
