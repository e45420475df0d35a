#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Spotter (release) and opens it on the default database.
# Extra arguments go to the app, e.g. scripts/run.sh --db /path/to/other.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target spotter spotter-cli
exec build/release/app/gui/spotter "$@"
