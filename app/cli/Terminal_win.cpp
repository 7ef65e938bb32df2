#include "Terminal.h"

#include <windows.h>

bool stderrIsTerminal()
{
    // A console, not a pipe or a file (GetConsoleMode fails on those).
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_ERROR_HANDLE), &mode) != 0;
}
