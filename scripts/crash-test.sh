#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The full crash-safety experiment (docs/reliability.md): writes a Strong CSV of SESSIONS
# workouts of 25 sets (default 16000: 400,000 rows, about 30 MB), then TRIALS times (default 24)
# starts spotter-cli import on a copy of a database with history, kills it with SIGKILL at a
# random moment (every second trial while it writes), and checks SQLite's integrity and that the
# database holds the old rows or the old plus all of the file's. Prints one line per trial and a
# summary; fails if any trial left a damaged or partial database.
#   scripts/crash-test.sh [TRIALS] [SESSIONS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
trials="${1:-24}"
sessions="${2:-16000}"
seed="${3:-$(date +%s)}"

scripts/setup-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target reliability_process_tests
SPOTTER_CRASH_TRIALS="$trials" SPOTTER_CRASH_SESSIONS="$sessions" SPOTTER_CRASH_SEED="$seed" \
    QT_QPA_PLATFORM=offscreen \
    build/dev/tests/reliability/reliability_process_tests --gtest_filter='CrashSafety.*'
