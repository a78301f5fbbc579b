# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ source of src/ or tests/ differs from .clang-format (run by ctest as
# "clang_format"). Fix with: clang-format -i <files>. The .ui files are left as Qt Designer
# writes them.
file(GLOB_RECURSE sources
    ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/src/*.h ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
set(differ "")
foreach(file IN LISTS sources)
    execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${file}
                    RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        file(RELATIVE_PATH relative ${SOURCE_DIR} ${file})
        list(APPEND differ ${relative})
    endif()
endforeach()
list(LENGTH sources total)
if(differ)
    list(LENGTH differ count)
    list(JOIN differ "\n  " names)
    message(FATAL_ERROR "${count} of ${total} files differ from .clang-format; run clang-format -i on:\n  ${names}")
endif()
message(STATUS "${total} files follow .clang-format")
