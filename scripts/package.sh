#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package: a release build of what Spotter installs under /usr (the "package"
# preset) with Debian's compiler and linker hardening flags, packed by CPack's DEB generator
# (run-time dependencies computed by dpkg-shlibdeps), then checked by lintian, which must
# report no error and no warning. The package lands in build/package/; install it with
#   sudo apt install ./build/package/spotter_<version>_<arch>.deb
# docs/packaging.md says what it holds and how it is tested.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh

export DEB_BUILD_MAINT_OPTIONS="hardening=+all"
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
ldflags="$(dpkg-buildflags --get LDFLAGS)"
cmake --preset package -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >/dev/null
cmake --build --preset package -j "$(nproc)"
rm -f build/package/spotter_*.deb
cpack --preset package

debs=(build/package/spotter_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    echo "package.sh: expected one build/package/spotter_*.deb, found: ${debs[*]}" >&2
    exit 1
fi
echo "== lintian ${debs[0]}"
lintian --fail-on error,warning "${debs[0]}"
echo "Built ${debs[0]}: install it with sudo apt install ./${debs[0]}"
