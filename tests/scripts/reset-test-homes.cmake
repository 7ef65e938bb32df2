# Empties every test's home (see phs_test_home in tests/CMakeLists.txt) at the start of a ctest
# run, so no test sees what an earlier run left. Usage: cmake -DHOMES=DIR -P reset-test-homes.cmake
if(NOT HOMES)
    message(FATAL_ERROR "HOMES is not set")
endif()
file(GLOB homes LIST_DIRECTORIES true ${HOMES}/*)
foreach(home IN LISTS homes)
    if(IS_DIRECTORY ${home})
        file(REMOVE_RECURSE ${home})
        file(MAKE_DIRECTORY ${home})
    endif()
endforeach()
