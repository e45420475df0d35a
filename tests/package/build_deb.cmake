# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the .deb of the build tree (CPACK_CONFIG) with CPack and leaves it as WORK/spotter.deb.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CPACK}" -G DEB --config "${CPACK_CONFIG}" -B "${WORK}/cpack"
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
