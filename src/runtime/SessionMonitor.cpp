#include "runtime/SessionMonitor.h"

#include "activity/ActivityIndex.h"
#include "gateway/GatewayClient.h"
#include "gateway/JobHelpers.h"
#include "runtime/GatewayActivity.h"
#include "sessions/SessionBook.h"

#include <utility>

namespace runtime {

namespace {

// The verdict part of a session (activity, history, health) from its id and status, over what a
// previous verdict left.
void judgeSession(Session& s, const activity::ActivitySnapshot& database, const health::ZombiePolicy& policy,
                  const HistoryInput& history, const GatewayActivity* gateway)
{
    s.activity = sessions::ActivityState::Unknown;
    s.lastActivityUtc = {};
    s.silenceSeconds = -1;
    s.statusSinceUtc = {};
    s.activitySource = sessions::ActivitySource::None;
    // The database first; what the gateway said where the database does not know the session
    // (and the gateway does know something, or the database knows nothing either).
    activity::ChannelKnowledge known = database.lookup(s.id);
    const activity::ActivitySnapshot* used = &database;
    std::optional<activity::ActivitySnapshot> fromGateway;
    if (known.kind != activity::ChannelKnowledge::Kind::Found && gateway) {
        fromGateway = gateway->snapshotFor(s.id, QDateTime::currentDateTimeUtc());
        if (fromGateway) {
            const activity::ChannelKnowledge told = fromGateway->lookup(s.id);
            if (told.kind != activity::ChannelKnowledge::Kind::Unknown ||
                known.kind == activity::ChannelKnowledge::Kind::Unknown) {
                known = told;
                used = &*fromGateway;
            }
        }
    }
    const activity::ActivitySnapshot& activity = *used;
    if (known.kind != activity::ChannelKnowledge::Kind::Unknown)
        s.activitySource = used == &database ? sessions::ActivitySource::Database : sessions::ActivitySource::Gateway;
    switch (known.kind) {
    case activity::ChannelKnowledge::Kind::Found:
        s.activity = sessions::ActivityState::Known;
        s.lastActivityUtc = known.activity.lastAtUtc;
        s.silenceSeconds = known.activity.ageSeconds;
        // The number the inbound rows were sent to, where the gateway gives none (the Pixel Hub
        // wrapper lists ids and statuses only).
        // A "…@lid" id is a privacy alias, not a number.
        if (s.extras.account().isEmpty() && !known.activity.account.isEmpty() &&
            !known.activity.account.endsWith(QLatin1String("@lid")))
            s.extras.setAccount(gateway::accountFromJid(known.activity.account));
        break;
    case activity::ChannelKnowledge::Kind::SilentAtLeast:
        s.activity = sessions::ActivityState::SilentAtLeast;
        s.silenceSeconds = known.silentSeconds;
        break;
    case activity::ChannelKnowledge::Kind::NoneRecorded:
        s.activity = sessions::ActivityState::None;
        break;
    case activity::ChannelKnowledge::Kind::Unknown:
        break;
    }
    std::optional<std::chrono::seconds> connectedFor;
    if (history.states) {
        const auto it = history.states->constFind(s.id);
        const history::SessionState* last = it != history.states->constEnd() ? &*it : nullptr;
        if (const auto ms = history::connectedForMs(last, s.status, history.nowMs))
            connectedFor = std::chrono::seconds(*ms / 1000);
        // The status the history knows is this one (else it changed just now, and since is not
        // recorded yet).
        if (last && last->seen && last->status == s.status) {
            if (const qint64 since = last->statusSinceMs(); since >= 0)
                s.statusSinceUtc = QDateTime::fromMSecsSinceEpoch(since, Qt::UTC);
        }
    }
    const health::Verdict verdict = policy.evaluate(s.id, s.status, activity, connectedFor);
    s.health = verdict.health;
    s.healthReason = verdict.reason;
    if (s.health == sessions::Health::Zombie && history.states) {
        const history::SessionState last = history.states->value(s.id);
        s.statusSinceUtc = last.zombie && last.zombieSinceMs >= 0
                               ? QDateTime::fromMSecsSinceEpoch(last.zombieSinceMs, Qt::UTC)
                               : QDateTime();
    }
}

// The gateway's part of a session: what a listing says of it.
Session fromChannel(const gateway::ChannelInfo& channel)
{
    Session s;
    s.id = channel.id;
    s.name = channel.name.isEmpty() ? channel.id : channel.name;
    s.rawStatus = channel.rawStatus;
    s.status = sessions::statusOf(channel.statusKey, channel.rawStatus);
    s.extras = channel.extras; // shared, not copied
    return s;
}

// Judges the sessions of one listing, one at a time, by one rule.
class Judge
{
public:
    template <typename List, typename IdOf>
    Judge(const List& rows, IdOf idOf, const activity::ActivitySnapshot& activity, const health::ZombiePolicy& policy,
          const HistoryInput& history, const GatewayActivity* gateway)
        : m_activity(activity)
        , m_policy(policy)
        , m_history(history)
        , m_gateway(gateway)
    {
        // Ids are case-sensitive: the rule of activity::idNamesSession needs the sessions' ids
        // (those it may ask about).
        QSet<QString> ids;
        for (const auto& row : rows) {
            if (policy.mayAskAbout(idOf(row), activity))
                ids.insert(idOf(row));
        }
        m_policy.setSessionIds(std::move(ids));
    }

