# libFuzzer target for the vCard parser (clang only), built like fuzz_gxmt_reader:
#   CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMIG_BUILD_GUI=OFF
#   cmake --build build-fuzz --target fuzz_vcard
#   build-fuzz/tools/fuzz_vcard -max_total_time=60 -max_len=65536 [CORPUS_DIR, e.g. a copy of testdata/vcf]
if(CMAKE_CXX_COMPILER_ID MATCHES Clang)
    file(GLOB MIG_FUZZ_CORE_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/engine/core/*.cpp")
    add_executable(fuzz_vcard fuzz_vcard.cpp ${MIG_FUZZ_CORE_SOURCES}
        "${PROJECT_SOURCE_DIR}/engine/sources/contacts/VcardParser.cpp")
    target_link_libraries(fuzz_vcard PRIVATE mig_common Qt6::Core)
    target_include_directories(fuzz_vcard PRIVATE "${PROJECT_SOURCE_DIR}/engine" "${PROJECT_BINARY_DIR}/engine")
    target_compile_options(fuzz_vcard PRIVATE -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer)
    target_link_options(fuzz_vcard PRIVATE -fsanitize=fuzzer,address,undefined)
endif()
