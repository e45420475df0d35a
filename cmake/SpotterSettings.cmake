# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the settings every Spotter target shares, so no target can
# quietly build with weaker warnings or without the Qt string-hygiene defines.

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE Debug CACHE STRING "Build type" FORCE)
endif()


set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

# LLVM's lld links the hundred-odd test executables several times faster than GNU ld, which is
# most of a build's link time (scripts/setup-deps.sh installs it). Any other linker still works.
option(SPOTTER_LLD "Link with lld when the compiler can use it" ON)
if(SPOTTER_LLD)
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=lld SPOTTER_HAVE_LLD)
    if(SPOTTER_HAVE_LLD)
        add_link_options(-fuse-ld=lld)
    endif()
endif()

add_library(spotter_settings INTERFACE)
add_library(Spotter::settings ALIAS spotter_settings)
target_compile_features(spotter_settings INTERFACE cxx_std_20)
target_compile_options(spotter_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wimplicit-fallthrough
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    $<$<CXX_COMPILER_ID:Clang>:-Wshadow-uncaptured-local>)
if(SPOTTER_WARNINGS_AS_ERRORS)
    target_compile_options(spotter_settings INTERFACE -Werror)
endif()
target_compile_definitions(spotter_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SPOTTER_VERSION="${PROJECT_VERSION}")

# Sanitizers are switched on by the asan preset through this cache variable so that every
# target (including tests and fuzzers) is instrumented the same way.
set(SPOTTER_SANITIZE "" CACHE STRING "Sanitizers, e.g. address,undefined")
if(SPOTTER_SANITIZE)
    target_compile_options(spotter_settings INTERFACE
        -fsanitize=${SPOTTER_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(spotter_settings INTERFACE -fsanitize=${SPOTTER_SANITIZE})
endif()
