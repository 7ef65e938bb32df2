#pragma once

#include "gateway/Dialect.h"

#include <QJsonValue>

namespace gateway::whapi {

// Whapi.Cloud's gate API (dialects.md §3): one profile is one channel, its token the credential
// (Authorization: Bearer). No list, create, delete or restart: the channel is read from /health,
// always with wakeup=false so a poll never launches it.
class WhapiDialect : public Dialect
{
public:
    QString name() const override { return QStringLiteral("whapi"); }
    Capabilities capabilities() const override;
    Request request(Operation op, const QString& id, const QString& arg) const override;
    void authorize(QNetworkRequest& request, const QString& secret, const QString& sessionToken) const override;

    Result parseList(Result r, QList<ChannelInfo>& out) const override;
    Result parseChannel(Result r, const QString& id, std::optional<ChannelInfo>& out) const override;
    Result parseCreate(Result r, bool& alreadyExists) const override;
    Result parseStart(Result r, bool& unsupported) const override;
    Result parseQr(Result r, QrReply& out) const override;
    Result parsePairingCode(Result r, PairingCode& out) const override;
    Result parseAction(Operation op, Result r) const override;
    Result parseHealth(Result r, QString& version) const override;
    Result parseLastActivity(Result r, QDateTime& out) const override;
};

// The channel of a Health body ({channel_id, status: {code, text}, user: {id, name}}).
std::optional<ChannelInfo> channelFromHealth(const QJsonValue& body);
// AUTH -> connected, QR -> qr_pending, INIT / LAUNCH -> starting, NOT_INIT / ERROR / SYNC_ERROR /
// STOP -> disconnected, else unknown. By text, never by the (partly unverified) numeric code.
QString statusKeyOf(const QString& text);

} // namespace gateway::whapi
