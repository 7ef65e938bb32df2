#include "ProcessLifetime.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QString>

#include <windows.h>

namespace simapp {

namespace {
QCoreApplication* g_app = nullptr;

BOOL WINAPI onConsoleEvent(DWORD)
{
    // Runs on a thread of its own: queue the quit on the application's thread.
    QMetaObject::invokeMethod(
        g_app, [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
    return TRUE;
}
} // namespace

bool quitOnTerminationRequest(QCoreApplication& app, QString* error)
{
    g_app = &app;
    if (!SetConsoleCtrlHandler(onConsoleEvent, TRUE)) {
        if (error)
            *error = QStringLiteral("cannot install the console handler");
        return false;
    }
    return true;
}

} // namespace simapp
