# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, made by CPack's DEB generator from what `cmake --install` puts in place
# (scripts/package.sh; docs/packaging.md). Run-time dependencies are computed from the
# programs' libraries by dpkg-shlibdeps; only what the programs load at run time by name
# (plugins), which no tool can see, is listed by hand.

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "spotter")
set(CPACK_PACKAGE_VENDOR "The Spotter developers")
set(CPACK_PACKAGE_CONTACT "The Spotter developers <spotter@example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# Release binaries without their symbols (Debian policy; lintian's unstripped-binary-or-object).
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT") # spotter_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded by name, so dpkg-shlibdeps cannot see them: Qt's SQLite driver (every database access).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Native Wayland windows instead of XWayland, where the desktop offers it; Qt's own strings
# (standard buttons, file dialogs) in the system language, loaded from Qt's folder at start.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# Debian's description: the synopsis, then the long description (CPack indents its lines and
# marks its empty ones as the control file wants).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "training log for lifters and their coaches")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Spotter logs strength training sessions typed in a short notation
(Deadlift 100x5, 140x5@8), notes the soreness that followed, and tells
what the soreness looks like: normal fatigue, muscle soreness after
training, something to watch, a warning sign, or a reason to see a
doctor, with the reasons. It notices testing sessions and fast load
increases.

Coaches keep all their athletes in one SQLite database, see who needs
attention, import histories from Strong, Hevy and FitNotes, and write CSV
and PDF reports. spotter-cli does everything from the command line.

The soreness triage is information, not medical advice.")

include(CPack)
