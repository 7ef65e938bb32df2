#pragma once

#include "gateway/Dialect.h"

#include <QJsonValue>

namespace gateway::waha {

// WAHA (devlikeapro/waha), dialects.md §1: header X-Api-Key; every operation, natively.
class WahaDialect : public Dialect
{
public:
    QString name() const override { return QStringLiteral("waha"); }
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

// Pure readers of WAHA's JSON, for the dialect and its tests.
// One SessionInfo ({name, status, me:{id, pushName}, ...}); nullopt without a name.
std::optional<ChannelInfo> sessionFromJson(const QJsonValue& item);
// WORKING -> connected, SCAN_QR_CODE / PASSKEY_* -> qr_pending, STARTING -> starting,
// STOPPED / FAILED -> disconnected, anything else -> unknown (dialects.md §0.1).
QString statusKeyOf(const QString& status);

} // namespace gateway::waha
