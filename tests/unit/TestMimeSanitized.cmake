# TestMimeConversion and TestMboxReader feed every sample and broken message to engine/sources/mime.
# Like TestRtfConversion they compile the sources they exercise into themselves, under
# AddressSanitizer and UndefinedBehaviorSanitizer, instead of linking the normal engine library
# (with MIG_SANITIZE the flags are set twice, harmlessly).
set(MIG_MIME_TEST_SOURCES
    "${PROJECT_SOURCE_DIR}/engine/core/Error.cpp"
    "${PROJECT_SOURCE_DIR}/engine/mapi/Guid.cpp"
    "${PROJECT_SOURCE_DIR}/engine/mapi/PropertyName.cpp"
    "${PROJECT_SOURCE_DIR}/engine/mapi/PropValue.cpp"
    "${PROJECT_SOURCE_DIR}/engine/mapi/PropertyBag.cpp"
    "${PROJECT_SOURCE_DIR}/engine/mapi/Message.cpp"
    "${PROJECT_SOURCE_DIR}/engine/mapi/NamedValues.cpp"
    "${PROJECT_SOURCE_DIR}/engine/sources/mime/GMimeSupport.cpp"
    "${PROJECT_SOURCE_DIR}/engine/sources/mime/MimeText.cpp"
    "${PROJECT_SOURCE_DIR}/engine/sources/mime/MimeAddresses.cpp"
    "${PROJECT_SOURCE_DIR}/engine/sources/mime/MimeHeaders.cpp"
    "${PROJECT_SOURCE_DIR}/engine/sources/mime/MimeParts.cpp"
    "${PROJECT_SOURCE_DIR}/engine/sources/mime/MimeConverter.cpp"
    "${PROJECT_SOURCE_DIR}/engine/sources/mime/MboxReader.cpp")
foreach(test_name TestMimeConversion TestMboxReader)
    mig_add_test(NAME ${test_name} SOURCES ${test_name}.cpp ${MIG_MIME_TEST_SOURCES} LIBS Qt6::Core Mig::gmime)
    target_include_directories(${test_name} PRIVATE "${PROJECT_SOURCE_DIR}/engine")
    target_compile_options(${test_name} PRIVATE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(${test_name} PRIVATE -fsanitize=address,undefined)
endforeach()
