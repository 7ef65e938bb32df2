#include "PixelhubParsers.h"

#include <QJsonArray>

namespace gateway::pixelhub {

namespace {

QString stringAt(const QJsonObject& o, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
        if (v.isDouble())
            return QString::number(v.toInteger());
    }
    return {};
}

QString statusOf(const QJsonObject& o)
{
    const QString s = stringAt(o, {"status", "state", "connectionState", "connection"});
    if (!s.isEmpty())
        return s;
    const QJsonValue connected = o.value(QLatin1String("connected"));
    if (connected.isBool())
        return connected.toBool() ? QStringLiteral("connected") : QStringLiteral("disconnected");
    if (connected.isString()) {
        const QString c = connected.toString().trimmed().toLower();
        if (c == QLatin1String("true"))
            return QStringLiteral("connected");
        if (c == QLatin1String("false"))
            return QStringLiteral("disconnected");
    }
    return {};
}

std::optional<ChannelInfo> channelFromItem(const QJsonValue& item)
{
    ChannelInfo info;
    if (item.isString()) {
        info.id = item.toString().trimmed();
    } else if (item.isObject()) {
        const QJsonObject o = item.toObject();
        info.raw = o;
        info.id = stringAt(o, {"id", "name", "channel_id", "session", "session_id", "sessionId"});
        info.name = stringAt(o, {"name", "displayName", "display_name"});
        info.rawStatus = statusOf(o);
    }
    if (info.id.isEmpty())
        return std::nullopt;
    if (info.name.isEmpty())
        info.name = info.id;
    return info;
}

QString qrString(const QJsonValue& v)
{
    if (v.isString())
        return v.toString().trimmed();
    return {};
}

QString qrIn(const QJsonObject& o)
{
    for (const char* key : {"qr", "qr_base64", "qrcode", "base64Qrimg", "base64", "base64Image", "image",
                            "qrcode_base64", "qrCode", "urlCode"}) {
        const QString s = qrString(o.value(QLatin1String(key)));
        if (!s.isEmpty())
            return s;
    }
    return {};
}

QString qrInNested(const QJsonValue& v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isObject())
        return qrIn(v.toObject());
    return {};
}

} // namespace

std::optional<QList<ChannelInfo>> parseChannelList(const QJsonValue& body)
{
    QJsonValue list;
    if (body.isArray()) {
        list = body;
    } else {
        const QJsonObject root = body.toObject();
        for (const char* key : {"channels", "sessions"}) {
            if (root.value(QLatin1String(key)).isArray()) {
                list = root.value(QLatin1String(key));
                break;
            }
        }
        if (!list.isArray()) {
            const QJsonObject data = root.value(QLatin1String("data")).toObject();
            for (const char* key : {"channels", "sessions"}) {
                if (data.value(QLatin1String(key)).isArray()) {
                    list = data.value(QLatin1String(key));
                    break;
                }
            }
        }
        if (!list.isArray() && root.value(QLatin1String("data")).isArray())
            list = root.value(QLatin1String("data"));
    }
    if (!list.isArray())
        return std::nullopt;

    QList<ChannelInfo> channels;
    const QJsonArray array = list.toArray();
    channels.reserve(array.size());
    for (const QJsonValue& item : array) {
        if (auto info = channelFromItem(item))
            channels.append(*info);
    }
    return channels;
}

std::optional<ChannelInfo> parseChannel(const QJsonValue& body, const QString& requestedId)
{
    const QJsonObject root = body.toObject();
    if (root.isEmpty())
        return std::nullopt;
    QJsonObject channel = root.value(QLatin1String("channel")).toObject();
    if (channel.isEmpty())
        channel = root.value(QLatin1String("data")).toObject().value(QLatin1String("channel")).toObject();
    if (channel.isEmpty())
        channel = root.value(QLatin1String("session")).toObject();

    ChannelInfo info;
    info.raw = root;
    info.id = stringAt(channel, {"id", "name", "channel_id", "session"});
    info.name = stringAt(channel, {"name"});
    info.rawStatus = statusOf(channel);
    if (info.rawStatus.isEmpty()) {
        // The wrapper's own `status` would be the HTTP code in PixelHub's dict; here it is the body's,
        // so a string `status` at the top is the gateway's word for the session.
        const QJsonValue top = root.value(QLatin1String("status"));
        if (top.isString())
            info.rawStatus = top.toString().trimmed();
        else
            info.rawStatus =
                statusOf(QJsonObject{{QStringLiteral("connection"), root.value(QLatin1String("connection"))},
                                     {QStringLiteral("connected"), root.value(QLatin1String("connected"))}});
    }
    if (info.id.isEmpty())
        info.id = requestedId;
    if (info.name.isEmpty())
        info.name = info.id;
    if (info.id.isEmpty() || (channel.isEmpty() && info.rawStatus.isEmpty()))
        return std::nullopt;
    return info;
}

QrAnswer parseQr(const QJsonValue& body)
{
    QrAnswer answer;
    const QJsonObject root = body.toObject();
    answer.payload = qrIn(root);
    if (answer.payload.isEmpty())
        answer.payload = qrInNested(root.value(QLatin1String("data")));
    if (answer.payload.isEmpty())
        answer.payload = qrInNested(root.value(QLatin1String("result")));

    const QJsonValue status = root.value(QLatin1String("status"));
    if (status.isString())
        answer.status = status.toString().trimmed().toUpper();
    else if (root.value(QLatin1String("data")).toObject().value(QLatin1String("status")).isString())
        answer.status =
            root.value(QLatin1String("data")).toObject().value(QLatin1String("status")).toString().trimmed().toUpper();
    const QJsonValue message = root.value(QLatin1String("message"));
    if (message.isString())
        answer.message = message.toString().trimmed();
    return answer;
}

} // namespace gateway::pixelhub
