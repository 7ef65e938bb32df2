#pragma once

#include "activity/ActivityConfig.h"
#include "activity/ActivitySnapshot.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace activity {

class ActivityWorker;

// Last activity per channel from webhook_raw_logs. Lives in the caller's thread and never blocks
// it: every database call runs on a private worker thread. Each refresh() ends with exactly one
// ready(): Ok, NotConfigured, or Unavailable with a reason (at the latest config.timeoutMs plus a
// short grace after the call, even if the database hangs). Before it, updated() may bring
// intermediate snapshots, one per chunk of rows read newest first; with
// config.backgroundBackfill, more updated() follow as older history is read between refreshes.
//
//   auto* index = new activity::ActivityIndex(config, this);
//   connect(index, &activity::ActivityIndex::ready, this, &Book::applyActivity);
//   index->refresh();
class ActivityIndex : public QObject
{
    Q_OBJECT

public:
    explicit ActivityIndex(ActivityConfig config, QObject* parent = nullptr);
    // Asks the worker to stop and joins it if it is idle; a worker still inside a driver call
    // lingers (the caller's thread never waits for a hung database) until joinLingeringThreads().
    ~ActivityIndex() override;

    // Joins the worker threads of destroyed indexes that were still busy. Every executable calls it
    // before main returns (a thread still inside the SQL driver while the exit handlers run
    // crashes). false when one is still running at the deadline: the caller must then end the
    // process without running the exit handlers (std::_Exit after flushing its output).
    static bool joinLingeringThreads(QDeadlineTimer deadline);
    // How many destroyed indexes still have a running worker thread.
    static int lingeringThreadCount();

    // How far back the rows must reach for every verdict to be settled: the largest silence
    // threshold. Negative (the default): the whole history. Applies from the next refresh.
    void setReach(qint64 seconds) { m_reachSeconds = seconds; }
    qint64 reach() const { return m_reachSeconds; }

    // Asynchronous. A call while a refresh runs is merged into one follow-up refresh.
    void refresh();
    bool isBusy() const;
    // Asynchronous; answers with connectionTested().
    void testConnection();

signals:
    void ready(const activity::ActivitySnapshot& snapshot);
    void updated(const activity::ActivitySnapshot& snapshot);
    void connectionTested(bool ok, const QString& message);

private:
    void onRefreshed(quint64 generation, const activity::ActivitySnapshot& snapshot);
    void onWatchdog();
    void scheduleBackfill(const activity::ActivitySnapshot& snapshot);
    void onBackfillTimer();

    ActivityConfig m_config;
    QThread* m_thread = nullptr;        // outlives this object while a query is still running (lingering)
    ActivityWorker* m_worker = nullptr; // owned by m_thread (deleted there when it finishes)
    QTimer m_watchdog;
    QTimer m_backfillTimer;
    qint64 m_reachSeconds = -1;
    quint64 m_generation = 0;
    quint64 m_testGeneration = 0;
    bool m_busy = false;
    bool m_refreshAgain = false;
    bool m_backfilling = false;
};

} // namespace activity
