#include "PixelhubParsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cctype>
#include <cmath>

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

// A JSON scanner that finds where values begin and end without building a document: a listing
// of 215,000 sessions as one QJsonDocument takes about 80 MB; item by item, a few hundred bytes.
// Loose where a full parser is strict (escapes, numbers); each item is parsed for real after.
class Scanner
{
public:
    Scanner(const char* begin, const char* end)
        : m_p(begin)
        , m_end(end)
    {}

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    char peek()
    {
        skipSpace();
        return m_p < m_end ? *m_p : '\0';
    }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }
    const char* pos() const { return m_p; }

    // A string: its raw bytes between the quotes (escapes left as they are).
    std::optional<QByteArrayView> string()
    {
        if (!take('"'))
            return std::nullopt;
        const char* start = m_p;
        while (m_p < m_end && *m_p != '"') {
            if (static_cast<unsigned char>(*m_p) < 0x20)
                return std::nullopt;
            m_p += *m_p == '\\' ? 2 : 1;
        }
        if (m_p >= m_end)
            return std::nullopt;
        return QByteArrayView(start, m_p++ - start);
    }

    // Skips one value of any kind; false when it is not one.
    bool skipValue(int depth = 0)
    {
        if (depth > 512)
            return false;
        switch (peek()) {
        case '"':
            return string().has_value();
        case '{':
            ++m_p;
            if (take('}'))
                return true;
            do {
                if (!string() || !take(':') || !skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take('}');
        case '[':
            ++m_p;
            if (take(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take(']');
        default:
            break;
        }
        const char* start = m_p;
        while (m_p < m_end &&
               (std::isalnum(static_cast<unsigned char>(*m_p)) || *m_p == '-' || *m_p == '+' || *m_p == '.'))
            ++m_p;
        const QByteArrayView token(start, m_p - start);
        if (token == "true" || token == "false" || token == "null")
            return true;
        bool ok = false;
        return !std::isnan(token.toDouble(&ok)) && ok;
    }

private:
    const char* m_p;
    const char* m_end;
};

// The byte span of each member value of the object at the scanner (key, span); nullopt when it
// is not an object.
std::optional<QList<std::pair<QByteArrayView, QByteArrayView>>> members(Scanner& scan)
{
    QList<std::pair<QByteArrayView, QByteArrayView>> out;
    if (!scan.take('{'))
        return std::nullopt;
    if (scan.take('}'))
        return out;
    do {
        const auto key = scan.string();
        if (!key || !scan.take(':'))
            return std::nullopt;
        scan.skipSpace();
        const char* start = scan.pos();
        if (!scan.skipValue())
            return std::nullopt;
        out.append({*key, QByteArrayView(start, scan.pos() - start)});
    } while (scan.take(','));
    if (!scan.take('}'))
        return std::nullopt;
    return out;
}

QByteArrayView memberSpan(const QList<std::pair<QByteArrayView, QByteArrayView>>& object, const char* key)
{
    for (const auto& [name, span] : object) {
        if (name == QByteArrayView(key))
            return span;
    }
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

std::optional<QList<ChannelInfo>> parseChannelList(const QByteArray& body)
{
    // The same places as the document form, found by scanning; only the items are parsed.
    Scanner root(body.constBegin(), body.constEnd());
    QByteArrayView list;
    if (root.peek() == '[') {
        list = QByteArrayView(body);
    } else {
        const auto top = members(root);
        if (!top || !root.atEnd())
            return std::nullopt;
        const auto isArray = [](QByteArrayView span) { return span.trimmed().startsWith('['); };
        for (const char* key : {"channels", "sessions"}) {
            if (list.isEmpty() && isArray(memberSpan(*top, key)))
                list = memberSpan(*top, key);
        }
        const QByteArrayView data = memberSpan(*top, "data").trimmed();
        if (list.isEmpty() && data.startsWith('{')) {
            Scanner inner(data.begin(), data.end());
            if (const auto nested = members(inner)) {
                for (const char* key : {"channels", "sessions"}) {
                    if (list.isEmpty() && isArray(memberSpan(*nested, key)))
                        list = memberSpan(*nested, key);
                }
            }
        }
        if (list.isEmpty() && isArray(data))
            list = data;
    }
    if (list.isEmpty())
        return std::nullopt;

    Scanner scan(list.begin(), list.end());
    if (!scan.take('['))
        return std::nullopt;
    QList<ChannelInfo> channels;
    // The items are counted first, so the list is allocated once, at its size: grown by appends,
    // a listing of 215,000 sessions took 67 MB of room for 38 MB of sessions.
    qsizetype count = 0;
    Scanner counter = scan; // the loop below, without parsing; that loop judges the syntax
    if (!counter.take(']')) {
        do {
            counter.skipSpace();
            if (!counter.skipValue())
                break;
            ++count;
        } while (counter.take(','));
    }
    channels.reserve(count);
    QSet<QString> statuses; // one copy of each status text, shared by the items
    if (!scan.take(']')) {
        do {
            scan.skipSpace();
            const char* start = scan.pos();
            if (!scan.skipValue())
                return std::nullopt;
            const QByteArrayView span(start, scan.pos() - start);
            // Each item alone: an object directly, anything else as the one element of an array.
            QJsonValue item;
            QJsonParseError error{};
            if (span.startsWith('{')) {
                item = QJsonDocument::fromJson(QByteArray::fromRawData(span.data(), span.size()), &error).object();
            } else {
                const QByteArray wrapped = '[' + span.toByteArray() + ']';
                item = QJsonDocument::fromJson(wrapped, &error).array().at(0);
            }
            if (error.error != QJsonParseError::NoError)
                return std::nullopt;
            auto info = channelFromItem(item);
            if (!info)
                continue;
            if (const auto known = statuses.constFind(info->rawStatus); known != statuses.cend())
                info->rawStatus = *known;
            else
                statuses.insert(info->rawStatus);
            channels.append(std::move(*info));
        } while (scan.take(','));
        if (!scan.take(']'))
            return std::nullopt;
    }
    if (list.data() == body.constData() && !scan.atEnd())
        return std::nullopt; // something after the array
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
