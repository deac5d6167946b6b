# libFuzzer target for the IMAP response parser (clang only), built like fuzz_gxmt_reader:
#   CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMIG_BUILD_GUI=OFF
#   cmake --build build-fuzz --target fuzz_imap_response
#   build-fuzz/tools/fuzz_imap_response -max_total_time=60 -max_len=65536 [CORPUS_DIR]
if(CMAKE_CXX_COMPILER_ID MATCHES Clang)
    file(GLOB MIG_FUZZ_IMAP_SOURCES CONFIGURE_DEPENDS
        "${PROJECT_SOURCE_DIR}/engine/core/*.cpp"
        "${PROJECT_SOURCE_DIR}/engine/sources/imap/*.cpp")
    add_executable(fuzz_imap_response fuzz_imap_response.cpp ${MIG_FUZZ_IMAP_SOURCES})
    target_link_libraries(fuzz_imap_response PRIVATE mig_common Qt6::Core Qt6::Network)
    target_include_directories(fuzz_imap_response PRIVATE "${PROJECT_SOURCE_DIR}/engine" "${PROJECT_BINARY_DIR}/engine")
    target_compile_options(fuzz_imap_response PRIVATE -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer)
    target_link_options(fuzz_imap_response PRIVATE -fsanitize=fuzzer,address,undefined)
endif()
