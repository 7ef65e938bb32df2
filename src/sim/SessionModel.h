#pragma once

#include <QDateTime>

#include <optional>

#include "Scenario.h"

#include <QJsonArray>
#include <QStringList>

namespace sim {

// The simulated gateway's sessions and knobs, with the transitions the phone and the user can cause.
class SessionModel
{
public:
    enum class ActionResult
    {
        Done,
        UnknownSession,
        WrongPhase
    };

    void reset(const Scenario& scenario);
    Scenario& scenario() { return m_scenario; }
    const Scenario& scenario() const { return m_scenario; }

    // Applies lazy QR expiry first, so every caller sees the current phase.
    SimSession* find(const QString& id);
    QList<SimSession*> sessions();
    int count() const { return static_cast<int>(m_scenario.sessions.size()); }
    QStringList ids() const;

    bool add(const SimSession& session);
    bool remove(const QString& id);

    ActionResult scan(const QString& id);   // Qr -> Connected (and the token becomes valid)
    ActionResult unlink(const QString& id); // Connected -> Zombie
    ActionResult setSilent(const QString& id, bool silent);
    // The newest inbound message of a session's chats (nullopt: back to what its phase implies;
    // an invalid time: none at all).
    ActionResult setLastInbound(const QString& id, std::optional<QDateTime> at);

    QString qrFormatFor(const SimSession& session) const;
    QJsonArray stateJson();

private:
    void expireAll();

    Scenario m_scenario;
};

} // namespace sim
