#include "SessionModel.h"

#include <QHashFunctions>

namespace sim {

void SessionModel::reset(const Scenario& scenario)
{
    m_scenario = scenario;
}

void SessionModel::expireAll()
{
    for (SimSession& session : m_scenario.sessions)
        session.expireQr(m_scenario.qrRotateMs(), m_scenario.qrMaxRotations);
}

SimSession* SessionModel::find(const QString& id)
{
    for (SimSession& session : m_scenario.sessions) {
        if (session.id == id) { // case-sensitive, like WPPConnect
            session.expireQr(m_scenario.qrRotateMs(), m_scenario.qrMaxRotations);
            return &session;
        }
    }
    return nullptr;
}

QList<SimSession*> SessionModel::sessions()
{
    expireAll();
    QList<SimSession*> out;
    for (SimSession& session : m_scenario.sessions)
        out.append(&session);
    return out;
}

QStringList SessionModel::ids() const
{
    QStringList out;
    for (const SimSession& session : m_scenario.sessions)
        out.append(session.id);
    return out;
}

bool SessionModel::add(const SimSession& session)
{
    if (session.id.isEmpty() || find(session.id))
        return false;
    m_scenario.sessions.append(session);
    return true;
}

bool SessionModel::remove(const QString& id)
{
    for (qsizetype i = 0; i < m_scenario.sessions.size(); ++i) {
        if (m_scenario.sessions.at(i).id == id) {
            m_scenario.sessions.removeAt(i);
            return true;
        }
    }
    return false;
}

SessionModel::ActionResult SessionModel::scan(const QString& id)
{
    SimSession* session = find(id);
    if (!session)
        return ActionResult::UnknownSession;
    if (session->phase() != SimSession::Phase::Qr)
        return ActionResult::WrongPhase;
    session->token = true;
    if (!session->pairingPhone.isEmpty())
        session->phone = session->pairingPhone; // the phone typed the code
    else if (session->phone.isEmpty())
        session->phone = QStringLiteral("554799%1").arg(qHash(session->id) % 10000000, 7, 10, QLatin1Char('0'));
    session->pairingPhone.clear();
    session->pairingCodeGiven = false;
    session->setPhase(SimSession::Phase::Connected);
    return ActionResult::Done;
}

SessionModel::ActionResult SessionModel::unlink(const QString& id)
{
    SimSession* session = find(id);
    if (!session)
        return ActionResult::UnknownSession;
    if (session->phase() != SimSession::Phase::Connected)
        return ActionResult::WrongPhase;
    session->setPhase(SimSession::Phase::Zombie);
    return ActionResult::Done;
}

SessionModel::ActionResult SessionModel::setSilent(const QString& id, bool silent)
{
    SimSession* session = find(id);
    if (!session)
        return ActionResult::UnknownSession;
    session->silent = silent;
    return ActionResult::Done;
}

SessionModel::ActionResult SessionModel::setLastInbound(const QString& id, std::optional<QDateTime> at)
{
    SimSession* session = find(id);
    if (!session)
        return ActionResult::UnknownSession;
    session->inboundOverride = std::move(at);
    return ActionResult::Done;
}

QString SessionModel::qrFormatFor(const SimSession& session) const
{
    return session.qrFormat.isEmpty() ? m_scenario.qrFormat : session.qrFormat;
}

QJsonArray SessionModel::stateJson()
{
    QJsonArray out;
    for (SimSession* session : sessions())
        out.append(session->toStateJson(m_scenario.qrRotateMs()));
    return out;
}

} // namespace sim
