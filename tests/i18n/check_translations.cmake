# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over the sources into copies of the committed .ts files and fails when
#  - lupdate warns (a tr() it cannot follow, "Class '…' lacks Q_OBJECT macro", …): such a string
#    would never be offered to a translator;
#  - a copy differs from the committed file: strings were added or removed since the last
#    `cmake --build --preset dev --target update_translations`;
#  - a plural ("%n …") has no English forms in the English file, so English would read "1 set(s)".
#
# Inputs: LUPDATE, GENERATOR (Qt's GenerateLUpdateProject.cmake), WORK_DIR, TS_FILES (|-list),
# ENGLISH_TS, OPTIONS (|-list), and either PROJECT_CMAKE (what update_translations reads, so both
# see the same sources) or SOURCE_DIR (a fixture tree).
cmake_minimum_required(VERSION 3.25)

string(REPLACE "|" ";" TS_FILES "${TS_FILES}")
string(REPLACE "|" ";" OPTIONS "${OPTIONS}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

set(project_cmake "${WORK_DIR}/project.cmake")
if(PROJECT_CMAKE)
    file(WRITE "${project_cmake}" "include(\"${PROJECT_CMAKE}\")\nset(lupdate_translations \"${copies}\")\n")
else()
    file(GLOB_RECURSE sources "${SOURCE_DIR}/*.cpp" "${SOURCE_DIR}/*.h")
    file(WRITE "${project_cmake}" "set(lupdate_project_file \"${SOURCE_DIR}/CMakeLists.txt\")\n"
         "set(lupdate_include_paths \"${SOURCE_DIR}\")\nset(lupdate_sources \"${sources}\")\n"
         "set(lupdate_translations \"${copies}\")\n")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${project_cmake} -DOUT_FILE=${WORK_DIR}/project.json
                        -P "${GENERATOR}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Cannot write the lupdate project file")
endif()
execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" ${OPTIONS}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
set(problems "")
if(NOT rc EQUAL 0)
    string(APPEND problems "\n  lupdate failed (${rc})")
endif()
# lupdate's progress lines are "Scanning…", "Updating '…'…" and indented counts; everything else
# is a warning about a string it could not take.
string(REPLACE "\n" ";" lines "${out}\n${err}")
set(found "")
foreach(line IN LISTS lines)
    if(line STREQUAL "" OR line MATCHES "^(Scanning|Updating) " OR line MATCHES "^ ")
        if(line MATCHES "Found ([0-9]+) source text")
            set(found "${CMAKE_MATCH_1}")
        endif()
        continue()
    endif()
    string(APPEND problems "\n  lupdate: ${line}")
endforeach()

foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(READ "${ts}" committed)
    file(READ "${WORK_DIR}/${name}" fresh)
    if(NOT committed STREQUAL fresh)
        string(REGEX MATCHALL "<source>[^<]*</source>" old "${committed}")
        string(REGEX MATCHALL "<source>[^<]*</source>" new "${fresh}")
        set(added ${new})
        list(REMOVE_ITEM added ${old})
        set(removed ${old})
        list(REMOVE_ITEM removed ${new})
        list(LENGTH added n_added)
        list(LENGTH removed n_removed)
        list(SUBLIST added 0 5 first)
        string(REPLACE ";" "\n      " first "${first}")
        string(APPEND problems "\n  ${name} is out of date (${n_added} string(s) to add, ${n_removed} to "
               "remove; first new: ${first}); run: cmake --build --preset dev --target update_translations")
    endif()
endforeach()

if(ENGLISH_TS)
    file(READ "${ENGLISH_TS}" english)
    # One list item per line; brackets would group list items, so they go first.
    string(REGEX REPLACE "[][;]" "_" english "${english}")
    string(REPLACE "\n" ";" english "${english}")
    set(in_numerus FALSE)
    foreach(line IN LISTS english)
        if(line MATCHES "<message numerus=\"yes\">")
            set(in_numerus TRUE)
        elseif(line MATCHES "</message>")
            set(in_numerus FALSE)
        elseif(in_numerus AND line MATCHES "<source>(.*)</source>")
            set(source "${CMAKE_MATCH_1}")
        elseif(in_numerus AND line MATCHES "type=\"unfinished\"|<numerusform></numerusform>")
            string(APPEND problems "\n  no English plural forms for \"${source}\" in ${ENGLISH_TS}")
            set(in_numerus FALSE)
        endif()
    endforeach()
endif()

# A complete translation stays complete: a new string must be translated (or the .ts file would
# ship English, or lupdate's guesses, which lrelease includes, to that language's users).
foreach(ts IN LISTS COMPLETE_TS)
    file(READ "${ts}" complete)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" open "${complete}")
    list(LENGTH open n_open)
    if(n_open GREATER 0)
        list(GET open 0 first)
        string(REGEX REPLACE "[ \n]*<translation.*" "" first "${first}")
        get_filename_component(name "${ts}" NAME)
        string(APPEND problems "\n  ${name} has ${n_open} unfinished translation(s); first: ${first}")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "Translations are not in order:${problems}")
endif()
message(STATUS "lupdate found ${found} source texts; every .ts file is current")
