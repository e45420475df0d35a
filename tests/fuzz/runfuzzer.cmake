# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one libFuzzer target for CTest: a fresh corpus folder in the build tree (libFuzzer writes
# new inputs to the first folder it is given), then the seed folders, read only. Fails when the
# fuzzer finds a crash, a leak or a broken invariant.
#   cmake -DFUZZER=... -DWORK=... [-DSEEDS="a;b"] [-DOPTIONS="-runs=N;..."] -P runfuzzer.cmake
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")
execute_process(
    COMMAND "${FUZZER}" -seed=1 ${OPTIONS} -print_final_stats=1 "-artifact_prefix=${WORK}/artifacts/"
            "${WORK}/corpus" ${SEEDS}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${FUZZER} failed (${rc}); the input is in ${WORK}/artifacts")
endif()
