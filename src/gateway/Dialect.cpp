#include "Dialect.h"

#include "gateway/JobHelpers.h"
#include "gateway/evolution/EvolutionDialect.h"
#include "gateway/pixelhub/PixelhubDialect.h"
#include "gateway/waha/WahaDialect.h"
#include "gateway/whapi/WhapiDialect.h"
#include "gateway/wppconnect/WppconnectDialect.h"

namespace gateway {

bool Dialect::supports(Operation op) const
{
    const Capabilities c = capabilities();
    switch (op) {
    case Operation::List:
        return c.list;
    case Operation::Create:
        return c.create;
    case Operation::Delete:
        return c.remove;
    case Operation::Start:
        return c.start;
    case Operation::Restart:
        return c.restart;
    case Operation::Logout:
        return c.logout;
    case Operation::PairingCode:
        return c.pairingCode;
    case Operation::LastActivity:
        return c.lastActivity;
    case Operation::SessionToken:
        return needsSessionToken();
    case Operation::Get:
    case Operation::Qr:
    case Operation::Health:
        return true;
    }
    return false;
}

Result Dialect::parsePairingCode(Result r, PairingCode& out) const
{
    Q_UNUSED(out)
    return r;
}

Result Dialect::parseAction(Operation, Result r) const
{
    return r.ok ? refusedIfSaysSo(std::move(r)) : r;
}

Result Dialect::parseHealth(Result r, QString& version) const
{
    Q_UNUSED(version)
    return r;
}

std::optional<Result> Dialect::parseListBody(const QByteArray&, int, QList<ChannelInfo>&) const
{
    return std::nullopt;
}

Result Dialect::parseLastActivity(Result r, QDateTime& out) const
{
    Q_UNUSED(out)
    return r;
}

Result Dialect::parseSessionToken(Result r, QString& token) const
{
    Q_UNUSED(token)
    return r;
}

text::LiveText Dialect::unsupportedMessage(Operation op) const
{
    switch (op) {
    case Operation::List:
        return text::LiveText::translate("Dialect", "A %1 gateway cannot list its sessions.").arg(name());
    case Operation::Create:
        return text::LiveText::translate("Dialect", "A %1 gateway cannot create sessions from this app.").arg(name());
    case Operation::Delete:
        return text::LiveText::translate("Dialect", "A %1 gateway cannot delete sessions from this app.").arg(name());
    case Operation::Start:
        return text::LiveText::translate("Dialect", "A %1 gateway cannot start a session.").arg(name());
    case Operation::Restart:
        return text::LiveText::translate("Dialect", "A %1 gateway cannot restart a session.").arg(name());
    case Operation::Logout:
        return text::LiveText::translate("Dialect", "A %1 gateway cannot log a session out.").arg(name());
    case Operation::PairingCode:
        return text::LiveText::translate(
                   "Dialect", "A %1 gateway cannot link a session with a phone number (pairing code); scan the QR code "
                              "instead.")
            .arg(name());
    case Operation::LastActivity:
        return text::LiveText::translate("Dialect", "A %1 gateway cannot tell when the last message came.").arg(name());
    case Operation::Get:
    case Operation::Qr:
    case Operation::Health:
    case Operation::SessionToken:
        break;
    }
    return text::LiveText::translate("Dialect", "A %1 gateway cannot do this.").arg(name());
}

QStringList dialectNames()
{
    return {QStringLiteral("pixelhub"), QStringLiteral("waha"), QStringLiteral("evolution"), QStringLiteral("whapi"),
            QStringLiteral("wppconnect")};
}

std::shared_ptr<const Dialect> makeDialect(const QString& name)
{
    if (name == QLatin1String("pixelhub"))
        return std::make_shared<pixelhub::PixelhubDialect>();
    if (name == QLatin1String("waha"))
        return std::make_shared<waha::WahaDialect>();
    if (name == QLatin1String("evolution"))
        return std::make_shared<evolution::EvolutionDialect>();
    if (name == QLatin1String("whapi"))
        return std::make_shared<whapi::WhapiDialect>();
    if (name == QLatin1String("wppconnect"))
        return std::make_shared<wppconnect::WppconnectDialect>();
    return nullptr;
}

QString operationName(Operation op)
{
    switch (op) {
    case Operation::List:
        return QStringLiteral("list");
    case Operation::Get:
        return QStringLiteral("get");
    case Operation::Create:
        return QStringLiteral("create");
    case Operation::Start:
        return QStringLiteral("start");
    case Operation::Qr:
        return QStringLiteral("qr");
    case Operation::PairingCode:
        return QStringLiteral("pairing_code");
    case Operation::Restart:
        return QStringLiteral("restart");
    case Operation::Logout:
        return QStringLiteral("logout");
    case Operation::Delete:
        return QStringLiteral("delete");
    case Operation::Health:
        return QStringLiteral("health");
    case Operation::LastActivity:
        return QStringLiteral("last_activity");
    case Operation::SessionToken:
        return QStringLiteral("session_token");
    }
    return {};
}

} // namespace gateway
