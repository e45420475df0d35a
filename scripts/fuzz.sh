#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (the asan preset: clang with ASan + UBSan) and runs each for
# SECONDS (default 60), one after the other. What a target finds is kept in
# build/asan/fuzz/TARGET/corpus, so the next run starts where this one stopped; an input that
# crashes goes to build/asan/fuzz/TARGET/artifacts and makes the script fail.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# Replay a crash with: build/asan/tests/fuzz/TARGET build/asan/fuzz/TARGET/artifacts/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
if [ $# -gt 0 ]; then shift; fi
all=(csvreader_fuzz quickentry_fuzz import_strong_fuzz import_hevy_fuzz import_fitnotes_fuzz
     import_spottersets_fuzz import_spottersoreness_fuzz)
if [ $# -gt 0 ]; then targets=("$@"); else targets=("${all[@]}"); fi

scripts/setup-deps.sh
cmake --preset asan >/dev/null
cmake --build --preset asan --target "${targets[@]}"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=0
printf '%-28s %11s %7s %6s %8s %7s %12s\n' target executions exec/s cov features corpus "new crashes"
for t in "${targets[@]}"; do
    case "$t" in
        quickentry_fuzz) seeds=(tests/data/fuzz/quickentry); max_len=256 ;;
        csvreader_fuzz) seeds=(tests/data/import); max_len=2048 ;;
        import_*_fuzz) seeds=(tests/data/import); max_len=4096 ;;
        *) echo "unknown fuzz target: $t" >&2; exit 2 ;;
    esac
    work="build/asan/fuzz/$t"
    mkdir -p "$work/corpus" "$work/artifacts"
    log="$work/last-run.log"
    touch "$work/.started"
    rc=0
    "build/asan/tests/fuzz/$t" -max_total_time="$seconds" -max_len="$max_len" -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/" "$work/corpus" "${seeds[@]}" >"$log" 2>&1 || rc=$?
    executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
    rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")"
    last="$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)"
    cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")"
    features="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")"
    corpus="$(find "$work/corpus" -type f | wc -l)"
    crashes="$(find "$work/artifacts" -type f -newer "$work/.started" | wc -l)"
    printf '%-28s %11s %7s %6s %8s %7s %12s\n' "$t" "${executions:-?}" "${rate:-?}" "${cov:-?}" \
        "${features:-?}" "$corpus" "$crashes"
    if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ]; then
        failed=1
        echo "  $t failed (exit $rc): see $log" >&2
    fi
done
exit "$failed"
