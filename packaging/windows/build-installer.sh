#!/usr/bin/env bash
# Builds the Windows x86_64 installer of Pixel Hub Sessions on Debian 12, with Debian packages only.
#
#   packaging/windows/build-installer.sh [toolchain|product|all|has-toolchain]     (default: all)
#
# has-toolchain: exits 0 when the toolchain cache is complete (CI runs the Windows checks only then).
# toolchain: adds a deb-src entry, installs mingw-w64/nsis/wine, and cross-builds the Qt modules the
#            product needs (qtbase 6.4.2 from Debian's source package: Core Gui Widgets Network
#            Concurrent Sql+SQLite Test) plus QR-Code-generator into a cached folder. The folder is
#            reused when it is complete (marker file), so this stage runs once per machine (~45 min
#            on 2 cores).
# product:   cross-builds the product against that folder and runs CPack NSIS, giving
#            PixelHubSessions-<version>-win64.exe in $PHS_WIN_BUILD.
#
# Environment:
#   PHS_WIN_TOOLCHAIN  toolchain cache (default ~/.cache/pixelhub-sessions/win-toolchain); keep it
#                      outside any git tree.
#   PHS_WIN_BUILD      product build folder (default <repo>/build-win64)
#   PHS_WIN_JOBS       parallel jobs (default: nproc)
#
# Every deviation from the upstream sources lives in packaging/windows/patches/ with its reason.
set -euo pipefail

STAGE=${1:-all}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
TC=${PHS_WIN_TOOLCHAIN:-${XDG_CACHE_HOME:-$HOME/.cache}/pixelhub-sessions/win-toolchain}
BUILD=${PHS_WIN_BUILD:-$REPO/build-win64}
JOBS=${PHS_WIN_JOBS:-$(nproc)}
QT_VERSION=6.4.2
QT_PREFIX=$TC/qt6
DEPS_PREFIX=$TC/deps
# The toolchain is complete for this Qt and this set of patches: a new or changed patch rebuilds
# qtbase (incrementally: the build folder stays).
PATCHES_KEY=$(cat "$HERE"/patches/*.patch 2>/dev/null | sha256sum | cut -c1-12)
MARKER=$TC/.complete-qt$QT_VERSION-$PATCHES_KEY

# Every cross configure: the MinGW toolchain file, and moc/rcc/uic plus the CMake host info from
# Debian's Qt of the same version.
CROSS_ARGS=(
    -G Ninja -DCMAKE_BUILD_TYPE=Release
    -DCMAKE_TOOLCHAIN_FILE="$HERE/mingw-w64-x86_64.cmake"
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake
)

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
log() { printf '[build-installer %(%H:%M:%S)T] %s\n' -1 "$*"; }

case "$TC" in
"$REPO" | "$REPO"/*)
    echo "PHS_WIN_TOOLCHAIN must be outside the repository ($REPO)" >&2
    exit 2
    ;;
esac

# --- packages -------------------------------------------------------------------------------------
ensure_deb_src() {
    # apt-get source needs a deb-src entry. Debian 12 images use deb822 (debian.sources); older
    # ones use sources.list. Add a separate entry rather than editing the system's own file.
    if apt-get indextargets --format '$(CREATED_BY)' 2>/dev/null | grep -q '^Sources$'; then
        return
    fi
    local uri=http://deb.debian.org/debian
    if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
        uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
    fi
    log "adding deb-src entry for $uri bookworm"
    $SUDO tee /etc/apt/sources.list.d/phs-deb-src.sources >/dev/null <<SRC
Types: deb-src
URIs: $uri
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    $SUDO apt-get update -q
}

WIN_PKGS=(
    mingw-w64 g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
    nsis wine wine64 xvfb xauth x11-utils imagemagick
    cmake ninja-build dpkg-dev tcl pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
)

ensure_packages() {
    local missing=() p
    for p in "${WIN_PKGS[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        log "installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
    local have
    have=$(dpkg-query -W -f='${Version}' qt6-base-dev)
    [[ $have == "$QT_VERSION"* ]] || {
        echo "host Qt is $have; the cross build needs the same version ($QT_VERSION) as QT_HOST_PATH" >&2
        exit 1
    }
}

# --- toolchain ------------------------------------------------------------------------------------
fetch_sources() {
    mkdir -p "$TC/src"
    cd "$TC/src"
    # bookworm's qt6-base is the version of the host Qt (checked in ensure_packages).
    [[ -d qt6-base-$QT_VERSION+dfsg ]] || apt-get source -q qt6-base
    [[ -n $(ls -d sqlite3-*/ 2>/dev/null) ]] || apt-get source -q sqlite3
    # libqrcodegencpp-dev's source package. The mirror here serves its upstream tarball but not its
    # .debian.tar.xz (404), which is only Debian's packaging: unpack the upstream tarball then.
    if [[ -z $(ls -d qr-code-generator-*/ 2>/dev/null) ]]; then
        apt-get source -q qr-code-generator || {
            local orig
            orig=$(ls qr-code-generator_*.orig.tar.* 2>/dev/null | head -1)
            [[ -n $orig ]] || return 1
            log "unpacking $orig without Debian's packaging"
            mkdir -p "qr-code-generator-$(sed 's/^qr-code-generator_\(.*\)\.orig\..*/\1/' <<<"$orig")"
            tar -xf "$orig" --strip-components=1 -C qr-code-generator-*/
        }
    fi
}