    Session operator()(Session s)
    {
        judgeSession(s, m_activity, m_policy, m_history, m_gateway);
        // Most reasons repeat ("not connected"): one copy of each, shared by the sessions (a
        // listing of 200,000 sessions would otherwise hold 200,000 copies).
        if (const auto known = m_reasons.constFind(s.healthReason); known != m_reasons.cend())
            s.healthReason = *known;
        else
            m_reasons.insert(s.healthReason);
        return s;
    }

private:
    const activity::ActivitySnapshot& m_activity;
    health::ZombiePolicy m_policy;
    HistoryInput m_history;
    const GatewayActivity* m_gateway;
    QSet<QString> m_reasons;
};

const QString& channelId(const gateway::ChannelInfo& c)
{
    return c.id;
}

const QString& sessionId(const Session& s)
{
    return s.id;
}

} // namespace

Session evaluateSession(const gateway::ChannelInfo& channel, const activity::ActivitySnapshot& activity,
                        const health::ZombiePolicy& policy, const HistoryInput& history, const GatewayActivity* gateway)
{
    Session s = fromChannel(channel);
    judgeSession(s, activity, policy, history, gateway);
    return s;
}

QList<Session> evaluateSessions(const QList<gateway::ChannelInfo>& channels, const activity::ActivitySnapshot& activity,
                                const health::ZombiePolicy& policy, const HistoryInput& history,
                                const GatewayActivity* gateway)
{
    Judge judge(channels, channelId, activity, policy, history, gateway);
    QList<Session> out;
    out.reserve(channels.size());
    for (const auto& c : channels)
        out.append(judge(fromChannel(c)));
    return out;
}

SessionMonitor::SessionMonitor(gateway::GatewayClient& client, SessionBook& book, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_book(book)
{
    m_answerTimer.setSingleShot(true);
    m_answerTimer.setInterval(0);
    connect(&m_answerTimer, &QTimer::timeout, this, &SessionMonitor::applyAnswer);
    m_gateway = new GatewayActivity(client, this);
    m_gatewayRebuild.setSingleShot(true);
    m_gatewayRebuild.setInterval(0);
    connect(&m_gatewayRebuild, &QTimer::timeout, this, &SessionMonitor::rebuild);
    connect(m_gateway, &GatewayActivity::answered, this, [this] { m_gatewayRebuild.start(); });
    connect(m_gateway, &GatewayActivity::roundFinished, this, [this] {
        m_gatewayBudget.stop();
        m_gatewayRebuild.stop();
        rebuild();
        emit gatewayActivityFinished();
    });
    m_gatewayBudget.setSingleShot(true);
    connect(&m_gatewayBudget, &QTimer::timeout, this, &SessionMonitor::cancelGatewayActivity);
}

SessionMonitor::~SessionMonitor()
{
    // Not setActivityIndex(nullptr): nobody reads the book again, and evaluating a big listing once
    // more on the way out would be the peak of a run's memory.
    if (m_index)
        m_index->disconnect(this);
    m_index = nullptr;
    m_gateway->disconnect(this);
    cancel();
}

void SessionMonitor::setActivityIndex(activity::ActivityIndex* index)
{
    if (m_index)
        m_index->disconnect(this);
    m_index = index;
    m_activity = {};
    m_activityPending = false;
    if (m_index) {
        connect(m_index, &activity::ActivityIndex::ready, this, &SessionMonitor::onActivity);
        // Newest first: each chunk read settles more sessions; show them as they come.
        connect(m_index, &activity::ActivityIndex::updated, this, &SessionMonitor::onActivityUpdate);
    }
    rebuild();
}

void SessionMonitor::setPolicy(const health::ZombiePolicy& policy)
{
    m_policy = policy;
    rebuild();
}

void SessionMonitor::setHistory(const history::SessionStates& states, qint64 clockOffsetMs)
{
    m_history = {states, clockOffsetMs};
    rebuild();
}

bool SessionMonitor::refresh()
{
    if (isRefreshing())
        return false;
    auto* job = m_client.listChannels();
    m_listJob = job;
    connect(job, &gateway::GatewayJob::finished, this, &SessionMonitor::onListed);
    if (m_index) {
        m_activityPending = true;
        m_index->refresh();
    }
    emit refreshStarted();
    return true;
}

void SessionMonitor::cancel()
{
    if (m_listJob) {
        m_listJob->cancel(); // finishes it: onListed() takes the cancellation as the pending answer
    } else if (m_answerPending) {
        m_answer = gateway::Result::failure(gateway::ErrorKind::Cancelled, tr("Cancelled."));
        m_answerChannels.clear();
    }
    // At once, not on the next turn: a caller that cancels (say, for a new gateway) refreshes
    // right after, and refresh() must not find the old answer still pending.
    if (m_answerPending) {
        m_answerTimer.stop();
        applyAnswer();
    }
    m_gatewayPlanDue = false;
    if (m_gateway->isRunning())
        cancelGatewayActivity();
}

bool SessionMonitor::gatewayActivityPending() const
{
    return m_gatewayPlanDue || m_gateway->isRunning();
}

void SessionMonitor::setGatewayActivitySpread(std::chrono::milliseconds spread)
{
    m_gateway->setSpread(spread);
}

void SessionMonitor::cancelGatewayActivity()
{
    m_gatewayBudget.stop();
    m_gateway->cancel(); // what was not answered is recorded as such; roundFinished() judges again
    if (m_gatewayRebuild.isActive()) {
        m_gatewayRebuild.stop();
        rebuild();
    }
}

void SessionMonitor::planGatewayActivity()
{
    m_gatewayPlanDue = false;
    if (!m_gateway->available() || !m_hasListing)
        return;
    // The connected sessions (only they can be zombies) the database does not know exactly.
    QStringList ask;
    QStringList listed;
    listed.reserve(m_book.size());
    for (const Session& s : m_book.sessions()) {
        listed.append(s.id);
        if (wantsGatewayActivity(s))
            ask.append(s.id);
    }
    if (m_gateway->spread().count() == 0)
        m_gatewayBudget.start(std::max(std::chrono::milliseconds(1000), m_client.config().requestTimeout));
    m_gateway->startRound(ask, listed);
}

bool SessionMonitor::wantsGatewayActivity(const Session& s) const
{
    const bool databaseKnows =
        s.activitySource == sessions::ActivitySource::Database && s.activity == sessions::ActivityState::Known;
    return m_gateway->available() && s.status == sessions::Status::Connected && !databaseKnows;
}

void SessionMonitor::askGateway(const QStringList& ids)
{
    m_gatewayBudget.start(std::max(std::chrono::milliseconds(1000), m_client.config().requestTimeout));
    m_gateway->startRound(ids, ids);
}

void SessionMonitor::onListed(const gateway::Result& result)
{
    gateway::ListChannelsJob* job = m_listJob;
    m_listJob = nullptr;
    m_answer = result;
    // Parsed once, by the job; taken out of it, not shared with it: the job is deleted only later,
    // and a big listing must be freed once rebuild() has put it in the book, not kept beside it.
    m_answerChannels = result.ok && job ? std::exchange(job->mutableChannels(), {}) : QList<gateway::ChannelInfo>{};
    m_answerPending = true;
    m_answerTimer.start();
}

void SessionMonitor::applyAnswer()
{
    m_answerPending = false;
    const gateway::Result result = std::exchange(m_answer, {});
    m_lastResult = result;
    if (result.ok) {
        m_channels = std::exchange(m_answerChannels, {}); // until rebuild() has put it in the book
        m_newListing = true;
        m_hasListing = true;
        m_lastSuccessUtc = QDateTime::currentDateTimeUtc();
        rebuild();
        m_gatewayPlanDue = m_gateway->available();
        if (!m_activityPending)
            planGatewayActivity();
    }
    emit refreshFinished(result);
}

void SessionMonitor::onActivity(const activity::ActivitySnapshot& snapshot)
{
    m_activity = snapshot;
    m_activityPending = false;
    rebuild();
    if (m_gatewayPlanDue)
        planGatewayActivity();
    emit activityUpdated(snapshot);
}

void SessionMonitor::onActivityUpdate(const activity::ActivitySnapshot& snapshot)
{
    // Never replaces a fresher final answer with an older one: intermediate snapshots only come
    // from the refresh running now or from the back-fill after it.
    m_activity = snapshot;
    rebuild();
    emit activityUpdated(snapshot);
}

void SessionMonitor::rebuild()
{
    if (!m_hasListing)
        return;
    const HistoryInput history{&m_history.states, QDateTime::currentMSecsSinceEpoch() + m_history.clockOffsetMs};
    if (!m_newListing) {
        // New activity, a policy or the history for the listing the book holds: its rows carry
        // all the gateway said, so each is judged again in place (no copy of the listing is kept,
        // and no second list of every session is made).
        const QList<Session>& rows = m_book.sessions();
        Judge judge(rows, sessionId, m_activity, m_policy, history, m_gateway);
        m_book.reevaluate([&](int row) { return judge(m_book.at(row)); });
        return;
    }
    m_newListing = false;
    const QList<gateway::ChannelInfo> channels = std::exchange(m_channels, {});
    // The book has this listing's rows in its order already (a gateway that lists in a stable
    // order): in place too.
    bool sameRows = m_book.isLoaded() && m_book.size() == channels.size();
    for (qsizetype row = 0; sameRows && row < channels.size(); ++row)
        sameRows = m_book.at(int(row)).id == channels.at(row).id;
    if (sameRows) {
        Judge judge(channels, channelId, m_activity, m_policy, history, m_gateway);
        m_book.reevaluate([&](int row) { return judge(fromChannel(channels.at(row))); });
        return;
    }
    m_book.apply(evaluateSessions(channels, m_activity, m_policy, history, m_gateway));
}

} // namespace runtime
