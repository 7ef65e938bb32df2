#pragma once

// Whether standard error is an interactive terminal (progress lines only then). Platform files:
// Terminal_posix.cpp, Terminal_win.cpp.
bool stderrIsTerminal();
