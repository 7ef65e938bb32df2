# Installs what the Windows executables need at run time next to them. Debian's Qt 6.4 has no
# windeployqt, so the DLLs and plugins are listed here. Layout (relative to the install folder):
#   bin/        the executables, Qt's DLLs, the MinGW runtime
#   plugins/    Qt plugins, found through bin/qt.conf
#   translations/  Qt's own pt_BR translation (the app's are embedded in the executables too)
set(_qt_prefix "${QT6_INSTALL_PREFIX}")
foreach(module Core Gui Widgets Network Sql Concurrent)
    install(FILES "${_qt_prefix}/${QT6_INSTALL_BINS}/Qt6${module}.dll" DESTINATION ${CMAKE_INSTALL_BINDIR})
endforeach()

# Qt is relocatable, but under Wine the installed app found no platform plugin ("no Qt platform
# plugin could be initialized") until a qt.conf next to the executables named the folders.
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/qt.conf" "[Paths]\nPrefix = ..\nPlugins = plugins\nTranslations = translations\n")
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/qt.conf" DESTINATION ${CMAKE_INSTALL_BINDIR})

set(_plugins "${_qt_prefix}/${QT6_INSTALL_PLUGINS}")
foreach(plugin platforms/qwindows styles/qwindowsvistastyle sqldrivers/qsqlite tls/qschannelbackend
               tls/qcertonlybackend imageformats/qico imageformats/qgif imageformats/qjpeg)
    get_filename_component(_dir ${plugin} DIRECTORY)
    if(EXISTS "${_plugins}/${plugin}.dll")
        install(FILES "${_plugins}/${plugin}.dll" DESTINATION plugins/${_dir})
    elseif(NOT plugin MATCHES "imageformats/")
        message(FATAL_ERROR "Qt plugin ${plugin}.dll is missing from ${_plugins}")
    endif()
endforeach()

# The MinGW runtime of the posix thread model (the -posix compilers): libstdc++, libgcc, and
# winpthreads, which that thread model needs.
execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libstdc++-6.dll
                OUTPUT_VARIABLE _libstdcxx OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libgcc_s_seh-1.dll
                OUTPUT_VARIABLE _libgcc OUTPUT_STRIP_TRAILING_WHITESPACE)
find_file(_winpthread libwinpthread-1.dll
          PATHS /usr/x86_64-w64-mingw32/lib /usr/x86_64-w64-mingw32/bin NO_DEFAULT_PATH REQUIRED)
foreach(dll "${_libstdcxx}" "${_libgcc}" "${_winpthread}")
    if(NOT IS_ABSOLUTE "${dll}" OR NOT EXISTS "${dll}")
        message(FATAL_ERROR "MinGW runtime DLL not found: ${dll}")
    endif()
    install(FILES "${dll}" DESTINATION ${CMAKE_INSTALL_BINDIR})
endforeach()

# Qt's own strings (standard buttons, etc.) in pt_BR: Debian's qt6-translations-l10n files are
# platform-independent .qm files.
foreach(qm qtbase_pt_BR.qm)
    if(EXISTS "/usr/share/qt6/translations/${qm}")
        install(FILES "/usr/share/qt6/translations/${qm}" DESTINATION translations)
    endif()
endforeach()
