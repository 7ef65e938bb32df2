#include "activity/ActivityIndex.h"

#include "activity/ActivityWorker.h"

#include <QMutex>
#include <QMutexLocker>

#include <vector>

namespace activity {

namespace {
// Beyond the configured timeout: the worker stops between chunks only, and a driver may add a
// little to its own timeout.
constexpr int WatchdogGraceMs = 5000;

// Worker threads of destroyed indexes that were still inside a driver call. Owned here until joined.
struct Lingering
{
    QMutex mutex;
    std::vector<QThread*> threads;
};

Lingering& lingering()
{
    static Lingering instance; // never destroyed before main returns: main joins first
    return instance;
}

// Deletes the threads that have finished; the caller holds the mutex.
void reapFinished(std::vector<QThread*>& threads)
{
    std::erase_if(threads, [](QThread* thread) {
        if (!thread->isFinished())
            return false;
        thread->wait();
        delete thread;
        return true;
    });
}
} // namespace

ActivityIndex::ActivityIndex(ActivityConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    registerActivityMetaTypes();
    m_thread = new QThread;
    m_worker = new ActivityWorker(m_config);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ActivityWorker::refreshed, this, &ActivityIndex::onRefreshed);
    connect(m_worker, &ActivityWorker::connectionTested, this, [this](quint64 generation, bool ok, const QString& m) {
        if (generation == m_testGeneration)
            emit connectionTested(ok, m);
    });
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &ActivityIndex::onWatchdog);
    m_thread->setObjectName(QStringLiteral("phs-activity"));
    m_thread->start();
}

ActivityIndex::~ActivityIndex()
{
    // Never wait for a hung database here: this runs on the caller's (GUI) thread. The worker
    // ends its current query (bounded by the driver timeouts) on its own thread and skips what
    // is still queued; only an idle worker is joined at once, a busy one lingers until
    // joinLingeringThreads() (or a later index's destructor reaps it).
    m_worker->disconnect(this);
    m_thread->requestInterruption();
    m_thread->quit();
    const bool joined = m_thread->wait(QDeadlineTimer(50));
    Lingering& l = lingering();
    const QMutexLocker lock(&l.mutex);
    reapFinished(l.threads);
    if (joined)
        delete m_thread;
    else
        l.threads.push_back(m_thread);
}

bool ActivityIndex::joinLingeringThreads(QDeadlineTimer deadline)
{
    Lingering& l = lingering();
    const QMutexLocker lock(&l.mutex);
    for (QThread* thread : l.threads)
        thread->wait(deadline);
    reapFinished(l.threads);
    return l.threads.empty();
}

int ActivityIndex::lingeringThreadCount()
{
    Lingering& l = lingering();
    const QMutexLocker lock(&l.mutex);
    reapFinished(l.threads);
    return int(l.threads.size());
}

void ActivityIndex::refresh()
{
    if (m_busy) {
        m_refreshAgain = true;
        return;
    }
    m_busy = true;
    const quint64 generation = ++m_generation;
    m_watchdog.start(m_config.timeoutMs + WatchdogGraceMs);
    ActivityWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, generation] { worker->refresh(generation); }, Qt::QueuedConnection);
}

bool ActivityIndex::isBusy() const
{
    return m_busy;
}

void ActivityIndex::testConnection()
{
    const quint64 generation = ++m_testGeneration;
    ActivityWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, generation] { worker->testConnection(generation); }, Qt::QueuedConnection);
}

void ActivityIndex::onRefreshed(quint64 generation, const ActivitySnapshot& snapshot)
{
    if (generation != m_generation || !m_busy)
        return; // answered already by the watchdog
    m_watchdog.stop();
    m_busy = false;
    emit ready(snapshot);
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

void ActivityIndex::onWatchdog()
{
    // The worker is stuck in a driver call; answer now and ignore its late result.
    ++m_generation;
    m_busy = false;
    m_refreshAgain = false;
    ActivitySnapshot snapshot;
    snapshot.state = ActivitySnapshot::State::Unavailable;
    const QString where = m_config.dsn ? m_config.dsn->location() : QString();
    snapshot.reason =
        tr("The activity database at %1 did not answer within %2 s. The list still works; if it persists, "
           "check the database server's load.")
            .arg(where)
            .arg(m_config.timeoutMs / 1000.0, 0, 'f', 1);
    emit ready(snapshot);
}

} // namespace activity
