#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace gateway {

// One session as the gateway describes it, before normalisation.
struct ChannelInfo
{
    QString id;
    QString name;
    QString rawStatus; // verbatim; empty when the gateway gave none
    QJsonObject raw;   // the item as received, for "show"

    bool operator==(const ChannelInfo&) const = default;
};

// GET /api/channels: the array at `channels` or `data.channels` (or `sessions`); id from `id`,
// `name`, `channel_id` or `session`; status from `status`, `state`, `connection` or a boolean
// `connected`. Items without an id are skipped. nullopt when there is no list at all.
std::optional<QList<ChannelInfo>> parseChannelList(const QJsonValue& body);
// The same from the answer's bytes, item by item, without a document of the whole answer (a
// listing of 215,000 sessions fits under the 8 MiB cap): the items' `raw` stays empty. nullopt
// also when the body is not valid JSON (the document form then says why).
std::optional<QList<ChannelInfo>> parseChannelList(const QByteArray& body);

// GET /api/channels/{id}: the status is nested under `channel` (also `data.channel`); the
// top-level `status`/`connection`/`connected` are fallbacks. nullopt when nothing identifies it.
std::optional<ChannelInfo> parseChannel(const QJsonValue& body, const QString& requestedId);

// What a /qr answer says: a QR payload (raw base64 PNG, data URL, http URL or raw QR text,
// still undecoded), and/or the upper-cased gateway status (CONNECTED, INITIALIZING) and message.
struct QrAnswer
{
    QString payload;
    QString status;
    QString message;
};

// The contract's search order: top-level qr, qr_base64, qrcode, base64Qrimg, base64, base64Image,
// image, qrcode_base64; then `data` (object or string), then `result`.
QrAnswer parseQr(const QJsonValue& body);

} // namespace gateway
