# TestRtfConversion feeds damaged compressed RTF and hostile RTF to mig::rtf. It compiles the few
# engine sources it exercises into itself, under AddressSanitizer and UndefinedBehaviorSanitizer,
# instead of linking the normal engine library (with MIG_SANITIZE the flags are set twice, harmlessly).
mig_add_test(NAME TestRtfConversion SOURCES TestRtfConversion.cpp
             "${PROJECT_SOURCE_DIR}/engine/core/Error.cpp"
             "${PROJECT_SOURCE_DIR}/engine/rtf/CompressedRtf.cpp"
             "${PROJECT_SOURCE_DIR}/engine/rtf/RtfBody.cpp"
             LIBS Qt6::Core)
target_include_directories(TestRtfConversion PRIVATE "${PROJECT_SOURCE_DIR}/engine")
target_compile_options(TestRtfConversion PRIVATE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
target_link_options(TestRtfConversion PRIVATE -fsanitize=address,undefined)
