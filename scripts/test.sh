#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, checks the formatting (.clang-format), then builds and runs every
# test twice: in the debug build with warnings as errors, and in the AddressSanitizer +
# UndefinedBehaviorSanitizer build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
jobs="$(nproc)"

echo "== style: clang-format"
find app core ui tests packaging \( -name '*.cpp' -o -name '*.h' \) -not -path 'tests/data/*' -print0 \
    | xargs -0 clang-format --dry-run -Werror

for preset in dev asan; do
    echo "== $preset: configure and build"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    echo "== $preset: test"
    ctest --preset "$preset" -j "$jobs"
done
echo "== all tests passed (dev and asan)"
