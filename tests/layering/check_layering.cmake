# SPDX-License-Identifier: GPL-3.0-or-later
# Fails (FATAL_ERROR) when the layers leak:
#   1. a file under core/ includes a Qt Gui, Widgets or Charts header;
#   2. SQL (QtSql headers) appears outside core/store;
#   3. spotter_core's link interface names Qt6::Gui, Qt6::Widgets or Qt6::Charts;
#   4. spotter-cli needs a Qt GUI library at run time;
#   5. a core folder includes a core folder it may not use (the map below, docs/architecture.md);
#      in particular core/store includes nothing from core/analysis;
#   6. ui/ or app/gui includes the store's transactions, queries or raw handle: edits are atomic
#      in the store, and the GUI never sees a transaction or a connection;
#   7. core/ or ui/ reads the system time anywhere but core/model/clock.cpp (Clock is the one
#      "now"), or ui/ opens a message box or file chooser anywhere but ui/shell/prompt.cpp
#      (Prompt is the one place tests can answer).
# Inputs: SOURCE_ROOT, QT_INCLUDE_ROOT, and optionally LINKS_FILE and CLI_BINARY.
cmake_minimum_required(VERSION 3.25)

set(forbidden_modules QtGui QtWidgets QtCharts QtOpenGL QtOpenGLWidgets QtPrintSupport QtSvg QtQuick QtQml)
set(forbidden_names "")
foreach(module IN LISTS forbidden_modules)
    file(GLOB headers RELATIVE "${QT_INCLUDE_ROOT}/${module}" "${QT_INCLUDE_ROOT}/${module}/*")
    list(APPEND forbidden_names ${headers} ${module})
endforeach()
# Names that QtCore or QtSql also provide are allowed.
foreach(module QtCore QtSql)
    file(GLOB headers RELATIVE "${QT_INCLUDE_ROOT}/${module}" "${QT_INCLUDE_ROOT}/${module}/*")
    if(headers)
        list(REMOVE_ITEM forbidden_names ${headers})
    endif()
endforeach()
list(REMOVE_DUPLICATES forbidden_names)
list(LENGTH forbidden_names count)
if(count LESS 100)
    message(FATAL_ERROR "Found only ${count} Gui/Widgets header names under ${QT_INCLUDE_ROOT}; is the path right?")
endif()

set(problems "")

