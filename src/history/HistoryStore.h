#pragma once

#include "history/HistoryConfig.h"
#include "history/HistoryEvent.h"
#include "history/Uptime.h"

#include <QObject>

#include <chrono>

class QThread;

namespace history {

class HistoryWorker;

// The history of one process (the desktop app or a command-line run), used from its main thread
// and never blocking it: every database call runs on a private worker thread, in the order asked.
//
//   store.observe("pixelhub", observations);  // -> observed(): the sessions' last states
//   store.recordAction("pixelhub", "sales", "reconnect", "ok");
//   auto ticket = store.requestEvents("pixelhub", "sales", since);  // -> eventsLoaded(ticket, ...)
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    explicit HistoryStore(HistoryConfig config, QObject* parent = nullptr);
    // Lets the writes already asked for finish (bounded by the database timeout), then stops.
    ~HistoryStore() override;

    const HistoryConfig& config() const { return m_config; }
    // Deletes a store without waiting: its worker finishes the writes it was given on its own,
    // then goes (a settings change in the window, whose thread never waits on a database).
    static void retire(HistoryStore* store);

    // Records the status changes of what a refresh of a gateway saw; answers with observed().
    quint64 observe(const QString& gateway, const Observations& seen);
    quint64 requestStates(const QString& gateway);
    // Records an operator action by this process's user; result: Event::okResult() or the failure.
    void recordAction(const QString& gateway, const QString& session, const QString& action, const QString& result);
    quint64 requestEvents(const QString& gateway, const QString& session, qint64 sinceMs);
    quint64 requestUptimes(const QString& gateway);
    // The last operator action on a session; answers lastActionLoaded() (an event with an empty id: none).
    quint64 requestLastAction(const QString& gateway, const QString& session);
    // The last `limit` status changes and actions of every gateway (Help › Save diagnostics);
    // answers recentLoaded(), oldest first (empty when the history cannot be read).
    quint64 requestRecent(int limit);
    // Answers synced() once everything asked before is written (and delivered, if it can be).
    quint64 sync();
    // The command line's form: waits at most `wait` for sync(); false on time-out.
    bool waitForWrites(std::chrono::milliseconds wait);

    QString problem() const { return m_problem; }

signals:
    void observed(quint64 ticket, const QString& gateway, const history::SessionStates& states, qint64 clockOffsetMs);
    void statesLoaded(quint64 ticket, const QString& gateway, const history::SessionStates& states,
                      qint64 clockOffsetMs);
    void eventsLoaded(quint64 ticket, const QList<history::Event>& events, const history::SessionStates& states,
                      qint64 nowMs);
    void uptimesLoaded(quint64 ticket, const QString& gateway, const history::Uptimes& uptimes);
    void lastActionLoaded(quint64 ticket, const history::Event& action);
    void recentLoaded(quint64 ticket, const QList<history::Event>& events);
    void synced(quint64 ticket, int undelivered);
    void problemChanged(const QString& problem);
    void actionRecorded(const history::Event& action);

private:
    template <typename F> void post(F&& f);

    HistoryConfig m_config;
    QThread* m_thread = nullptr;
    HistoryWorker* m_worker = nullptr;
    quint64 m_ticket = 0;
    QString m_problem;
};

} // namespace history
