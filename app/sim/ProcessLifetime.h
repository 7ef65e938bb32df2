#pragma once

class QCoreApplication;
class QString;

namespace simapp {

// Quits the application on SIGINT/SIGTERM (POSIX) or on Ctrl+C / console close (Windows).
// Platform files: ProcessLifetime_posix.cpp, ProcessLifetime_win.cpp.
bool quitOnTerminationRequest(QCoreApplication& app, QString* error);

// Quits the application when standard input reaches end of file: a parent that started the
// simulator with a pipe on stdin ends it by closing the pipe, and the pipe also closes when the
// parent dies (crash, kill -9), so the child never outlives it. Portable (ProcessLifetime.cpp).
void quitWhenStdinCloses(QCoreApplication& app);

} // namespace simapp
