#pragma once

#include "history/HistoryConfig.h"
#include "history/HistoryEvent.h"
#include "history/Uptime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace history {

class HistoryDb;

// Lives in HistoryStore's worker thread and owns every history database connection there: the
// local SQLite file, written first, and the team database, to which what the local file buffered
// is delivered (now, after each write, and every retry interval while it is down). Reads come
// from the team database when it answers, else from the local file.
class HistoryWorker : public QObject
{
    Q_OBJECT

public:
    explicit HistoryWorker(HistoryConfig config);
    ~HistoryWorker() override;

    // Takes the list: it lets go of it before it answers, so the runtime, whose list it shares, can
    // change its own afterwards without copying it (a change while the write runs still copies).
    void observe(quint64 ticket, const QString& gateway, history::Observations seen);
    void addAction(const history::Event& action);
    void loadStates(quint64 ticket, const QString& gateway);
    void loadEvents(quint64 ticket, const QString& gateway, const QString& session, qint64 sinceMs);
    void loadUptimes(quint64 ticket, const QString& gateway);
    void loadLastAction(quint64 ticket, const QString& gateway, const QString& session);
    void loadRecent(quint64 ticket, int limit);
    void sync(quint64 ticket);
    // Delivers the buffer to the team database, if one is configured and answers.
    void deliver();
    // Deletes a bounded batch of records older than the retention, from each database.
    void prune();

signals:
    void observed(quint64 ticket, const QString& gateway, const history::SessionStates& states, qint64 clockOffsetMs);
    void statesLoaded(quint64 ticket, const QString& gateway, const history::SessionStates& states,
                      qint64 clockOffsetMs);
    // The events of a session since sinceMs (oldest first), its last state, and "now".
    void eventsLoaded(quint64 ticket, const QList<history::Event>& events, const history::SessionStates& states,
                      qint64 nowMs);
    void uptimesLoaded(quint64 ticket, const QString& gateway, const history::Uptimes& uptimes);
    void lastActionLoaded(quint64 ticket, const history::Event& action);
    void recentLoaded(quint64 ticket, const QList<history::Event>& events);
    void synced(quint64 ticket, int undelivered);
    // Translated; empty once everything works again.
    void problemChanged(const QString& problem);

private:
    HistoryDb* local();
    HistoryDb* team(); // nullptr: none configured, or down (retried after the retry interval)
    HistoryDb* reader();
    SessionStates readStates(const QString& gateway);
    qint64 nowMs() const; // this computer's clock, corrected by the team database's
    void setProblem(const QString& problem);
    void teamFailed();

    HistoryConfig m_config;
    std::unique_ptr<HistoryDb> m_local;
    std::unique_ptr<HistoryDb> m_team;
    QElapsedTimer m_teamRetry; // since the team database last failed
    qint64 m_offsetMs = 0;     // team database's clock minus this computer's
    QString m_localProblem;
    QString m_teamProblem;
    QString m_problem;
    int m_writesSincePrune = 0;
};

} // namespace history
