#include "activity/ChannelId.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace activity {

QString normaliseChannelId(const QString& id)
{
    QString out;
    out.reserve(id.size());
    for (const QChar c : id) {
        if (!c.isSpace())
            out.append(c);
    }
    return out.toLower();
}

bool differOnlyInCaseOrSpacing(const QString& a, const QString& b)
{
    return a != b && normaliseChannelId(a) == normaliseChannelId(b);
}

bool idNamesSession(const QString& written, const QString& sessionId, const IsSession& isSession)
{
    if (written == sessionId)
        return true;
    if (isSession && isSession(written))
        return false; // it is that other session's, exactly
    return normaliseChannelId(written) == normaliseChannelId(sessionId);
}

const QList<QStringList>& channelPaths()
{
    static const QList<QStringList> paths = {
        {QStringLiteral("sessionId")},
        {QStringLiteral("session"), QStringLiteral("id")},
        {QStringLiteral("session"), QStringLiteral("session")},
        {QStringLiteral("session")},
        {QStringLiteral("data"), QStringLiteral("session"), QStringLiteral("id")},
        {QStringLiteral("data"), QStringLiteral("session"), QStringLiteral("session")},
        {QStringLiteral("metadata"), QStringLiteral("channel_id")},
        {QStringLiteral("metadata"), QStringLiteral("sessionId")},
        {QStringLiteral("channelId")},
        {QStringLiteral("channel")},
        {QStringLiteral("data"), QStringLiteral("channel")},
        {QStringLiteral("raw"), QStringLiteral("payload"), QStringLiteral("session")},
        {QStringLiteral("channel_id")}, // Whapi.Cloud rows, as Pixel Hub logs them: the Whapi channel id
    };
    return paths;
}

const QStringList& activityEventTypes()
{
    static const QStringList types = {
        QStringLiteral("message"),      QStringLiteral("onmessage"),        QStringLiteral("onselfmessage"),
        QStringLiteral("message.sent"), QStringLiteral("message.received"), whapiMessagesEventType(),
    };
    return types;
}

const QStringList& inboundEventTypes()
{
    static const QStringList types = {QStringLiteral("message"), QStringLiteral("onmessage"),
                                      QStringLiteral("message.received")};
    return types;
}

const QList<QStringList>& fromMePaths()
{
    static const QList<QStringList> paths = {
        {QStringLiteral("raw"), QStringLiteral("payload"), QStringLiteral("fromMe")},
        {QStringLiteral("message"), QStringLiteral("fromMe")},
        {QStringLiteral("fromMe")},
    };
    return paths;
}

const QList<QStringList>& accountPaths()
{
    static const QList<QStringList> paths = {
        {QStringLiteral("message"), QStringLiteral("to")},
        {QStringLiteral("raw"), QStringLiteral("payload"), QStringLiteral("to")},
        {QStringLiteral("to")},
    };
    return paths;
}

QString whapiMessagesEventType()
{
    return QStringLiteral("whapi_messages_post");
}

QString eventTypePlaceholders()
{
    QStringList marks;
    for (qsizetype i = 0; i < activityEventTypes().size(); ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString channelFromPayload(const QByteArray& payloadJson)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payloadJson, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject root = doc.object();
    for (const QStringList& path : channelPaths()) {
        QJsonValue value = root;
        for (const QString& key : path) {
            if (!value.isObject()) {
                value = QJsonValue::Undefined;
                break;
            }
            value = value.toObject().value(key);
        }
        // Only a non-empty string wins; the database side applies the same rule.
        if (value.isString() && !value.toString().isEmpty())
            return normaliseChannelId(value.toString());
    }
    return {};
}

} // namespace activity
