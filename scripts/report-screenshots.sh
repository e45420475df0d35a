#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders pages of the PDF report of the demo data into docs/screenshots/report-*.png for people
# to look at: Rita's last four weeks with an emergency (chest pain) and an urgent report (fever,
# night pain) added after her last session — the urgencies in a word, the advice once, the ticked
# red flags — and the weekly load of her all-time report, where her three-week break is one line.
# Look at every picture after changing the report or its PDF layout.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target spotter-cli spotter-pdf
cli=build/dev/app/cli/spotter-cli
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SPOTTER_NOW=2026-11-20T18:00
db="$work/demo.sqlite"
rita="Rita Okafor"
"$cli" --db "$db" generate --demo >/dev/null
"$cli" --db "$db" soreness add --athlete "$rita" --last --region chest --noticed 2026-11-20T15:00 \
    --intensity 6 --character sharp --red-flag chest-pain >/dev/null
"$cli" --db "$db" soreness add --athlete "$rita" --last --region lower-back --noticed 2026-11-20T16:00 \
    --intensity 5 --character dull --red-flag fever --red-flag night-pain >/dev/null
"$cli" --db "$db" report --athlete "$rita" --from 2026-10-26 --to 2026-11-20 --format pdf -o "$work/short.pdf"
"$cli" --db "$db" report --athlete "$rita" --format pdf -o "$work/all.pdf"

# The page of a PDF whose text holds a phrase (pdftotext separates pages with a form feed; it
# writes "fl" as a ligature, so look for words without it).
page_with() {
    pdftotext -layout "$1" - | awk -v RS='\f' -v text="$2" 'index($0, text) { print NR; exit }'
}
render() { # PDF, page, name
    pdftoppm -png -r 80 -f "$2" -l "$2" -singlefile "$1" "$out/$3"
}
render "$work/short.pdf" 1 report-short-attention
render "$work/short.pdf" "$(page_with "$work/short.pdf" 'If yes')" report-short-checklist
render "$work/all.pdf" "$(page_with "$work/all.pdf" 'No sessions')" report-all-weekly-load
ls -l "$out"/report-*.png
