# `cmake --build build --target package` (or `cpack` in the build dir) makes, on Linux, two .deb
# files and a .tar.gz; on Windows (cross-built, packaging/windows/build-installer.sh) an NSIS
# installer.
set(CPACK_PACKAGE_NAME "pixelhub-sessions")
set(CPACK_PACKAGE_VENDOR "Pixel Hub")
set(CPACK_PACKAGE_CONTACT "Pixel Hub support <suporte@pixel12digital.com.br>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Keep the company's WhatsApp gateway sessions online")
set(CPACK_PACKAGE_DESCRIPTION
    "Desktop app and command-line healthcheck that show every session of a self-hosted WhatsApp HTTP\n gateway with its real status and last activity, flag zombie sessions and reconnect them by QR code.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    include(${PROJECT_SOURCE_DIR}/packaging/windows/CPackNSIS.cmake)
    include(CPack)
    return()
endif()

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}_${PROJECT_VERSION}_amd64")

# Two Debian packages. wa-gateway-sim links QtHttpServer, which has no binary-compatibility promise
# across Qt minor releases (Debian 13's 6.8 lacks symbols that 6.4 binaries use): its package,
# pixelhub-sessions-sim, depends on exactly the minor version it was built with. The app and the CLI
# do not link QtHttpServer, so pixelhub-sessions installs and runs on newer Qt releases too; its
# --demo then reports that the simulator is missing. One package with the pin would refuse to
# install on Debian 13 altogether; one package without it would promise a simulator that cannot run.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL app sim)
set(CPACK_DEBIAN_APP_PACKAGE_NAME "pixelhub-sessions")
set(CPACK_DEBIAN_SIM_PACKAGE_NAME "pixelhub-sessions-sim")
set(CPACK_COMPONENT_SIM_DESCRIPTION
    "Simulated WhatsApp gateway for Pixel Hub Sessions\n wa-gateway-sim serves a fake of the WPP gateway on 127.0.0.1. The desktop app's demo mode\n (pixelhub-sessions --demo) starts it; developers and support staff use it to try the app and\n the healthcheck without a real gateway. It links Qt HTTP Server (GPL-3.0-only).")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE "amd64")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Libraries linked by the binaries are computed by dpkg-shlibdeps; plugins loaded at run time are not
# linked, so they are listed by hand: the X11/Wayland platform plugins, the SQL drivers, SVG icons.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6sql6-mysql, libqt6svg6")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "libqt6sql6-psql, gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_APP_PACKAGE_SUGGESTS "pixelhub-sessions-sim")
math(EXPR _httpserver_next_minor "${Qt6HttpServer_VERSION_MINOR} + 1")
set(CPACK_DEBIAN_SIM_PACKAGE_DEPENDS
    "libqt6httpserver6 (>= ${Qt6HttpServer_VERSION}), libqt6httpserver6 (<< ${Qt6HttpServer_VERSION_MAJOR}.${_httpserver_next_minor}~), libqt6sql6-sqlite")
set(CPACK_DEBIAN_SIM_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

include(CPack)
