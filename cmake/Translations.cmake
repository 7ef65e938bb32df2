# Translations: lupdate scans every user-facing source (core, UI, CLI, app mains and .ui forms; not
# the simulator, whose texts are for developers), lrelease builds the .qm files at build time, and
# they are embedded in phs_settings (which loads them) under :/i18n and installed for packagers.
#   cmake --build build --target update_translations   # refresh the .ts files from the sources
set(PHS_TS_FILES
    ${PROJECT_SOURCE_DIR}/resources/translations/pixelhub-sessions_en.ts
    ${PROJECT_SOURCE_DIR}/resources/translations/pixelhub-sessions_pt_BR.ts)

file(GLOB_RECURSE PHS_TR_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/src/*.cpp ${PROJECT_SOURCE_DIR}/src/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h ${PROJECT_SOURCE_DIR}/ui/*.ui
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
list(FILTER PHS_TR_SOURCES EXCLUDE REGEX "/src/sim/")

qt_add_lupdate(phs_settings
    TS_FILES ${PHS_TS_FILES}
    SOURCES ${PHS_TR_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/app/gui
    OPTIONS -no-obsolete -locations none)
qt_add_lrelease(phs_settings
    TS_FILES ${PHS_TS_FILES}
    QM_FILES_OUTPUT_VARIABLE PHS_QM_FILES)
qt_add_resources(phs_settings phs_translations
    PREFIX "/i18n"
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${PHS_QM_FILES})
install(FILES ${PHS_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/pixelhub-sessions/translations)