function(scan_includes dir callback)
    file(GLOB_RECURSE files "${SOURCE_ROOT}/${dir}/*.h" "${SOURCE_ROOT}/${dir}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS lines)
            if(line MATCHES "#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"]")
                cmake_language(CALL ${callback} "${file}" "${CMAKE_MATCH_1}")
            endif()
        endforeach()
    endforeach()
    set(problems "${problems}" PARENT_SCOPE)
endfunction()

function(check_core_include file include)
    string(REGEX REPLACE "^.*/" "" name "${include}")
    string(REGEX MATCH "^[^/]+" module "${include}")
    if(name IN_LIST forbidden_names OR module IN_LIST forbidden_modules)
        set(problems "${problems}\n  ${file}: includes <${include}> (a GUI header; core links Qt6::Core and Qt6::Sql only)" PARENT_SCOPE)
    endif()
endfunction()

function(check_no_sql file include)
    if(include MATCHES "^(QtSql/|QSql|qsql)")
        if(NOT file MATCHES "/core/store/")
            set(problems "${problems}\n  ${file}: includes <${include}> (SQL lives in core/store only)" PARENT_SCOPE)
        endif()
    endif()
endfunction()

# What each core folder may include besides itself (and Qt).
set(core_uses_model "")
set(core_uses_csv "")
set(core_uses_quickentry model)
set(core_uses_store model)
set(core_uses_analysis model)
set(core_uses_services model store analysis)
set(core_uses_interchange model csv quickentry store analysis services)
set(core_uses_report model csv store analysis services)
set(core_uses_synthetic model store analysis interchange)

function(check_core_folder file include)
    if(NOT file MATCHES "/core/([a-z]+)/[^/]+$")
        return()
    endif()
    set(folder "${CMAKE_MATCH_1}")
    if(NOT include MATCHES "^([a-z]+)/")
        return()
    endif()
    set(used "${CMAKE_MATCH_1}")
    if(NOT DEFINED core_uses_${folder})
        set(problems "${problems}\n  ${file}: core/${folder} is not in the layering map (tests/layering)" PARENT_SCOPE)
    elseif(NOT used STREQUAL folder AND NOT used IN_LIST core_uses_${folder})
        set(problems "${problems}\n  ${file}: core/${folder} includes \"${include}\" (it may use: ${core_uses_${folder}})" PARENT_SCOPE)
    endif()
endfunction()

# The GUI changes data through repositories and commands only.
set(gui_forbidden store/transaction.h store/query.h store/rawquery.h store/rawhandle.h store/sqlvalues.h
    store/setrow.h store/snapshot.h store/migrations.h)
function(check_gui_store file include)
    if(include IN_LIST gui_forbidden)
        set(problems "${problems}\n  ${file}: includes \"${include}\" (the GUI never sees a transaction, a query or a connection)" PARENT_SCOPE)
    endif()
endfunction()

scan_includes(core check_core_include)
scan_includes(core check_core_folder)
scan_includes(ui check_gui_store)
scan_includes(app/gui check_gui_store)
foreach(dir core ui app)
    scan_includes(${dir} check_no_sql)
endforeach()

# Seams: one clock, one prompt.
function(scan_calls dir pattern allowed why)
    file(GLOB_RECURSE files "${SOURCE_ROOT}/${dir}/*.h" "${SOURCE_ROOT}/${dir}/*.cpp")
    foreach(file IN LISTS files)
        if(file MATCHES "${allowed}$")
            continue()
        endif()
        file(STRINGS "${file}" hits REGEX "${pattern}")
        foreach(hit IN LISTS hits)
            string(STRIP "${hit}" hit)
            set(problems "${problems}\n  ${file}: ${hit} (${why})")
        endforeach()
    endforeach()
    set(problems "${problems}" PARENT_SCOPE)
endfunction()
set(system_time "(QDateTime::currentDateTime|QDate::currentDate|QTime::currentTime|currentSecsSinceEpoch|currentMSecsSinceEpoch)")
foreach(dir core ui)
    scan_calls(${dir} "${system_time}" "/core/model/clock.cpp" "read the time through Clock::now()")
endforeach()
scan_calls(ui "(QMessageBox::(question|warning|information|critical)|QFileDialog::get)\\(" "/ui/shell/prompt.cpp"
           "ask through Prompt, which tests can answer")
# QtTest's checks (QVERIFY, QCOMPARE, QTRY_*) report to QtTest's own log and return from the
# function: inside a GoogleTest test that is a pass. Tests wait with QTest::qWaitFor and check
# with GoogleTest's assertions. (tests/data holds the bad examples this file must find.)
string(REGEX REPLACE "([][+.*()^$?|\\])" "\\\\\\1" source_root_regex "${SOURCE_ROOT}")
scan_calls(tests "(^|[^A-Za-z0-9_])(QTRY_[A-Z_]+|QVERIFY[A-Z0-9_]*|QCOMPARE[A-Z_]*|QFAIL|QSKIP|QEXPECT_FAIL)\\("
           "^${source_root_regex}/tests/data/.*" "a QtTest check passes a failing GoogleTest test; use QTest::qWaitFor and ASSERT_*/EXPECT_*")

if(LINKS_FILE)
    file(READ "${LINKS_FILE}" links)
    if(links MATCHES "Qt6::(Gui|Widgets|Charts|OpenGL)")
        set(problems "${problems}\n  spotter_core links Qt6::${CMAKE_MATCH_1} (${links})")
    endif()
endif()

if(CLI_BINARY)
    find_program(READELF readelf)
    if(READELF)
        execute_process(COMMAND "${READELF}" -d "${CLI_BINARY}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            set(problems "${problems}\n  readelf failed on ${CLI_BINARY}")
        elseif(dynamic MATCHES "libQt6(Gui|Widgets|Charts|OpenGL)")
            set(problems "${problems}\n  spotter-cli needs libQt6${CMAKE_MATCH_1} at run time")
        endif()
    endif()
endif()

if(problems)
    message(FATAL_ERROR "Layering violations:${problems}")
endif()
message(STATUS "Layering ok: ${count} GUI header names checked")
