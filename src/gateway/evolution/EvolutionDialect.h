#pragma once

#include "gateway/Dialect.h"

#include <QJsonValue>

namespace gateway::evolution {

// Evolution API v2 (dialects.md §2): header apikey (the global key); every operation.
class EvolutionDialect : public Dialect
{
public:
    QString name() const override { return QStringLiteral("evolution"); }
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

// Pure readers of Evolution's JSON, for the dialect and its tests.
// One fetchInstances row: v2's flat row ({name, connectionStatus, ownerJid, profileName,
// disconnectionReasonCode}) or v1's {"instance": {instanceName, status, owner, profileName}}.
std::optional<ChannelInfo> instanceFromJson(const QJsonValue& item);
// open -> connected, connecting -> starting, close / refused -> disconnected, else unknown.
QString statusKeyOf(const QString& state);
// A 2xx that carries {"error": true, "message": ...} is a failure (connect, restart).
Result failedIfErrorFlag(Result r);

} // namespace gateway::evolution
