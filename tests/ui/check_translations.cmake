# Fails when a translatable string of src/ or ui/ has no Vietnamese translation.
# Runs lupdate over the current sources into a copy of the committed .ts (the
# committed file is never touched), then looks for messages that are new
# (type="unfinished") or translated as nothing, and names their source texts.
#   -DLUPDATE=... -DSOURCE_DIR=<repository> -DTS_FILE=<committed .ts> -DWORK_DIR=<scratch>
foreach(var LUPDATE SOURCE_DIR TS_FILE WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_translations.cmake needs -D${var}=...")
    endif()
endforeach()
if(NOT EXISTS "${TS_FILE}")
    message(FATAL_ERROR "${TS_FILE} is missing: run scripts/update-translations.sh")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(ts_name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${ts_name}")
file(COPY_FILE "${TS_FILE}" "${copy}")

# The same options as scripts/update-translations.sh, so both see the same strings.
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none -extensions cpp,h,ui src ui -ts "${copy}"
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE lupdate_result
    OUTPUT_VARIABLE lupdate_output
    ERROR_VARIABLE lupdate_output)
if(NOT lupdate_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${lupdate_output}")
endif()

file(READ "${copy}" content)
# CMake lists split on ';' and treat brackets specially: mask them in the text
# before cutting it into one list element per <context> and <message>.
string(REPLACE ";" "@SEMICOLON@" content "${content}")
string(REPLACE "[" "@LBRACKET@" content "${content}")
string(REPLACE "]" "@RBRACKET@" content "${content}")
string(REPLACE "<context>" ";<context>" content "${content}")
string(REPLACE "<message" ";<message" content "${content}")

set(untranslated "")
set(count 0)
set(context_name "")
foreach(chunk IN LISTS content)
    if(chunk MATCHES "^<context>[ \t\r\n]*<name>([^<]*)</name>")
        set(context_name "${CMAKE_MATCH_1}")
        continue()
    endif()
    if(NOT chunk MATCHES "^<message")
        continue()
    endif()
    math(EXPR count "${count} + 1")
    if(chunk MATCHES "<translation[^>]*type=\"unfinished\""
       OR chunk MATCHES "<translation>[ \t\r\n]*</translation>"
       OR chunk MATCHES "<translation */>"
       OR chunk MATCHES "<numerusform>[ \t\r\n]*</numerusform>")
        string(REGEX MATCH "<source>([^<]*)</source>" ignored "${chunk}")
        set(source "${CMAKE_MATCH_1}")
        # XML entities, then the masked characters, back to what a translator sees.
        string(REPLACE "&lt@SEMICOLON@" "<" source "${source}")
        string(REPLACE "&gt@SEMICOLON@" ">" source "${source}")
        string(REPLACE "&quot@SEMICOLON@" "\"" source "${source}")
        string(REPLACE "&apos@SEMICOLON@" "'" source "${source}")
        string(REPLACE "&amp@SEMICOLON@" "&" source "${source}")
        string(REPLACE "@SEMICOLON@" ";" source "${source}")
        string(REPLACE "@LBRACKET@" "[" source "${source}")
        string(REPLACE "@RBRACKET@" "]" source "${source}")
        string(APPEND untranslated "  [${context_name}] ${source}\n")
    endif()
endforeach()

if(count EQUAL 0)
    message(FATAL_ERROR "lupdate found no translatable string in ${SOURCE_DIR}/src")
endif()
if(untranslated)
    message(FATAL_ERROR
        "Strings without a Vietnamese translation in ${ts_name}:\n${untranslated}"
        "Run scripts/update-translations.sh, then translate them (Qt Linguist or the XML).")
endif()
message(STATUS "All ${count} strings of ${ts_name} are translated.")
