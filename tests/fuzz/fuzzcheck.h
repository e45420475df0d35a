// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzz targets share: a failed invariant aborts, so libFuzzer saves the input.
#pragma once

#include <cstdlib>

namespace spotter::fuzz {

inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace spotter::fuzz
