# One place for the compiler rules every first-party target follows: warnings are
# errors, and Qt's strict defines so that no implicit char* <-> QString conversion
# slips through (Vietnamese text must never go through Latin-1 by accident).
function(thidua_strict target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()
