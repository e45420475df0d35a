# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the .deb of the build tree (CPACK_CONFIG) with CPack and leaves it as WORK/spotter.deb.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
# gzip, not the package's xz: what is checked is what the package holds, and xz took 69 s of CI's
# test time for the sanitized build's programs (scripts/package.sh makes the xz one).
execute_process(COMMAND "${CPACK}" -G DEB --config "${CPACK_CONFIG}" -B "${WORK}/cpack"
                        -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc}):\n${out}\n${err}")
endif()
file(GLOB debs "${WORK}/cpack/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "cpack made ${count} .deb files, not one: ${debs}\n${out}")
endif()
file(COPY_FILE "${debs}" "${WORK}/spotter.deb")
message(STATUS "Built ${debs}")
