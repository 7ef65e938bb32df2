#include "history/HistoryStore.h"

#include "history/HistoryWorker.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <type_traits>
#include <utility>

#if defined(__SANITIZE_THREAD__) // GCC
#define PHS_TSAN_HAND_OFF 1
#elif defined(__has_feature) // Clang
#if __has_feature(thread_sanitizer)
#define PHS_TSAN_HAND_OFF 1
#endif
#endif
#if defined(PHS_TSAN_HAND_OFF)
extern "C" void __tsan_acquire(void* addr);
extern "C" void __tsan_release(void* addr);
constexpr bool kTsanHandOff = true;
#else
constexpr bool kTsanHandOff = false;
#endif

namespace history {

namespace {

// What post() hands the worker (the call, what it captured, shared lists among them) and what the
// worker answers with are ordered by the QMutex under Qt's event queue. Debian's Qt is not built for
// ThreadSanitizer, so that order is invisible to it; under ThreadSanitizer this file says so itself,
// with published() and received(). Nothing otherwise.
void published([[maybe_unused]] void* channel)
{
#if defined(PHS_TSAN_HAND_OFF)
    __tsan_release(channel);
#endif
}

void received([[maybe_unused]] void* channel)
{
#if defined(PHS_TSAN_HAND_OFF)
    __tsan_acquire(channel);
#endif
}

// The call post() hands the worker, ordered both ways for ThreadSanitizer, on the call's own
// address (never on something read from it): each construction publishes what the caller wrote,
// Qt's move into its slot object included; the worker receives before it runs the call and
// publishes after; whichever thread destroys the call (Qt drops its last reference on either)
// receives what the worker wrote into it (a list the call gave away).
template <typename F> class HandOff
{
public:
    explicit HandOff(F&& call)
        : m_call(std::move(call))
    {
        published(this);
    }
    HandOff(HandOff&& other) noexcept(std::is_nothrow_move_constructible_v<F>)
        : m_call(std::move(other.m_call))
    {
        published(this);
    }
    HandOff(const HandOff&) = delete;
    HandOff& operator=(const HandOff&) = delete;
    HandOff& operator=(HandOff&&) = delete;
    ~HandOff() { received(this); } // before the members go
    void operator()()
    {
        received(this);
        m_call();
        published(this);
    }

private:
    F m_call;
};

// The other way: what the worker answers with (a hash of states, a list of events, built on its
// thread) reaches this one as a queued signal, under the same invisible order. Under
// ThreadSanitizer the worker's thread publishes before the signal is queued (Qt calls a signal's
// connections in the order they were made, and this direct one is made first; it belongs to the
// worker, so it goes with the worker, on its thread), and this thread receives before it hands the
// answer on. Otherwise: one queued connection that hands the answer on.
template <typename... Args, typename Slot>
void handBack(HistoryWorker* worker, void (HistoryWorker::*signal)(Args...), HistoryStore* store, Slot slot)
{
    void* channel = worker;
    if constexpr (kTsanHandOff)
        QObject::connect(
            worker, signal, worker, [channel](Args...) { published(channel); }, Qt::DirectConnection);
    auto handOn = [&] {
        if constexpr (std::is_member_function_pointer_v<Slot>)
            return [store, slot](Args... args) { (store->*slot)(args...); };
        else
            return slot;
    }();
    QObject::connect(worker, signal, store, [channel, handOn](Args... args) {
        received(channel);
        handOn(args...);
    });
}

} // namespace

HistoryStore::HistoryStore(HistoryConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("history"));
    m_worker = new HistoryWorker(m_config);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // The worker's answers reach this thread through Qt's queue; handBack() says so to ThreadSanitizer.
    handBack(m_worker, &HistoryWorker::observed, this, &HistoryStore::observed);
    handBack(m_worker, &HistoryWorker::statesLoaded, this, &HistoryStore::statesLoaded);
    handBack(m_worker, &HistoryWorker::eventsLoaded, this, &HistoryStore::eventsLoaded);
    handBack(m_worker, &HistoryWorker::uptimesLoaded, this, &HistoryStore::uptimesLoaded);
    handBack(m_worker, &HistoryWorker::synced, this, &HistoryStore::synced);
    handBack(m_worker, &HistoryWorker::lastActionLoaded, this, &HistoryStore::lastActionLoaded);
    handBack(m_worker, &HistoryWorker::recentLoaded, this, &HistoryStore::recentLoaded);
    handBack(m_worker, &HistoryWorker::problemChanged, this, [this](const QString& problem) {
        m_problem = problem;
        emit problemChanged(problem);
    });
    m_thread->start();
}

