#pragma once

#include "gateway/Dialect.h"

namespace gateway::pixelhub {

// The Pixel Hub gateway-wrapper in front of wppconnect-server (gateway-contract.md): header
// X-Gateway-Secret; list, get, create, start-session, QR and delete; no restart, logout or pairing
// code (a fresh QR needs delete + create).
class PixelhubDialect : public Dialect
{
public:
    QString name() const override { return QStringLiteral("pixelhub"); }
    Capabilities capabilities() const override;
    Request request(Operation op, const QString& id, const QString& arg) const override;
    void authorize(QNetworkRequest& request, const QString& secret, const QString& sessionToken) const override;

    Result parseList(Result r, QList<ChannelInfo>& out) const override;
    std::optional<Result> parseListBody(const QByteArray& body, int httpStatus, QList<ChannelInfo>& out) const override;
    Result parseChannel(Result r, const QString& id, std::optional<ChannelInfo>& out) const override;
    Result parseCreate(Result r, bool& alreadyExists) const override;
    Result parseStart(Result r, bool& unsupported) const override;
    Result parseQr(Result r, QrReply& out) const override;
    Result parseAction(Operation op, Result r) const override;
    Result parseHealth(Result r, QString& version) const override;
};

} // namespace gateway::pixelhub
