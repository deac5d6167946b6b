# libFuzzer target for the GXMT reader and validator (clang only: gcc has no libFuzzer).
# Build and run it in a separate build directory:
#   CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMIG_BUILD_GUI=OFF
#   cmake --build build-fuzz --target fuzz_gxmt_reader
#   build-fuzz/tools/fuzz_gxmt_reader -max_total_time=60 -max_len=65536 [CORPUS_DIR]
# The GXMT code is compiled into the target again with coverage instrumentation, ASan and UBSan.
if(CMAKE_CXX_COMPILER_ID MATCHES Clang)
    file(GLOB MIG_FUZZ_GXMT_SOURCES CONFIGURE_DEPENDS
        "${PROJECT_SOURCE_DIR}/engine/core/*.cpp"
        "${PROJECT_SOURCE_DIR}/engine/mapi/*.cpp"
        "${PROJECT_SOURCE_DIR}/engine/gxmt/*.cpp")
    add_executable(fuzz_gxmt_reader fuzz_gxmt_reader.cpp ${MIG_FUZZ_GXMT_SOURCES})
    target_link_libraries(fuzz_gxmt_reader PRIVATE mig_common Qt6::Core)
    target_include_directories(fuzz_gxmt_reader PRIVATE "${PROJECT_SOURCE_DIR}/engine" "${PROJECT_BINARY_DIR}/engine")
    target_compile_options(fuzz_gxmt_reader PRIVATE -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer)
    target_link_options(fuzz_gxmt_reader PRIVATE -fsanitize=fuzzer,address,undefined)
endif()
