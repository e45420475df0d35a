#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Spotter's scale benchmarks (docs/performance.md), in a Release build: builds only what they
# need, generates the data once (1,000,000 sets of 50 athletes, kept in build/release/bench-data;
# --fresh makes it again, e.g. after the generator changed) and prints, for each benchmark,
# Spotter's and the baseline's median, min and max over the runs and their ratio.
# Extra arguments go to spotter-bench:
#   scripts/bench.sh --runs 7 --markdown /tmp/bench.md
#   scripts/bench.sh --only 4,5
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target spotter-bench
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
exec build/release/tests/bench/spotter-bench --work build/release/bench-data "$@"
