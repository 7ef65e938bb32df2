# `cmake --build build --target package` (or `cpack` in the build dir) makes a .deb and a .tar.gz.
set(CPACK_PACKAGE_NAME "pixelhub-sessions")
set(CPACK_PACKAGE_VENDOR "Pixel Hub")
set(CPACK_PACKAGE_CONTACT "Pixel Hub support <suporte@pixel12digital.com.br>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Keep the company's WhatsApp gateway sessions online")
set(CPACK_PACKAGE_DESCRIPTION
    "Desktop app and command-line healthcheck that show every session of a self-hosted WhatsApp HTTP\n gateway with its real status and last activity, flag zombie sessions and reconnect them by QR code.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}_${PROJECT_VERSION}_amd64")

set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE "amd64")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Libraries linked by the binaries are computed by dpkg-shlibdeps; plugins loaded at run time are not
# linked, so they are listed by hand: the X11/Wayland platform plugins, the SQL drivers, SVG icons.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6sql6-mysql, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

include(CPack)
