#include "SimHttpServer.h"

#include "HttpWire.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QUrlQuery>

namespace sim {

QString SimRequest::queryItem(const QString& name) const
{
    const QUrlQuery q(query);
    return q.hasQueryItem(name) ? q.queryItemValue(name, QUrl::FullyDecoded) : QString();
}

SimHttpServer::SimHttpServer(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

SimRequest SimHttpServer::copyRequest(const QHttpServerRequest& request)
{
    SimRequest out;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    out.method = QByteArray(methods.valueToKey(static_cast<int>(request.method()))).toUpper();
    const QUrl url = request.url();
    out.path = url.path(QUrl::FullyDecoded);
    out.query = url.query(QUrl::FullyDecoded);
    // Split before decoding: an id may contain an encoded '/'.
    const QString encoded = url.path(QUrl::FullyEncoded);
    for (const QString& part : encoded.split(QLatin1Char('/')))
        out.segments.append(QUrl::fromPercentEncoding(part.toUtf8()));
    out.headers = request.headers();
    out.body = request.body();
    return out;
}

bool SimHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    m_handler(copyRequest(request), socket);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request);
    HttpWire::send(socket, HttpReply::jsonError(404, QStringLiteral("Route not found")));
}

} // namespace sim
