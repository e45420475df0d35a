#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every main screen of Spotter with the demo data into docs/screenshots/: light and dark,
# at 1× and 2× (the 2× files end in @2x); and every page in the smallest window it is made for,
# a 1024×640 screen at 100% (PAGE-1024-THEME.png) and a 1280×800 one at 125%
# (PAGE-1280x125-THEME.png). Then the pages again (issue 16):
#   de       in German, at 1× and 2× (de-PAGE.png, de-PAGE@2x.png);
#   pseudo   in the pseudo-locale, every string about 40% longer, in the small windows
#            (pseudo-PAGE-1024.png, pseudo-PAGE-1280x125.png);
#   contrast in the two high-contrast themes at 1× and 2× (high-contrast-PAGE.png,
#            high-contrast-dark-PAGE.png).
# With --only SET (english, de, pseudo or contrast) it renders that set alone and leaves the other
# files as they are. Look at every picture after changing the UI.
set -euo pipefail
cd "$(dirname "$0")/.."
only=all
if [[ "${1:-}" == --only ]]; then
    only="${2:?--only needs english, de, pseudo or contrast}"
fi
scripts/setup-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target spotter_screenshots
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
out=docs/screenshots
shoot=build/dev/tests/ui/spotter_screenshots
mkdir -p "$out"
wanted() { [[ "$only" == all || "$only" == "$1" ]]; }

if wanted english; then
    if [[ "$only" == all ]]; then
        rm -f "$out"/*.png
    else
        find "$out" -name '*.png' ! -name 'de-*' ! -name 'pseudo-*' ! -name 'high-contrast-*' -delete
    fi
    for scale in 1 2; do
        for theme in "" --dark; do
            QT_SCALE_FACTOR=$scale $shoot "$out" $theme
        done
    done
    for scale in 1 1.25; do
        for theme in "" --dark; do
            QT_SCALE_FACTOR=$scale $shoot "$out" --small $theme
        done
    done
    # The PDF report's pages (report-*.png) come from their own script; the rm above took them too.
    scripts/report-screenshots.sh
fi
if wanted de; then
    rm -f "$out"/de-*.png
    for scale in 1 2; do
        QT_SCALE_FACTOR=$scale $shoot "$out" --locale de_DE
    done
fi
if wanted pseudo; then
    rm -f "$out"/pseudo-*.png
    for scale in 1 1.25; do
        SPOTTER_PSEUDO_LOCALE=1 QT_SCALE_FACTOR=$scale $shoot "$out" --small
    done
fi
if wanted contrast; then
    rm -f "$out"/high-contrast-*.png
    for scale in 1 2; do
        for theme in high-contrast high-contrast-dark; do
            QT_SCALE_FACTOR=$scale $shoot "$out" --contrast $theme
        done
    done
fi
