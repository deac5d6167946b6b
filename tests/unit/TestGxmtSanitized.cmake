# TestGxmtRobustness feeds garbage to the GXMT reader and validator, so it always runs under
# AddressSanitizer and UndefinedBehaviorSanitizer: with MIG_SANITIZE the whole build is
# instrumented already; otherwise the test links a sanitized copy of just the code it exercises
# (core, mapi, gxmt) instead of the normal engine library.
if(MIG_SANITIZE)
    set(MIG_GXMT_ROBUSTNESS_LIB engine)
else()
    file(GLOB MIG_GXMT_SANITIZED_SOURCES CONFIGURE_DEPENDS
        "${PROJECT_SOURCE_DIR}/engine/core/*.cpp"
        "${PROJECT_SOURCE_DIR}/engine/mapi/*.cpp"
        "${PROJECT_SOURCE_DIR}/engine/gxmt/*.cpp")
    add_library(mig_gxmt_sanitized STATIC ${MIG_GXMT_SANITIZED_SOURCES})
    target_link_libraries(mig_gxmt_sanitized PUBLIC mig_common Qt6::Core)
    target_include_directories(mig_gxmt_sanitized PUBLIC
        "${PROJECT_SOURCE_DIR}/engine" "${PROJECT_BINARY_DIR}/engine")
    target_compile_options(mig_gxmt_sanitized PUBLIC
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(mig_gxmt_sanitized PUBLIC -fsanitize=address,undefined)
    set(MIG_GXMT_ROBUSTNESS_LIB mig_gxmt_sanitized)
endif()
mig_add_test(NAME TestGxmtRobustness SOURCES TestGxmtRobustness.cpp LIBS ${MIG_GXMT_ROBUSTNESS_LIB} TIMEOUT 600)
add_dependencies(TestGxmtRobustness grommunio-migrate)
