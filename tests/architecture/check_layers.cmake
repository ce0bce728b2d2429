# Which Qt modules and third-party headers each layer may include.
#   domain:    Qt Core
#   storage:   Qt Core, sqlite3, spdlog
#   services:  Qt Core, spdlog
#   documents: Qt Core, Qt Gui, xlsxwriter
#   interchange: Qt Core, minizip (as <minizip/unzip.h>)
#   ui, cli:   anything
# QuaZip is refused everywhere: its private copy of minizip exports the same
# symbols as libminizip, which libxlsxwriter loads, and one process with both
# crashes (see src/interchange/xlsx_package.h).

function(find_qt_header header dirs result)
    set(found FALSE)
    foreach(dir IN LISTS dirs)
        if(EXISTS "${dir}/${header}")
            set(found TRUE)
        endif()
    endforeach()
    set(${result} ${found} PARENT_SCOPE)
endfunction()

set(problems "")
foreach(layer domain storage services documents interchange)
    set(qt_dirs ${QTCORE_INCLUDES})
    set(allowed_other "^(sqlite3\\.h|spdlog/.*|xlsxwriter\\.h)$")
    if(layer STREQUAL "domain")
        set(allowed_other "^$")
    elseif(layer STREQUAL "storage")
        set(allowed_other "^(sqlite3\\.h|spdlog/.*)$")
    elseif(layer STREQUAL "services")
        set(allowed_other "^(spdlog/.*)$")
    elseif(layer STREQUAL "documents")
        list(APPEND qt_dirs ${QTGUI_INCLUDES})
        set(allowed_other "^(xlsxwriter\\.h)$")
    elseif(layer STREQUAL "interchange")
        set(allowed_other "^(minizip/.*)$")
    endif()
    file(GLOB_RECURSE sources "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*<")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*<([^>]+)>.*" "\\1" header "${line}")
            if(header MATCHES "^Q")
                # <QString> or <QtCore/QString>: must exist in an allowed module's folder.
                string(REGEX REPLACE "^Qt[A-Za-z]+/" "" bare "${header}")
                if(header MATCHES "^(Qt[A-Za-z]+)/" AND NOT header MATCHES "^(QtCore|QtGui)/")
                    set(ok FALSE)
                elseif(header MATCHES "^QtGui/" AND NOT layer STREQUAL "documents")
                    set(ok FALSE)
                else()
                    find_qt_header("${bare}" "${qt_dirs}" ok)
                endif()
            elseif(header MATCHES "^(sqlite3\\.h|spdlog/|xlsxwriter\\.h|minizip/|quazip|(un)?zip\\.h|ioapi\\.h|JlCompress\\.h|QtWidgets|gtest)")
                if(header MATCHES "${allowed_other}")
                    set(ok TRUE)
                else()
                    set(ok FALSE)
                endif()
            else()
                set(ok TRUE) # the C++ standard library
            endif()
            if(NOT ok)
                file(RELATIVE_PATH where "${SOURCE_DIR}" "${source}")
                string(APPEND problems "  src/${where}: <${header}> is not allowed in ${layer}\n")
            endif()
        endforeach()
    endforeach()
endforeach()

if(problems)
    message(FATAL_ERROR "Layering broken:\n${problems}")
endif()
message(STATUS "Every layer includes only what it may.")
