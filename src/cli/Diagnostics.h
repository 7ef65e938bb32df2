#pragma once

namespace cli {

// The command line's stderr carries the command's own message, at most three lines: every log
// line (ours, Qt's, third-party libraries' like libpng, at any level) is dropped unless --verbose
// asks for it or QT_LOGGING_RULES is set. Process-wide (a message handler); main() turns it on at
// start, so nothing leaks before the options are parsed.
void setDiagnosticsQuiet(bool quiet);
bool diagnosticsQuiet();

} // namespace cli