template <typename F> void HistoryStore::post(F&& f)
{
    QMetaObject::invokeMethod(m_worker, HandOff<std::decay_t<F>>(std::forward<F>(f)), Qt::QueuedConnection);
}

void HistoryStore::retire(HistoryStore* store)
{
    if (!store)
        return;
    QThread* thread = std::exchange(store->m_thread, nullptr);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    store->post([] { QThread::currentThread()->quit(); });
    delete store;
}

HistoryStore::~HistoryStore()
{
    if (!m_thread)
        return; // retired
    // After what is queued: the writes asked for are not dropped.
    post([] { QThread::currentThread()->quit(); });
    if (!m_thread->wait(std::max(2000, 3 * m_config.timeoutMs))) {
        // A database that hangs past its own timeouts: let the thread go rather than freeze.
        m_thread->requestInterruption();
        m_thread->wait(1000);
    }
    if (m_thread->isFinished())
        delete m_thread;
    // else: leaked on purpose; deleting a running QThread aborts the process.
}

quint64 HistoryStore::observe(const QString& gateway, const Observations& seen)
{
    const quint64 ticket = ++m_ticket;
    // The worker takes the list from the call (so it can let go of it before it answers): a copy
    // of its own here, since a captured const reference would stay const and be copied again.
    post([w = m_worker, ticket, gateway, list = Observations(seen)]() mutable {
        w->observe(ticket, gateway, std::move(list));
    });
    return ticket;
}

quint64 HistoryStore::requestStates(const QString& gateway)
{
    const quint64 ticket = ++m_ticket;
    post([w = m_worker, ticket, gateway] { w->loadStates(ticket, gateway); });
    return ticket;
}

void HistoryStore::recordAction(const QString& gateway, const QString& session, const QString& action,
                                const QString& result)
{
    Event e;
    e.id = Event::newId();
    e.kind = Event::Kind::Action;
    e.gateway = gateway;
    e.session = session;
    e.action = action;
    e.actor = currentActor();
    e.result = result;
    post([w = m_worker, e] { w->addAction(e); });
    emit actionRecorded(e);
}

quint64 HistoryStore::requestEvents(const QString& gateway, const QString& session, qint64 sinceMs)
{
    const quint64 ticket = ++m_ticket;
    post([w = m_worker, ticket, gateway, session, sinceMs] { w->loadEvents(ticket, gateway, session, sinceMs); });
    return ticket;
}

quint64 HistoryStore::requestUptimes(const QString& gateway)
{
    const quint64 ticket = ++m_ticket;
    post([w = m_worker, ticket, gateway] { w->loadUptimes(ticket, gateway); });
    return ticket;
}

quint64 HistoryStore::requestLastAction(const QString& gateway, const QString& session)
{
    const quint64 ticket = ++m_ticket;
    post([w = m_worker, ticket, gateway, session] { w->loadLastAction(ticket, gateway, session); });
    return ticket;
}

quint64 HistoryStore::requestRecent(int limit)
{
    const quint64 ticket = ++m_ticket;
    post([w = m_worker, ticket, limit] { w->loadRecent(ticket, limit); });
    return ticket;
}

quint64 HistoryStore::sync()
{
    const quint64 ticket = ++m_ticket;
    post([w = m_worker, ticket] { w->sync(ticket); });
    return ticket;
}

bool HistoryStore::waitForWrites(std::chrono::milliseconds wait)
{
    QEventLoop loop;
    bool done = false;
    const quint64 ticket = sync();
    const auto c = connect(this, &HistoryStore::synced, &loop, [&](quint64 t, int) {
        if (t == ticket) {
            done = true;
            loop.quit();
        }
    });
    QTimer::singleShot(wait, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    disconnect(c);
    return done;
}

} // namespace history
