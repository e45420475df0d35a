#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 / Ubuntu packages Spotter needs to build, run and test, and only
# those that are missing. Safe to run again; run by scripts/run.sh and scripts/test.sh.
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ ccache clang libclang-rt-14-dev binutils lld pkg-config clang-format
    # Qt 6.4 (the SQLite driver and OpenGL dev files are only "Recommends": name them)
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
    libgl-dev qt6-qpa-plugins qt6-svg-dev
    # Qt Linguist: lupdate/lrelease, the CMake LinguistTools package, Qt's own translations
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
    # SQLite, GoogleTest
    libsqlite3-dev sqlite3 libgtest-dev libgmock-dev
    # the team server: Qt's PostgreSQL driver (only "Recommended" by libqt6sql6), libpq for COPY,
    # and the server programs (initdb, pg_ctl) the tests' throwaway cluster runs
    libqt6sql6-psql libpq-dev postgresql
    # the exact font the screenshots and PDF checks are made with; PDF → PNG for reports
    fonts-dejavu-core poppler-utils
    # packaging (scripts/package.sh, tests/package): man pages rendered by groff, the .deb made by
    # CPack with dpkg-shlibdeps (which needs file), and the checks of what it installs
    groff-base gzip file dpkg-dev desktop-file-utils appstream lintian
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "These packages are missing and sudo is not available: ${missing[*]}" >&2
        exit 1
    fi
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
