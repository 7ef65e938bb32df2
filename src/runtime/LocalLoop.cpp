#include "runtime/LocalLoop.h"

#include <QTimer>

namespace runtime {

void LocalLoop::quit()
{
    m_quit = true;
    m_loop.quit();
}

bool LocalLoop::exec(std::chrono::milliseconds timeout)
{
    if (m_quit)
        return true;
    QTimer guard;
    guard.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&guard, &QTimer::timeout, &m_loop, [this, &timedOut] {
        timedOut = true;
        m_loop.quit();
    });
    guard.start(timeout);
    while (!m_quit && !timedOut)
        m_loop.exec();
    return m_quit;
}

} // namespace runtime
