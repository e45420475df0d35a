#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every main screen of Spotter with the demo data into docs/screenshots/: light and dark,
# at 1× and 2× (the 2× files end in @2x); and every page in the smallest window it is made for,
# a 1024×640 screen at 100% (PAGE-1024-THEME.png) and a 1280×800 one at 125%
# (PAGE-1280x125-THEME.png). Look at every picture after changing the UI.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target spotter_screenshots
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
out=docs/screenshots
mkdir -p "$out"
rm -f "$out"/*.png
for scale in 1 2; do
    for theme in "" --dark; do
        QT_SCALE_FACTOR=$scale build/dev/tests/ui/spotter_screenshots "$out" $theme
    done
done
for scale in 1 1.25; do
    for theme in "" --dark; do
        QT_SCALE_FACTOR=$scale build/dev/tests/ui/spotter_screenshots "$out" --small $theme
    done
done
# The PDF report's pages (report-*.png) come from their own script; the rm above took them too.
scripts/report-screenshots.sh
