# `cmake --build <dir> --target format` rewrites sources in place;
# `format-check` fails when a file is not clang-format clean.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-14)
if(CLANG_FORMAT_EXECUTABLE)
    file(GLOB_RECURSE THIDUA_FORMAT_SOURCES CONFIGURE_DEPENDS
        "${CMAKE_SOURCE_DIR}/src/*.cpp" "${CMAKE_SOURCE_DIR}/src/*.h"
        "${CMAKE_SOURCE_DIR}/tests/*.cpp" "${CMAKE_SOURCE_DIR}/tests/*.h")
    add_custom_target(format
        COMMAND ${CLANG_FORMAT_EXECUTABLE} -i ${THIDUA_FORMAT_SOURCES}
        COMMENT "clang-format: rewriting sources")
    add_custom_target(format-check
        COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run --Werror ${THIDUA_FORMAT_SOURCES}
        COMMENT "clang-format: checking sources")
endif()
