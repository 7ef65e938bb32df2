#include "history/HistoryWorker.h"

#include "history/HistoryDb.h"

#include <QDateTime>
#include <QThread>

namespace history {

namespace {
constexpr int DeliveryBatch = 500;
constexpr int PruneBatch = 5000;
constexpr int PruneEveryWrites = 50; // and once when the worker starts
constexpr qint64 DayMs = 24LL * 3600 * 1000;

bool stopping()
{
    return QThread::currentThread()->isInterruptionRequested();
}
} // namespace

HistoryWorker::HistoryWorker(HistoryConfig config)
    : m_config(std::move(config))
{
    static const int registered = [] {
        qRegisterMetaType<history::Event>();
        qRegisterMetaType<history::SessionStates>();
        qRegisterMetaType<history::Uptimes>();
        qRegisterMetaType<QList<history::Event>>();
        return 0;
    }();
    Q_UNUSED(registered)
}

HistoryWorker::~HistoryWorker() = default;

HistoryDb* HistoryWorker::local()
{
    if (m_local && m_local->isOpen())
        return m_local.get();
    activity::Dsn dsn;
    dsn.kind = activity::DbKind::Sqlite;
    dsn.database = m_config.localPath;
    m_local = std::make_unique<HistoryDb>(dsn, QString(), m_config.timeoutMs);
    if (!m_local->open()) {
        m_localProblem = m_local->lastError();
        setProblem(m_localProblem);
        m_local.reset();
        return nullptr;
    }
    // Without a team database the local file is also the one read: its states, read once, are
    // kept (shared with the monitor's copy) instead of being read again for every refresh.
    m_local->keepStates(!m_config.hasTeam());
    m_localProblem.clear();
    return m_local.get();
}

HistoryDb* HistoryWorker::team()
{
    if (!m_config.hasTeam())
        return nullptr;
    if (m_team && m_team->isOpen())
        return m_team.get();
    if (m_teamRetry.isValid() && m_teamRetry.elapsed() < m_config.retryIntervalMs)
        return nullptr;
    QString error;
    const auto dsn = activity::Dsn::parse(m_config.teamDsn, &error);
    if (!dsn) {
        m_teamProblem = error;
        teamFailed();
        return nullptr;
    }
    m_team = std::make_unique<HistoryDb>(*dsn, m_config.teamPassword, m_config.timeoutMs);
    if (!m_team->open()) {
        m_teamProblem = m_team->lastError();
        teamFailed();
        return nullptr;
    }
    if (const auto now = m_team->nowMs())
        m_offsetMs = *now - QDateTime::currentMSecsSinceEpoch();
    m_teamProblem.clear();
    m_teamRetry.invalidate();
    return m_team.get();
}

void HistoryWorker::teamFailed()
{
    if (m_team && !m_team->lastError().isEmpty())
        m_teamProblem = m_team->lastError();
    m_team.reset();
    m_teamRetry.start();
    setProblem(tr("The team history database does not answer; the history is kept on this computer and sent "
                  "when it is back (%1).")
                   .arg(m_teamProblem));
}

HistoryDb* HistoryWorker::reader()
{
    if (HistoryDb* t = team())
        return t;
    return local();
}

qint64 HistoryWorker::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

void HistoryWorker::setProblem(const QString& problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged(problem);
}

void HistoryWorker::observe(quint64 ticket, const QString& gateway, Observations seen)
{
    if (stopping())
        return;
    HistoryDb* db = local();
    // The local database is also the one read (no team database): the states it leaves after the
    // write are the answer, without reading every session's state once more.
    std::optional<SessionStates> after;
    if (db && !m_config.hasTeam())
        after.emplace();
    if (db && !db->observe(gateway, seen, nowMs(), m_config.hasTeam(), after ? &*after : nullptr)) {
        setProblem(db->lastError());
        m_local.reset(); // reopened next time
        after.reset();
    }
    seen = {}; // let go of the runtime's list before it hears back
    deliver();
    ++m_writesSincePrune;
    prune();
    const SessionStates states = after ? std::move(*after) : readStates(gateway);
    emit observed(ticket, gateway, states, m_offsetMs);
}

SessionStates HistoryWorker::readStates(const QString& gateway)
{
    if (HistoryDb* db = reader()) {
        if (const auto s = db->states(gateway))
            return *s;
        if (db == m_team.get())
            teamFailed();
    }
    return {};
}

void HistoryWorker::loadStates(quint64 ticket, const QString& gateway)
{
    if (stopping())
        return;
    const SessionStates states = readStates(gateway);
    emit statesLoaded(ticket, gateway, states, m_offsetMs);
}

void HistoryWorker::addAction(const Event& action)
{
    if (stopping())
        return;
    Event a = action;
    if (a.atMs <= 0)
        a.atMs = nowMs();
    if (HistoryDb* db = local(); db && !db->addActions({a}, m_config.hasTeam())) {
        setProblem(db->lastError());
        m_local.reset();
    }
    deliver();
}

void HistoryWorker::deliver()
{
    if (!m_config.hasTeam() || stopping())
        return;
    HistoryDb* db = local();
    if (!db)
        return;
    for (;;) {
        const auto batch = db->pending(DeliveryBatch);
        if (!batch || batch->isEmpty())
            break;
        HistoryDb* t = team();
        if (!t)
            return;
        // Delivered first, then taken out of the buffer: a crash in between delivers the batch
        // again, which the event ids make harmless.
        if (!t->deliver(*batch)) {
            teamFailed();
            return;
        }
        QStringList ids;
        for (const Event& e : *batch)
            ids << e.id;
        if (!db->markDelivered(ids)) {
            setProblem(db->lastError());
            return;
        }
        if (batch->size() < DeliveryBatch)
            break;
    }
    if (m_localProblem.isEmpty() && m_teamProblem.isEmpty())
        setProblem({});
}

void HistoryWorker::prune()
{
    if (m_writesSincePrune != 1 && m_writesSincePrune < PruneEveryWrites)
        return;
    if (m_writesSincePrune >= PruneEveryWrites)
        m_writesSincePrune = 0;
    const qint64 before = nowMs() - qint64(m_config.retention.count()) * 1000;
    if (HistoryDb* db = local())
        db->prune(before, PruneBatch);
    if (HistoryDb* t = team(); t && t->prune(before, PruneBatch) < 0)
        teamFailed();
}

void HistoryWorker::loadEvents(quint64 ticket, const QString& gateway, const QString& session, qint64 sinceMs)
{
    if (stopping())
        return;
    QList<Event> events;
    SessionStates states;
    if (HistoryDb* db = reader()) {
        const auto e = db->events(gateway, session, sinceMs);
        const auto s = db->states(gateway);
        if (e && s) {
            events = *e;
            for (auto it = s->constBegin(); it != s->constEnd(); ++it) {
                if (session.isEmpty() || it.key() == session)
                    states.insert(it.key(), *it);
            }
        } else if (db == m_team.get()) {
            teamFailed();
        }
    }
    emit eventsLoaded(ticket, events, states, nowMs());
}

void HistoryWorker::loadUptimes(quint64 ticket, const QString& gateway)
{
    if (stopping())
        return;
    Uptimes result;
    if (HistoryDb* db = reader()) {
        const qint64 now = nowMs();
        const auto e = db->events(gateway, {}, now - 7 * DayMs, true);
        const auto s = db->states(gateway);
        if (e && s)
            result = uptimes(*e, *s, now);
        else if (db == m_team.get())
            teamFailed();
    }
    emit uptimesLoaded(ticket, gateway, result);
}

void HistoryWorker::loadLastAction(quint64 ticket, const QString& gateway, const QString& session)
{
    if (stopping())
        return;
    history::Event last;
    if (HistoryDb* db = reader()) {
        if (const auto a = db->lastAction(gateway, session))
            last = *a;
    }
    emit lastActionLoaded(ticket, last);
}

void HistoryWorker::loadRecent(quint64 ticket, int limit)
{
    if (stopping())
        return;
    QList<Event> events;
    if (HistoryDb* db = reader()) {
        if (const auto e = db->recent(limit))
            events = *e;
        else if (db == m_team.get())
            teamFailed();
    }
    emit recentLoaded(ticket, events);
}

void HistoryWorker::sync(quint64 ticket)
{
    deliver();
    HistoryDb* db = m_config.hasTeam() ? local() : nullptr;
    emit synced(ticket, db ? db->pendingCount() : 0);
}

} // namespace history
