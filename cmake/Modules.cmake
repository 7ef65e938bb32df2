# One static library per module of src/, whose links are the design's arrows (design.md, "Layout").
#
#   phs_module(NAME gateway DEPENDS <module>... LIBS <imported targets>... SOURCES ...)
#
# creates the target phs_<NAME>. At configure time every source of the module is read, and an
# #include "<module>/..." of a module that is neither itself nor one of its DEPENDS (directly or
# through them) stops the configuration: an arrow the design forbids does not build.
set(PHS_SRC_ROOT ${CMAKE_CURRENT_LIST_DIR}/../src)

function(phs_module)
    cmake_parse_arguments(M "" "NAME" "DEPENDS;LIBS;SOURCES" ${ARGN})
    set(target phs_${M_NAME})
    add_library(${target} STATIC ${M_SOURCES})
    target_include_directories(${target} PUBLIC ${PHS_SRC_ROOT})
    target_link_libraries(${target} PUBLIC phs_policy)
    set(allowed ${M_NAME})
    foreach(dep IN LISTS M_DEPENDS)
        target_link_libraries(${target} PUBLIC phs_${dep})
        get_property(dep_allowed GLOBAL PROPERTY PHS_MODULE_ALLOWED_${dep})
        if(NOT DEFINED dep_allowed OR dep_allowed STREQUAL "")
            message(FATAL_ERROR "module ${M_NAME}: depends on ${dep}, which is not declared before it")
        endif()
        list(APPEND allowed ${dep_allowed})
    endforeach()
    list(REMOVE_DUPLICATES allowed)
    set_property(GLOBAL PROPERTY PHS_MODULE_ALLOWED_${M_NAME} ${allowed})
    if(M_LIBS)
        target_link_libraries(${target} PUBLIC ${M_LIBS})
    endif()

    # The modules a source may include from: only those above.
    get_property(modules GLOBAL PROPERTY PHS_MODULES)
    foreach(src IN LISTS M_SOURCES)
        if(NOT src MATCHES "\\.(h|cpp)$")
            continue()
        endif()
        file(STRINGS ${CMAKE_CURRENT_SOURCE_DIR}/${src} includes REGEX "^#include \"[a-z_]+/")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^#include \"([a-z_]+)/.*" "\\1" used "${line}")
            if(IS_DIRECTORY ${PHS_SRC_ROOT}/${used} AND NOT used IN_LIST allowed)
                message(FATAL_ERROR "src/${M_NAME}/${src} includes \"${used}/…\", but the module ${M_NAME} may "
                                    "use only: ${allowed} (cmake/Modules.cmake, src/CMakeLists.txt)")
            endif()
        endforeach()
    endforeach()
endfunction()
