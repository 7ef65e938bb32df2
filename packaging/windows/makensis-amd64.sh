#!/bin/sh
# makensis for a 64-bit installer: CPack's NSIS generator (CMake 3.25) offers no way to put
# "Target amd64-unicode" before the script's first data (it overwrites CPACK_NSIS_DEFINES), and
# without it NSIS makes a 32-bit installer that a 64-bit-only Wine prefix (like a Windows on ARM
# without x86 emulation) cannot run. -X runs the command before the script.
exec makensis "-XTarget amd64-unicode" "$@"
