#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Spotter (release) and opens it on the default database.
# Builds every program the app and the CLI run: spotter, spotter-cli and spotter-pdf (which
# `spotter-cli report --format pdf` starts). Extra arguments go to the app, e.g.
# scripts/run.sh --db /path/to/other.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target spotter spotter-cli spotter-pdf
exec build/release/app/gui/spotter "$@"
