#include "history/HistoryEvent.h"

#include <QJsonObject>
#include <QSysInfo>
#include <QUuid>

namespace history {

QString Event::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject Event::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("at"), isoUtc(atMs));
    o.insert(QStringLiteral("gateway"), gateway);
    o.insert(QStringLiteral("session"), session);
    if (isStatus()) {
        o.insert(QStringLiteral("kind"), QStringLiteral("status"));
        o.insert(QStringLiteral("from"), from ? QJsonValue(sessions::statusKey(*from)) : QJsonValue());
        o.insert(QStringLiteral("to"), sessions::statusKey(to));
        o.insert(QStringLiteral("gateway_status"), gatewayStatus);
        o.insert(QStringLiteral("zombie"), toZombie);
    } else {
        o.insert(QStringLiteral("kind"), QStringLiteral("action"));
        o.insert(QStringLiteral("action"), action);
        o.insert(QStringLiteral("actor"), actor);
        o.insert(QStringLiteral("result"), result);
    }
    return o;
}

const QStringList& actionNames()
{
    static const QStringList names = {
        QStringLiteral("create"), QStringLiteral("reconnect"), QStringLiteral("restart"),  QStringLiteral("logout"),
        QStringLiteral("delete"), QStringLiteral("threshold"), QStringLiteral("settings"),
    };
    return names;
}

bool isActionName(const QString& name)
{
    return actionNames().contains(name);
}

QString currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    QString host = QSysInfo::machineHostName();
    if (host.isEmpty())
        host = QStringLiteral("unknown");
    return user + u'@' + host;
}

QString isoUtc(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

qint64 SessionState::statusSinceMs() const
{
    if (status == sessions::Status::Connected && linkedMs > sinceMs)
        return linkedMs;
    return sinceMs;
}

std::optional<qint64> connectedForMs(const SessionState* last, sessions::Status status, qint64 nowMs)
{
    if (status != sessions::Status::Connected || !last)
        return std::nullopt;
    qint64 since = -1;
    if (!last->seen)
        since = last->linkedMs; // created by the app, not seen by a refresh yet
    else if (last->status != sessions::Status::Connected)
        return 0;
    else
        since = last->statusSinceMs();
    if (since < 0)
        return std::nullopt;
    return std::max<qint64>(0, nowMs - since);
}

} // namespace history
