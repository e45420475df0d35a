#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, checks the formatting (.clang-format), then builds every target in
# the AddressSanitizer + UndefinedBehaviorSanitizer build (clang, warnings as errors) and runs
# every test there. One build, not a plain debug one and then a sanitized one: both are unoptimised
# debug builds running the same tests, the sanitized one checks more, and the plain one cost CI
# about 16 of its 30 minutes on 2 cores (docs/reliability.md, section 8). The dev preset (GCC) is
# faster at running the tests for day-to-day work.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
jobs="$(nproc)"

echo "== style: clang-format"
find app core ui tests packaging \( -name '*.cpp' -o -name '*.h' \) -not -path 'tests/data/*' -print0 \
    | xargs -0 clang-format --dry-run -Werror

echo "== asan: configure and build"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
echo "== asan: test"
ctest --preset asan -j "$jobs"
echo "== all tests passed (AddressSanitizer + UndefinedBehaviorSanitizer build)"
