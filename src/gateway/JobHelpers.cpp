#include "JobHelpers.h"

#include "gateway/ResponseClassifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace gateway {

using text::LiveText;

bool successIsFalse(const QJsonValue& success)
{
    if (success.isBool())
        return !success.toBool();
    if (success.isDouble())
        return success.toDouble() == 0;
    if (success.isString()) {
        const QString text = success.toString().trimmed();
        return text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || text == QLatin1String("0");
    }
    return false;
}

Result refused(Result result)
{
    result.ok = false;
    result.kind = ErrorKind::Http;
    result.gatewayError = gatewayErrorText(result.json);
    result.message =
        result.gatewayError.isEmpty()
            ? LiveText::translate("GatewayJob", "The gateway reported a failure without saying why (HTTP %1).")
                  .arg(result.httpStatus)
            : LiveText::translate("GatewayJob", "The gateway reported a failure: %1")
                  .arg(gatewayWords(result.gatewayError));
    return result;
}

Result refusedIfSaysSo(Result result)
{
    if (!successIsFalse(result.json.toObject().value(QLatin1String("success"))))
        return result;
    return refused(std::move(result));
}

Result refusedUnlessDone(Result result)
{
    const QJsonObject body = result.json.toObject();
    const QJsonValue error = body.value(QLatin1String("error"));
    if (!body.contains(QLatin1String("success")) && error.isString() && !error.toString().trimmed().isEmpty())
        return refused(std::move(result));
    return refusedIfSaysSo(std::move(result));
}

Result failWithBody(Result result, const text::LiveText& fallbackMessage)
{
    result.ok = false;
    result.gatewayError = gatewayErrorText(result.json);
    const bool saysFailure = successIsFalse(result.json.toObject().value(QLatin1String("success")));
    if (saysFailure && !result.gatewayError.isEmpty()) {
        result.kind = ErrorKind::Http;
        result.message = LiveText::translate("GatewayJob", "The gateway reported a failure: %1")
                             .arg(gatewayWords(result.gatewayError));
    } else {
        result.kind = ErrorKind::BadBody;
        result.message = fallbackMessage;
    }
    return result;
}

QString accountFromJid(const QString& jid)
{
    QString digits;
    for (const QChar c : jid.section(QLatin1Char('@'), 0, 0).section(QLatin1Char(':'), 0, 0)) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QDateTime timeFromEpoch(const QJsonValue& value)
{
    qint64 n = 0;
    if (value.isDouble())
        n = value.toInteger();
    else if (value.isString())
        n = value.toString().trimmed().toLongLong();
    if (n <= 0)
        return {};
    // Seconds until the year 5138; anything larger is milliseconds.
    return n > 100000000000LL ? QDateTime::fromMSecsSinceEpoch(n, Qt::UTC) : QDateTime::fromSecsSinceEpoch(n, Qt::UTC);
}

QString stringAt(const QJsonObject& object, const char* key)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

Result asState(Result result)
{
    result.ok = true;
    result.kind = ErrorKind::None;
    result.message.clear();
    return result;
}

QString encodedSegment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace gateway
