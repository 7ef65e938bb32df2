#include "runtime/GatewayActivity.h"

#include "gateway/GatewayClient.h"

#include <QSet>

namespace runtime {

GatewayActivity::GatewayActivity(gateway::GatewayClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_pace.setSingleShot(true);
    connect(&m_pace, &QTimer::timeout, this, [this] {
        m_paceDue = true;
        pump();
    });
}

GatewayActivity::~GatewayActivity()
{
    ++m_round; // the cancelled calls' answers are not recorded
    m_queue.clear();
    for (const auto& job : std::as_const(m_jobs)) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

std::chrono::milliseconds GatewayActivity::spreadFor(std::chrono::seconds refreshInterval)
{
    using namespace std::chrono_literals;
    if (refreshInterval.count() <= 0)
        return 1min;
    return std::chrono::duration_cast<std::chrono::milliseconds>(refreshInterval) / 2;
}

bool GatewayActivity::available() const
{
    return m_client.isConfigured() && m_client.supports(gateway::Operation::LastActivity);
}

void GatewayActivity::startRound(const QStringList& ids, const QStringList& keep)
{
    ++m_round; // answers of the last round's calls still in flight are dropped
    m_pace.stop();
    m_queue.clear();
    const QList<QPointer<gateway::LastActivityJob>> old = std::exchange(m_jobs, {});
    m_inFlight = 0;
    for (const auto& job : old) {
        if (job)
            job->cancel();
    }
    const QSet<QString> kept(keep.cbegin(), keep.cend());
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = kept.contains(it.key()) ? std::next(it) : m_entries.erase(it);
    m_calls = 0;
    QSet<QString> seen;
    for (const QString& id : ids) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        m_queue.append(id);
        m_entries[id].answered = false; // the last answer stays until the new one comes
    }
    m_paceDue = true;
    if (m_queue.isEmpty()) {
        emit roundFinished();
        return;
    }
    pump();
}

void GatewayActivity::cancel()
{
    m_pace.stop();
    const QStringList notAsked = std::exchange(m_queue, {});
    const gateway::Result late =
        gateway::Result::failure(gateway::ErrorKind::Timeout, tr("the gateway did not tell the last message in time"));
    for (const QString& id : notAsked) {
        GatewayActivityEntry& e = m_entries[id];
        e.answered = true;
        e.result = late;
        e.lastInboundUtc = {};
        e.readUtc = QDateTime::currentDateTimeUtc();
    }
    const QList<QPointer<gateway::LastActivityJob>> jobs = m_jobs;
    const bool inFlight = m_inFlight > 0;
    for (const auto& job : jobs) {
        if (job)
            job->cancel(); // onFinished() records it as not answered in time, the last one ends the round
    }
    if (!notAsked.isEmpty()) {
        emit answered();
        if (!inFlight) // nothing was in flight (a spread round between two calls): it ends here
            emit roundFinished();
    }
}

void GatewayActivity::pump()
{
    while (!m_queue.isEmpty() && m_inFlight < MaxInFlight && m_paceDue) {
        const QString id = m_queue.takeFirst();
        gateway::LastActivityJob* job = m_client.lastActivity(id);
        ++m_inFlight;
        ++m_calls;
        m_jobs.append(job);
        const quint64 round = m_round;
        connect(job, &gateway::GatewayJob::finished, this, [this, id, job, round](const gateway::Result& r) {
            if (round == m_round)
                onFinished(id, job, r);
        });
        if (m_spread.count() > 0 && !m_queue.isEmpty()) {
            // Evenly over the interval: the rest of the round's calls share what is left of it.
            m_paceDue = false;
            m_pace.start(std::chrono::milliseconds(m_spread.count() / (m_queue.size() + m_calls)));
        }
    }
}

void GatewayActivity::onFinished(const QString& id, gateway::LastActivityJob* job, const gateway::Result& result)
{
    m_jobs.removeAll(QPointer<gateway::LastActivityJob>(job));
    --m_inFlight;
    GatewayActivityEntry& e = m_entries[id];
    e.answered = true;
    e.readUtc = QDateTime::currentDateTimeUtc();
    if (result.ok) {
        e.result = result;
        e.lastInboundUtc = job->lastActivityUtc();
        e.clockAheadSeconds = result.clockAheadSeconds;
    } else {
        e.result = result.kind == gateway::ErrorKind::Cancelled
                       ? gateway::Result::failure(gateway::ErrorKind::Timeout,
                                                  tr("the gateway did not tell the last message in time"))
                       : result;
        e.lastInboundUtc = {};
    }
    emit answered();
    pump();
    if (!isRunning())
        emit roundFinished();
}

std::optional<activity::ActivitySnapshot> GatewayActivity::snapshotFor(const QString& id, const QDateTime& nowUtc) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd())
        return std::nullopt;
    activity::ActivitySnapshot s;
    s.dbNowUtc = nowUtc;
    if (!it->readUtc.isValid()) {
        s.state = activity::ActivitySnapshot::State::Unavailable;
        s.reason = tr("waiting for the gateway's answer");
        return s;
    }
    if (!it->result.ok) {
        s.state = activity::ActivitySnapshot::State::Unavailable;
        // The reason shows in the window (its Last activity notes), so without the gateway's own words.
        s.reason = tr("the gateway did not tell the last message: %1").arg(it->result.agentMessage());
        return s;
    }
    s.state = activity::ActivitySnapshot::State::Ok;
    s.wholeHistory = true; // no inbound message among the newest ones: none recorded
    if (it->lastInboundUtc.isValid()) {
        activity::ChannelActivity last;
        last.lastAtUtc = it->lastInboundUtc.addSecs(-it->clockAheadSeconds);
        last.ageSeconds = std::max<qint64>(0, last.lastAtUtc.secsTo(nowUtc));
        s.channels.insert(id, last);
    }
    return s;
}

} // namespace runtime
