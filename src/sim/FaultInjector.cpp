#include "FaultInjector.h"

#include <QJsonObject>

namespace sim {

namespace {

constexpr qsizetype kOversizedBytes = 12 * 1024 * 1024;

QList<QPair<QByteArray, QByteArray>> nginxHeaders()
{
    return {{"Server", "nginx/1.24.0"}, {"Connection", "keep-alive"}};
}

} // namespace

void FaultInjector::set(const FaultSpec& fault)
{
    m_faults.removeIf([&fault](const FaultSpec& f) {
        return f.pathPrefix == fault.pathPrefix && f.method.compare(fault.method, Qt::CaseInsensitive) == 0;
    });
    if (fault.kind != FaultKind::None && fault.count != 0)
        m_faults.append(fault);
}

std::optional<FaultSpec> FaultInjector::take(const QByteArray& method, const QString& path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        FaultSpec& fault = m_faults[i];
        if (!path.startsWith(fault.pathPrefix))
            continue;
        if (!fault.method.isEmpty() && fault.method.compare(QLatin1String(method), Qt::CaseInsensitive) != 0)
            continue;
        const FaultSpec hit = fault;
        if (fault.count > 0 && --fault.count == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

QByteArray FaultInjector::nginxPage(int status, const QByteArray& title)
{
    const QByteArray heading = QByteArray::number(status) + ' ' + title;
    return "<html>\r\n<head><title>" + heading + "</title></head>\r\n<body>\r\n<center><h1>" + heading +
           "</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n";
}

HttpReply FaultInjector::reply(const FaultSpec& fault, const std::function<QByteArray()>& listing)
{
    HttpReply out;
    switch (fault.kind) {
    case FaultKind::None:
        break;
    case FaultKind::Json401:
        out = HttpReply::jsonError(401, QStringLiteral("Invalid gateway secret"));
        break;
    case FaultKind::Html401:
        out = HttpReply::html(401, nginxPage(401, "Authorization Required"));
        out.headers = nginxHeaders();
        out.headers.emplace_back("WWW-Authenticate", "Basic realm=\"Acesso Restrito - Gateway WhatsApp\"");
        out.headers.emplace_back("x-server-block", "wpp-gateway");
        break;
    case FaultKind::Html504:
        out = HttpReply::html(504, nginxPage(504, "Gateway Time-out"));
        out.headers = nginxHeaders();
        break;
    case FaultKind::Json500:
        out = HttpReply::jsonError(500, QStringLiteral("Internal server error"));
        break;
    case FaultKind::Html500:
        out = HttpReply::html(500, nginxPage(500, "Internal Server Error"));
        out.headers = nginxHeaders();
        break;
    case FaultKind::RouteNotFound404:
        out = HttpReply::jsonError(404, QStringLiteral("Route not found"));
        break;
    case FaultKind::Empty200:
        out.status = 200;
        break;
    case FaultKind::Error200:
        out.status = 200;
        out.body = R"({"error":true,"message":"BadRequestException: simulated failure"})";
        break;
    case FaultKind::Truncated: {
        const QByteArray full = listing();
        out.body = full.left(full.size() / 2);
        break;
    }
    case FaultKind::InvalidJson:
        out.body = R"({"success": true, "channels": [})";
        break;
    case FaultKind::Oversized: {
        QByteArray body = R"({"success":true,"channels":[],"padding":")";
        const QByteArray tail = "\"}";
        body.append(kOversizedBytes - body.size() - tail.size(), 'x');
        body.append(tail);
        out.body = body;
        break;
    }
    case FaultKind::Reset: {
        // Long enough that half of it is clearly a partial answer.
        QByteArray body = listing();
        while (body.size() < 4096)
            body.append(' ');
        out.body = body;
        out.transport = HttpReply::Transport::Reset;
        break;
    }
    case FaultKind::Stall:
        out.transport = HttpReply::Transport::Stall;
        break;
    }
    out.delayMs = fault.delayMs;
    return out;
}

} // namespace sim
