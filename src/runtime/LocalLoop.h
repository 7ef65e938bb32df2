#pragma once

#include <QEventLoop>

#include <chrono>

namespace runtime {

// The one place the command line blocks (it is not the GUI): a local event loop that runs until
// quit() or a timeout. quit() before exec() is remembered, so a synchronous answer is not lost.
//
//   runtime::LocalLoop loop;
//   connect(job, &GatewayJob::finished, &context, [&](const Result& r) { result = r; loop.quit(); });
//   if (!loop.exec(10s)) { ...timed out... }
class LocalLoop
{
public:
    LocalLoop() = default;
    LocalLoop(const LocalLoop&) = delete;
    LocalLoop& operator=(const LocalLoop&) = delete;

    void quit();
    // true when quit() was called, false when the timeout expired first.
    bool exec(std::chrono::milliseconds timeout);

private:
    QEventLoop m_loop;
    bool m_quit = false;
};

} // namespace runtime
