#pragma once

#include "gateway/Types.h"

#include <QJsonValue>

#include <optional>

namespace gateway::pixelhub {

// Pure parsers of the Pixel Hub wrapper's answers (gateway-contract.md).

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

// The contract's search order: top-level qr, qr_base64, qrcode, base64Qrimg, base64, base64Image,
// image, qrcode_base64; then `data` (object or string), then `result`.
QrAnswer parseQr(const QJsonValue& body);

} // namespace gateway::pixelhub
