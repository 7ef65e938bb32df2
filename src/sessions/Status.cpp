#include "Status.h"

#include <QCoreApplication>

namespace sessions {

namespace {

QString squeeze(const QString& raw)
{
    QString key;
    key.reserve(raw.size());
    for (const QChar c : raw) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

} // namespace

Status statusFromGateway(const QString& raw)
{
    // Compare on letters and digits only: "QR_REQUIRED", "qr required" and "qrRequired" are one word.
    const QString key = squeeze(raw);
    if (key.isEmpty())
        return Status::Unknown;

    // Negative forms first: the gateway's own substring test turned "disconnected" into "connected".
    static const QStringList disconnected = {
        QStringLiteral("disconnected"),    QStringLiteral("desconnectedmobile"),
        QStringLiteral("close"),           QStringLiteral("closed"),
        QStringLiteral("notlogged"),       QStringLiteral("unpaired"),
        QStringLiteral("sessionunpaired"), QStringLiteral("browserclose"),
        QStringLiteral("autoclosecalled"), QStringLiteral("serverclose"),
        QStringLiteral("deleted"),         QStringLiteral("logout"),
        QStringLiteral("loggedout"),       QStringLiteral("offline"),
        QStringLiteral("failed"),          QStringLiteral("stopped"),
        QStringLiteral("desconectado"),
    };
    if (disconnected.contains(key))
        return Status::Disconnected;

    static const QStringList connected = {
        QStringLiteral("connected"),   QStringLiteral("open"),      QStringLiteral("inchat"),
        QStringLiteral("islogged"),    QStringLiteral("online"),    QStringLiteral("working"),
        QStringLiteral("successchat"), QStringLiteral("conectado"),
    };
    if (connected.contains(key))
        return Status::Connected;

    static const QStringList qr = {
        QStringLiteral("qr"),        QStringLiteral("qrrequired"),  QStringLiteral("qrcode"),
        QStringLiteral("waitingqr"), QStringLiteral("scanqrcode"),  QStringLiteral("qrreaderror"),
        QStringLiteral("qrpending"), QStringLiteral("notloggedqr"),
    };
    if (qr.contains(key))
        return Status::QrPending;

    static const QStringList starting = {
        QStringLiteral("starting"),  QStringLiteral("initializing"), QStringLiteral("initialising"),
        QStringLiteral("opening"),   QStringLiteral("pairing"),      QStringLiteral("unlaunched"),
        QStringLiteral("launching"), QStringLiteral("connecting"),   QStringLiteral("syncing"),
    };
    if (starting.contains(key))
        return Status::Starting;

    return Status::Unknown;
}

Status statusOf(const QString& dialectKey, const QString& raw)
{
    if (dialectKey.isEmpty())
        return statusFromGateway(raw);
    for (const Status s : {Status::Connected, Status::Disconnected, Status::QrPending, Status::Starting}) {
        if (statusKey(s) == dialectKey)
            return s;
    }
    return Status::Unknown;
}

QString statusKey(Status status)
{
    switch (status) {
    case Status::Connected:
        return QStringLiteral("connected");
    case Status::Disconnected:
        return QStringLiteral("disconnected");
    case Status::QrPending:
        return QStringLiteral("qr_pending");
    case Status::Starting:
        return QStringLiteral("starting");
    case Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<Status> statusFromKey(const QString& key)
{
    for (const Status s :
         {Status::Connected, Status::Disconnected, Status::QrPending, Status::Starting, Status::Unknown}) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString statusLabel(Status status, const QString& raw)
{
    switch (status) {
    case Status::Connected:
        return QCoreApplication::translate("sessions::Status", "Connected");
    case Status::Disconnected:
        return QCoreApplication::translate("sessions::Status", "Disconnected");
    case Status::QrPending:
        return QCoreApplication::translate("sessions::Status", "Waiting for QR scan");
    case Status::Starting:
        return QCoreApplication::translate("sessions::Status", "Starting");
    case Status::Unknown:
        break;
    }
    return raw.trimmed().isEmpty() ? QCoreApplication::translate("sessions::Status", "Unknown") : raw.trimmed();
}

} // namespace sessions
