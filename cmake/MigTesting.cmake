# mig_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [LABEL unit|integration|gui]
#              [TIMEOUT <seconds>] [ENVIRONMENT <VAR=value...>])
# One QtTest executable per test class. Every test runs headless (offscreen platform), with Qt
# asserts on, a UTF-8 locale, and MIGRATE_TESTDATA pointing at the shared sample inputs unless the
# caller's environment already sets it.
set(MIG_TESTDATA_DEFAULT "${PROJECT_SOURCE_DIR}/../shared/testdata")
if(DEFINED ENV{MIGRATE_TESTDATA})
    set(MIG_TESTDATA_DEFAULT "$ENV{MIGRATE_TESTDATA}")
endif()
set(MIGRATE_TESTDATA "${MIG_TESTDATA_DEFAULT}" CACHE PATH "Directory with the shared sample inputs (PST, EML, ...)")

function(mig_add_test)
    cmake_parse_arguments(T "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS;ENVIRONMENT" ${ARGN})
    if(NOT T_LABEL)
        set(T_LABEL unit)
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE mig_common mig_testsupport Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE QT_FORCE_ASSERTS)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABEL}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;MIGRATE_TESTDATA=${MIGRATE_TESTDATA};MIG_APP_BINARY=$<TARGET_FILE:grommunio-migrate>;MIG_SOURCE_DIR=${PROJECT_SOURCE_DIR};${T_ENVIRONMENT}")
endfunction()