restore_sqlite() {
    # Debian's +dfsg tarball strips src/3rdparty/sqlite; Qt's SQLite driver builds the amalgamation
    # from there. Rebuild it from Debian's sqlite3 source package and put it back.
    local qt=$1 dst=$1/src/3rdparty/sqlite
    [[ -f $dst/sqlite3.c ]] && return
    local sq
    sq=$(ls -d "$TC"/src/sqlite3-*/ | head -1)
    log "building the SQLite amalgamation from $sq"
    mkdir -p "$TC/src/sqlite-amalgamation"
    (cd "$TC/src/sqlite-amalgamation" && [[ -f sqlite3.c ]] || { "$sq/configure" >/dev/null && make sqlite3.c >/dev/null; })
    mkdir -p "$dst"
    cp "$TC/src/sqlite-amalgamation/sqlite3.c" "$TC/src/sqlite-amalgamation/sqlite3.h" "$dst/"
    [[ -f $TC/src/sqlite-amalgamation/sqlite3ext.h ]] && cp "$TC/src/sqlite-amalgamation/sqlite3ext.h" "$dst/" ||
        cp "$sq/src/sqlite3ext.h" "$dst/"
}

apply_patches() {
    local dir=$1 prefix=$2 p
    shopt -s nullglob
    for p in "$HERE"/patches/"$prefix"-*.patch; do
        if patch -d "$dir" -p1 -N --dry-run -s <"$p" >/dev/null 2>&1; then
            log "patch $(basename "$p")"
            patch -d "$dir" -p1 -N -s <"$p"
        fi
    done
    shopt -u nullglob
}

build_qtbase() {
    local src
    src=$(ls -d "$TC"/src/qt6-base-*/ | head -1)
    src=${src%/}
    restore_sqlite "$src"
    apply_patches "$src" qtbase
    log "configuring qtbase ($src)"
    # pkg_config off: the host's .pc files must never leak Linux libraries into a Windows build.
    # tabletevent off: Debian's +dfsg tarball strips the wintab headers it needs.
    # printsupport, direct2d, dbus off: the product uses none of them (less to build).
    # directwrite3 off with direct2d off: Qt 6.4 builds QWindowsDirectWriteFontDatabase into QtGui only
    # with direct2d, but the qwindows plugin asks for it whenever directwrite3 is on (undefined
    # reference when linking qwindows.dll).
    # Only SQLite among the SQL drivers: the MariaDB/PostgreSQL client libraries are not
    # cross-built by Debian. TLS through Schannel, the system's own, not OpenSSL.
    cmake -S "$src" -B "$TC/build-qtbase" "${CROSS_ARGS[@]}" \
        -DCMAKE_INSTALL_PREFIX="$QT_PREFIX" \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
        -DBUILD_SHARED_LIBS=ON \
        -DFEATURE_pkg_config=OFF -DFEATURE_androiddeployqt=OFF \
        -DFEATURE_tabletevent=OFF \
        -DFEATURE_dbus=OFF \
        -DFEATURE_printsupport=OFF \
        -DFEATURE_direct2d=OFF \
        -DFEATURE_directwrite3=OFF \
        -DFEATURE_openssl=OFF -DFEATURE_schannel=ON \
        -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=OFF \
        -DFEATURE_sql_odbc=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_psql=OFF \
        -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF \
        -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_harfbuzz=OFF \
        -DFEATURE_system_freetype=OFF -DFEATURE_system_libpng=OFF -DFEATURE_system_libjpeg=OFF \
        -DFEATURE_system_doubleconversion=OFF -DFEATURE_system_md4c=OFF \
        -DFEATURE_zstd=OFF -DFEATURE_brotli=OFF
    log "building qtbase"
    cmake --build "$TC/build-qtbase" -j "$JOBS"
    cmake --install "$TC/build-qtbase"
}

