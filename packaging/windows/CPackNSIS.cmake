# The Windows installer: CPack's NSIS generator (Debian's nsis), 64-bit only.
#   PixelHubSessions-<version>-win64.exe: the app (required), the CLI (optional component), a
#   Start-menu entry, an uninstaller registered in "Apps & features".
set(CPACK_GENERATOR "NSIS")
set(CPACK_PACKAGE_FILE_NAME "PixelHubSessions-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Pixel Hub Sessions")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "PixelHubSessions")
set(CPACK_NSIS_PACKAGE_NAME "Pixel Hub Sessions")
set(CPACK_NSIS_DISPLAY_NAME "Pixel Hub Sessions ${PROJECT_VERSION}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
# A 64-bit installer into "Program Files", not "Program Files (x86)": NSIS builds 32-bit
# installers unless told otherwise, and $PROGRAMFILES is the x86 folder. Both are needed to install
# into a 64-bit-only Wine prefix as well.
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_EXECUTABLE "${CMAKE_CURRENT_LIST_DIR}/makensis-amd64.sh")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_PACKAGE_EXECUTABLES "pixelhub-sessions;Pixel Hub Sessions")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\pixelhub-sessions.exe")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)

set(CPACK_COMPONENTS_ALL app cli)
set(CPACK_COMPONENT_APP_DISPLAY_NAME "Pixel Hub Sessions")
set(CPACK_COMPONENT_APP_DESCRIPTION "The desktop app, its Qt libraries and translations.")
set(CPACK_COMPONENT_APP_REQUIRED ON)
set(CPACK_COMPONENT_CLI_DISPLAY_NAME "Command-line healthcheck")
set(CPACK_COMPONENT_CLI_DESCRIPTION
    "pixelhub-sessions-cli, for scheduled checks and scripts. Optional; needs the desktop app's libraries.")
set(CPACK_COMPONENT_CLI_DEPENDS app)
