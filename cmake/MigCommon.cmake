# mig_common: the one INTERFACE target every project target links. It carries the language
# level, the Qt hygiene defines and the warning set, so no target sets flags of its own.
add_library(mig_common INTERFACE)
target_compile_features(mig_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(mig_common INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_MESSAGELOGCONTEXT)

if(MSVC)
    target_compile_options(mig_common INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(mig_common INTERFACE -Wall -Wextra -Werror=switch -Wno-missing-field-initializers)
    if(MIG_WERROR)
        target_compile_options(mig_common INTERFACE -Werror)
    endif()
endif()

if(MIG_SANITIZE)
    if(MSVC)
        target_compile_options(mig_common INTERFACE /fsanitize=address)
    else()
        target_compile_options(mig_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                    -fno-sanitize-recover=undefined)
        target_link_options(mig_common INTERFACE -fsanitize=address,undefined)
    endif()
endif()