build_qrcodegen() {
    # Debian's qrcodegen source has no Windows build; compile the C++ library (one file) ourselves.
    local src
    src=$(ls -d "$TC"/src/qr-code-generator-*/ | head -1)
    log "building QR-Code-generator ($src)"
    mkdir -p "$DEPS_PREFIX/include/qrcodegen" "$DEPS_PREFIX/lib/pkgconfig"
    x86_64-w64-mingw32-g++-posix -O2 -std=c++17 -c "$src/cpp/qrcodegen.cpp" -o "$TC/qrcodegen.o"
    x86_64-w64-mingw32-ar rcs "$DEPS_PREFIX/lib/libqrcodegencpp.a" "$TC/qrcodegen.o"
    cp "$src/cpp/qrcodegen.hpp" "$DEPS_PREFIX/include/qrcodegen/"
    cat >"$DEPS_PREFIX/lib/pkgconfig/qrcodegencpp.pc" <<PC
prefix=$DEPS_PREFIX
includedir=\${prefix}/include/qrcodegen
libdir=\${prefix}/lib
Name: qrcodegencpp
Description: QR Code generator library (C++), cross-built for Windows
Version: $(basename "$src" | sed 's/^qr-code-generator-//')
Cflags: -I\${includedir}
Libs: -L\${libdir} -lqrcodegencpp
PC
}

toolchain() {
    if [[ -f $MARKER ]]; then
        log "toolchain cache present: $TC"
        return
    fi
    ensure_deb_src
    ensure_packages
    fetch_sources
    local t0=$SECONDS
    [[ -f $QT_PREFIX/lib/cmake/Qt6Core/Qt6CoreConfig.cmake && -f $TC/.qtbase-installed-$PATCHES_KEY ]] || {
        build_qtbase
        touch "$TC/.qtbase-installed-$PATCHES_KEY"
    }
    build_qrcodegen
    log "toolchain built in $((SECONDS - t0)) s"
    touch "$MARKER"
}

# --- product --------------------------------------------------------------------------------------
product() {
    [[ -f $MARKER ]] || {
        echo "no toolchain in $TC: run '$0 toolchain' first" >&2
        exit 1
    }
    local version
    version=$(sed -n 's/^project(PixelHubSessions VERSION \([0-9.]*\).*/\1/p' "$REPO/CMakeLists.txt")
    log "configuring the product $version in $BUILD"
    local t0=$SECONDS
    # pkg-config must see only the cross-built .pc files, never the host's.
    PKG_CONFIG_LIBDIR=$DEPS_PREFIX/lib/pkgconfig PHS_WIN_FIND_ROOT="$QT_PREFIX;$DEPS_PREFIX" \
        cmake -S "$REPO" -B "$BUILD" "${CROSS_ARGS[@]}" \
        -DCMAKE_PREFIX_PATH="$QT_PREFIX" \
        -DPHS_WERROR=ON -DPHS_BUILD_TESTS="${PHS_WIN_TESTS:-ON}"
    log "building the product"
    cmake --build "$BUILD" -j "$JOBS"
    log "packing the installer"
    (cd "$BUILD" && cpack -G NSIS)
    local exe=$BUILD/PixelHubSessions-$version-win64.exe
    [[ -f $exe ]] || {
        echo "CPack made no $exe" >&2
        exit 1
    }
    log "product built and packed in $((SECONDS - t0)) s: $exe ($(du -h "$exe" | cut -f1))"
}

case "$STAGE" in
has-toolchain) [[ -f $MARKER ]] ;;
toolchain) toolchain ;;
product) product ;;
all)
    toolchain
    product
    ;;
*)
    echo "usage: $0 [toolchain|product|all|has-toolchain]" >&2
    exit 2
    ;;
esac
