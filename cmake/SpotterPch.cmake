# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers. Most of what a Spotter translation unit costs to compile is parsing Qt's
# (and, in tests, GoogleTest's) headers: a widget test took 6.9 s to compile, 3.6 s with those
# headers precompiled, and CI compiles everything twice (dev and asan). Only headers from outside
# the project go in, plus the tests' forced-include printers, so a precompiled header changes
# only when a dependency or that one file does.
#
# The price: a file that forgets to include a Qt header it uses still compiles. SPOTTER_PCH=OFF
# builds without them (and puts the tests' printers back on the command line), which is how to
# find such a file.
option(SPOTTER_PCH "Precompile Qt's and GoogleTest's headers" ON)
option(SPOTTER_UNITY_TESTS "Compile each test executable's sources a few at a time" ON)

# ccache only without them. With a precompiled header ccache hashes all of it (260 MB for the
# core, 400 MB for the widget tests) for every compilation: a miss cost 40-60% more CPU than the
# compiler alone, and a fresh clone in another folder never hits, because the header records
# its paths (0 hits in 105 compilations of such a clone). CI builds a fresh clone every time.
find_program(SPOTTER_CCACHE ccache)
if(SPOTTER_CCACHE AND NOT SPOTTER_PCH AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${SPOTTER_CCACHE}")
endif()

set(spotter_pch_core <QtCore> <QtSql> <algorithm> <functional> <memory> <optional> <vector>)
set(spotter_pch_gui ${spotter_pch_core} <QtGui> <QtWidgets>)
set(spotter_pch_test <gtest/gtest.h> <QtTest> ${PROJECT_SOURCE_DIR}/tests/common/qtprinters.h)

# spotter_precompile(<target> CORE|GUI [TEST])
# A precompiled header is only valid for the flags it was made with (GCC and Clang both check the
# macros), so targets share one only where their flags are the same: the first test target of a
# folder and flavour makes it, the others of that folder and flavour reuse it.
function(spotter_precompile target flavour)
    cmake_parse_arguments(ARG "TEST" "" "" ${ARGN})
    if(flavour STREQUAL "GUI")
        set(headers ${spotter_pch_gui})
    else()
        set(headers ${spotter_pch_core})
    endif()
    if(ARG_TEST)
        list(APPEND headers ${spotter_pch_test})
    endif()
    if(NOT SPOTTER_PCH)
        if(ARG_TEST)
            target_compile_options(${target} PRIVATE
                -include ${PROJECT_SOURCE_DIR}/tests/common/qtprinters.h)
        endif()
        return()
    endif()
    # Clang records the headers' modification times in a precompiled header and refuses it when
    # one differs, as it does for a header copied into a fresh clone.
    target_compile_options(${target} PRIVATE
        "$<$<CXX_COMPILER_ID:Clang>:SHELL:-Xclang -fno-pch-timestamp>")
    if(NOT ARG_TEST)
        target_precompile_headers(${target} PRIVATE ${headers})
        return()
    endif()
    string(MAKE_C_IDENTIFIER "spotter_pch_${CMAKE_CURRENT_SOURCE_DIR}_${flavour}" key)
    get_property(host GLOBAL PROPERTY ${key})
    if(host)
        target_precompile_headers(${target} REUSE_FROM ${host})
    else()
        target_precompile_headers(${target} PRIVATE ${headers})
        set_property(GLOBAL PROPERTY ${key} ${target})
    endif()
endfunction()
