#pragma once

#include "activity/ActivitySnapshot.h"
#include "gateway/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

namespace gateway {
class GatewayClient;
class LastActivityJob;
} // namespace gateway

namespace runtime {

// What the gateway said of one session's last inbound message, and when it was asked.
struct GatewayActivityEntry
{
    bool answered = false;        // false: asked, no answer yet (the previous answer, if any, is kept)
    gateway::Result result;       // the call's result (not ok: why the gateway did not tell)
    QDateTime lastInboundUtc;     // on the gateway's clock; invalid: the gateway knows no inbound message
    QDateTime readUtc;            // when the answer came (this computer's clock)
    qint64 clockAheadSeconds = 0; // the gateway's clock minus this computer's, from that answer
};

// Last activity asked of the gateway itself (dialects that can tell it: WAHA, Evolution, Whapi),
// for the sessions the activity database does not know, or all of them when there is none.
// One call per session per round, at most MaxInFlight at a time, spread over the round's interval
// (not a burst when the listing lands); each call has the client's request time-out. Answers are
// cached with the time they were read; a new round replaces the calls of the last one.
class GatewayActivity : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 4;

    explicit GatewayActivity(gateway::GatewayClient& client, QObject* parent = nullptr);
    ~GatewayActivity() override;

    // Whether the client's dialect can tell the last message at all.
    bool available() const;
    // How long a round may take to make its calls: the calls start evenly over it. 0: at once
    // (bounded by MaxInFlight only), for a command-line verb that waits for them.
    void setSpread(std::chrono::milliseconds spread) { m_spread = spread; }
    // The spread for a window that refreshes every `refreshInterval` (0: by hand only): the calls
    // of a round are made within half of it, so they end before the next refresh.
    static std::chrono::milliseconds spreadFor(std::chrono::seconds refreshInterval);
    std::chrono::milliseconds spread() const { return m_spread; }

    // A new round asking about `ids` (each once); drops what the last round had not asked yet and
    // cancels its calls in flight. Entries of sessions not in `keep` are forgotten.
    void startRound(const QStringList& ids, const QStringList& keep);
    // Cancels the calls of this round that have not answered; they are recorded as failures.
    void cancel();
    bool isRunning() const { return m_inFlight > 0 || !m_queue.isEmpty(); }
    int callsThisRound() const { return m_calls; }

    const QHash<QString, GatewayActivityEntry>& entries() const { return m_entries; }
    // What the zombie rule reads for one session, as an activity snapshot of that session alone, at
    // `nowUtc` (this computer's clock); nullopt when the gateway was never asked. The gateway dates
    // its messages on its own clock: the last message is moved onto this computer's clock by the
    // difference its answer's Date header showed, so the age is right when either clock is wrong.
    std::optional<activity::ActivitySnapshot> snapshotFor(const QString& id, const QDateTime& nowUtc) const;

signals:
    void answered(); // one or more entries changed
    void roundFinished();

private:
    void pump();
    void onFinished(const QString& id, gateway::LastActivityJob* job, const gateway::Result& result);

    gateway::GatewayClient& m_client;
    std::chrono::milliseconds m_spread{0};
    QHash<QString, GatewayActivityEntry> m_entries;
    QStringList m_queue;
    QList<QPointer<gateway::LastActivityJob>> m_jobs;
    int m_inFlight = 0;
    int m_calls = 0;
    quint64 m_round = 0;
    QTimer m_pace;          // the next call of the round may start when it fires
    bool m_paceDue = false; // the pace allows a call, waiting for a free slot
};

} // namespace runtime
