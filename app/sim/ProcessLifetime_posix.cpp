#include "ProcessLifetime.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QString>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace simapp {

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

bool quitOnTerminationRequest(QCoreApplication& app, QString* error)
{
    // The handler only writes a byte; the event loop quits when the notifier sees it.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        if (error)
            *error = QStringLiteral("cannot create the signal pipe");
        return false;
    }
    auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    return true;
}

} // namespace simapp
