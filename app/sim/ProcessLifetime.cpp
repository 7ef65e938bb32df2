#include "ProcessLifetime.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <cstdio>
#include <thread>

namespace simapp {

void quitWhenStdinCloses(QCoreApplication& app)
{
    // A blocking read in a thread of its own works on pipes on every platform (QSocketNotifier
    // does not on Windows). The thread is detached: at exit it may still be blocked in the read.
    std::thread([&app] {
        while (std::fgetc(stdin) != EOF) {
        }
        QMetaObject::invokeMethod(
            &app, [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
    }).detach();
}

} // namespace simapp
