#include "HttpReply.h"

#include <QJsonDocument>

namespace sim {

HttpReply HttpReply::json(int status, const QJsonObject& object)
{
    HttpReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::jsonError(int status, const QString& error)
{
    return json(status, QJsonObject{{QStringLiteral("success"), false}, {QStringLiteral("error"), error}});
}

HttpReply HttpReply::html(int status, const QByteArray& page)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = "text/html";
    reply.body = page;
    return reply;
}

} // namespace sim
