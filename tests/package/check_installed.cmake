# SPDX-License-Identifier: GPL-3.0-or-later
# Unpacks WORK/spotter.deb into WORK/root (dpkg-deb -x, as dpkg would lay it out) and checks
# what a user gets: every file in its place, a menu entry whose program and icon exist (the icon
# in the hicolor theme, as a launcher looks it up), and programs that run from there: spotter-cli
# --version, spotter --help and --version (offscreen), and a PDF report, which proves that
# spotter-cli finds spotter-pdf in libexec.
cmake_minimum_required(VERSION 3.25)

set(root "${WORK}/root")
file(REMOVE_RECURSE "${root}" "${WORK}/home")
file(MAKE_DIRECTORY "${root}" "${WORK}/home")
execute_process(COMMAND dpkg-deb -x "${WORK}/spotter.deb" "${root}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x failed: ${err}")
endif()

set(problems "")
set(hicolor usr/share/icons/hicolor)
set(expected
    usr/bin/spotter usr/bin/spotter-cli usr/libexec/spotter/spotter-pdf
    usr/share/applications/${APP_ID}.desktop usr/share/metainfo/${APP_ID}.metainfo.xml
    ${hicolor}/scalable/apps/${APP_ID}.svg
    usr/share/man/man1/spotter.1.gz usr/share/man/man1/spotter-cli.1.gz
    usr/share/doc/spotter/copyright usr/share/doc/spotter/changelog.gz)
foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND expected ${hicolor}/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(file IN LISTS expected)
    if(NOT EXISTS "${root}/${file}")
        string(APPEND problems "\n  missing: /${file}")
    endif()
endforeach()
# Nothing under /usr/local or outside /usr.
file(GLOB top RELATIVE "${root}" "${root}/*")
if(NOT top STREQUAL "usr")
    string(APPEND problems "\n  the package installs outside /usr: ${top}")
endif()

# The menu entry: its program is on the PATH, its icon is in hicolor under the name it gives.
file(READ "${root}/usr/share/applications/${APP_ID}.desktop" desktop)
if(NOT desktop MATCHES "\nExec=([^ \n]+)")
    string(APPEND problems "\n  the .desktop file has no Exec=")
elseif(NOT EXISTS "${root}/usr/bin/${CMAKE_MATCH_1}")
    string(APPEND problems "\n  the .desktop file runs ${CMAKE_MATCH_1}, which is not in /usr/bin")
endif()
if(NOT desktop MATCHES "\nIcon=([^\n]+)")
    string(APPEND problems "\n  the .desktop file has no Icon=")
else()
    set(icon "${CMAKE_MATCH_1}")
    file(GLOB_RECURSE icon_files RELATIVE "${root}/${hicolor}" "${root}/${hicolor}/*/apps/${icon}.*")
    list(LENGTH icon_files icon_count)
    if(NOT "scalable/apps/${icon}.svg" IN_LIST icon_files OR icon_count LESS 10)
        string(APPEND problems "\n  Icon=${icon}: hicolor has only ${icon_files}")
    endif()
endif()
file(READ "${root}/usr/share/metainfo/${APP_ID}.metainfo.xml" metainfo)
if(NOT metainfo MATCHES "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
    string(APPEND problems "\n  the metainfo does not launch ${APP_ID}.desktop")
endif()

# The programs run from where the package put them.
set(env ${CMAKE_COMMAND} -E env --unset=XDG_DATA_HOME --unset=XDG_CONFIG_HOME HOME=${WORK}/home
    LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen)
function(run expect_regex)
    execute_process(COMMAND ${env} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT out MATCHES "${expect_regex}")
        string(APPEND problems "\n  ${ARGN}: exit ${rc}, expected output matching '${expect_regex}':\n${out}${err}")
    endif()
    set(problems "${problems}" PARENT_SCOPE)
endfunction()
string(REPLACE "." "\\." version_re "${VERSION}")
run("^spotter-cli ${version_re}\nLicense GPL-3.0-or-later" "${root}/usr/bin/spotter-cli" --version)
run("^spotter ${version_re}\n" "${root}/usr/bin/spotter" --version)
run("^Usage: [^\n]*spotter \\[options\\]\n.*--db <path>" "${root}/usr/bin/spotter" --help)
set(db "${WORK}/home/db.sqlite")
run("Added athlete" "${root}/usr/bin/spotter-cli" --db "${db}" athlete add "Ann Lee")
run("Logged session 1" "${root}/usr/bin/spotter-cli" --db "${db}" log --athlete "Ann Lee"
    --date 2026-11-20T18:00 "Deadlift 140x5@8")
run("Wrote the report" "${root}/usr/bin/spotter-cli" --db "${db}" report --athlete "Ann Lee"
    --format pdf -o "${WORK}/home/ann.pdf")
if(EXISTS "${WORK}/home/ann.pdf")
    file(READ "${WORK}/home/ann.pdf" pdf LIMIT 5 HEX)
    if(NOT pdf STREQUAL "255044462d") # %PDF-
        string(APPEND problems "\n  the report is no PDF")
    endif()
endif()

if(problems)
    message(FATAL_ERROR "The installed package is not right:${problems}")
endif()
message(STATUS "spotter.deb unpacked to ${root}: files, menu entry, icon and programs are right")
