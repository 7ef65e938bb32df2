# One interface target carries the compiler policy for every target of the project.
add_library(phs_policy INTERFACE)
target_compile_features(phs_policy INTERFACE cxx_std_20)
target_compile_options(phs_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
    $<$<BOOL:${PHS_WERROR}>:-Werror>)
target_compile_definitions(phs_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING)

if(PHS_SANITIZE)
    target_compile_options(phs_policy INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                -fno-sanitize-recover=undefined)
    target_link_options(phs_policy INTERFACE -fsanitize=address,undefined)
endif()

# ThreadSanitizer cannot be combined with ASan; the option is checked in the top-level CMakeLists.
if(PHS_TSAN)
    target_compile_options(phs_policy INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(phs_policy INTERFACE -fsanitize=thread)
endif()
