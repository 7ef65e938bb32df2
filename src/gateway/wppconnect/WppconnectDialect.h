#pragma once

#include "gateway/Dialect.h"

#include <QJsonValue>

namespace gateway::wppconnect {

// wppconnect-server used directly (dialects.md §4): the server secret generates one bearer token
// per session (POST /api/{s}/{SECRET}/generate-token, kept in memory by the client); the list is
// show-all-sessions (names only, from the token store); a session's status is status-session.
// Restart is close-session + start-session on the server's side, which one request cannot do, so
// the dialect offers no restart; delete is clear-session-data (it needs the secret).
class WppconnectDialect : public Dialect
{
public:
    QString name() const override { return QStringLiteral("wppconnect"); }
    Capabilities capabilities() const override;
    Request request(Operation op, const QString& id, const QString& arg) const override;
    void authorize(QNetworkRequest& request, const QString& secret, const QString& sessionToken) const override;
    bool needsSessionToken() const override { return true; }

    Result parseList(Result r, QList<ChannelInfo>& out) const override;
    Result parseChannel(Result r, const QString& id, std::optional<ChannelInfo>& out) const override;
    Result parseCreate(Result r, bool& alreadyExists) const override;
    Result parseStart(Result r, bool& unsupported) const override;
    Result parseQr(Result r, QrReply& out) const override;
    Result parsePairingCode(Result r, PairingCode& out) const override;
    Result parseAction(Operation op, Result r) const override;
    Result parseHealth(Result r, QString& version) const override;
    Result parseSessionToken(Result r, QString& token) const override;
};

// CONNECTED -> connected, QRCODE / PHONECODE -> qr_pending, INITIALIZING -> starting,
// CLOSED / DISCONNECTED / null (no client) -> disconnected, else unknown. Case-insensitive: the
// held start-session reply says "qrcode" and "phoneCode".
QString statusKeyOf(const QJsonValue& status);

} // namespace gateway::wppconnect
