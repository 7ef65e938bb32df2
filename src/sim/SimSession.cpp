#include "SimSession.h"

#include "SimClock.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QRandomGenerator>

#include <array>
#include <utility>

namespace sim {

namespace {

constexpr std::array<std::pair<SimSession::Phase, const char*>, 6> kPhases{{
    {SimSession::Phase::NotStarted, "not_started"},
    {SimSession::Phase::Initializing, "initializing"},
    {SimSession::Phase::Qr, "qr"},
    {SimSession::Phase::Connected, "connected"},
    {SimSession::Phase::Zombie, "zombie"},
    {SimSession::Phase::Disconnected, "disconnected"},
}};

QString randomToken()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QString token;
    for (int i = 0; i < 24; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(64)]);
    return token;
}

} // namespace

QString SimSession::phaseToString(Phase phase)
{
    for (const auto& [p, name] : kPhases) {
        if (p == phase)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<SimSession::Phase> SimSession::phaseFromString(const QString& name)
{
    for (const auto& [p, n] : kPhases) {
        if (name == QLatin1String(n))
            return p;
    }
    return std::nullopt;
}

bool SimSession::isValidQrFormat(const QString& format)
{
    return format == QLatin1String("base64") || format == QLatin1String("dataurl") || format == QLatin1String("data") ||
           format == QLatin1String("text");
}

std::optional<SimSession> SimSession::fromJson(const QJsonObject& object, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<SimSession> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    SimSession session;
    session.id = object.value(QStringLiteral("id")).toString();
    if (session.id.isEmpty())
        return fail(QStringLiteral("session without an \"id\""));
    session.name = object.value(QStringLiteral("name")).toString(session.id);
    const QString phaseName = object.value(QStringLiteral("phase")).toString(QStringLiteral("not_started"));
    const auto phase = phaseFromString(phaseName);
    if (!phase)
        return fail(QStringLiteral("session \"%1\": unknown phase \"%2\"").arg(session.id, phaseName));
    session.qrFormat = object.value(QStringLiteral("qrFormat")).toString();
    if (!session.qrFormat.isEmpty() && !isValidQrFormat(session.qrFormat))
        return fail(QStringLiteral("session \"%1\": unknown qrFormat \"%2\"").arg(session.id, session.qrFormat));
    session.token = object.value(QStringLiteral("token")).toBool(false);
    session.hidden = object.value(QStringLiteral("hidden")).toBool(false);
    session.silent = object.value(QStringLiteral("silent")).toBool(false);
    session.webhookSessionId = object.value(QStringLiteral("webhookSessionId")).toString();
    session.phone = object.value(QStringLiteral("phone")).toString();
    session.setPhase(*phase);
    // Set after setPhase, which clears it: the override holds until the first transition.
    session.rawStatus = object.value(QStringLiteral("rawStatus")).toString();
    return session;
}

void SimSession::setPhase(Phase phase)
{
    m_phase = phase;
    rawStatus.clear();
    qrPolls = 0;
    m_tokenRotation = -1;
    m_phaseClock.start();
}

QString SimSession::wppStatus() const
{
    if (!rawStatus.isEmpty())
        return rawStatus;
    switch (m_phase) {
    case Phase::NotStarted:
    case Phase::Disconnected:
        return QStringLiteral("CLOSED");
    case Phase::Initializing:
        return QStringLiteral("INITIALIZING");
    case Phase::Qr:
        return QStringLiteral("QRCODE");
    case Phase::Connected:
    case Phase::Zombie:
        return QStringLiteral("CONNECTED");
    }
    return QStringLiteral("UNKNOWN");
}

QString SimSession::mapWrapperStatus(const QString& raw)
{
    // The wrapper's mapping, bug included: "disconnected" contains "connected" and the first test wins.
    const QString s = raw.toLower();
    if (s.contains(QLatin1String("connected")) || s == QLatin1String("open"))
        return QStringLiteral("connected");
    if (s.contains(QLatin1String("disconnected")) || s == QLatin1String("close") || s == QLatin1String("closed"))
        return QStringLiteral("disconnected");
    if (s.contains(QLatin1String("qr")) || s == QLatin1String("qr_required") ||
        s.contains(QLatin1String("initializing")) || s.contains(QLatin1String("starting")))
        return QStringLiteral("qr_required");
    return s;
}

QString SimSession::listedStatus() const
{
    return mapWrapperStatus(wppStatus());
}

int SimSession::qrRotation(int rotateMs) const
{
    if (m_phase != Phase::Qr || rotateMs <= 0)
        return 0;
    return static_cast<int>(m_phaseClock.elapsed() / rotateMs);
}

QString SimSession::qrText(int rotateMs)
{
    if (m_phase != Phase::Qr)
        return {};
    const int rotation = qrRotation(rotateMs);
    if (rotation != m_tokenRotation) {
        m_tokenRotation = rotation;
        m_qrToken = randomToken();
    }
    return QStringLiteral("2@sim,") + id + QLatin1Char(',') + QString::number(rotation) + QLatin1Char(',') + m_qrToken;
}

bool SimSession::expireQr(int rotateMs, int maxRotations)
{
    if (m_phase != Phase::Qr || maxRotations <= 0 || qrRotation(rotateMs) < maxRotations)
        return false;
    token = false;
    setPhase(Phase::Disconnected);
    return true;
}

QDateTime SimSession::lastInboundUtc() const
{
    if (inboundOverride)
        return *inboundOverride;
    const QDateTime now = SimClock::nowUtc();
    if (m_phase == Phase::Zombie || (m_phase == Phase::Connected && silent))
        return now.addSecs(-QuietInboundAgeSeconds);
    if (m_phase == Phase::Connected)
        return now.addSecs(-LiveInboundAgeSeconds);
    return {};
}

QJsonObject SimSession::toStateJson(int rotateMs)
{
    QJsonObject state{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("phase"), phaseToString(m_phase)},
        {QStringLiteral("listedStatus"), listedStatus()},
        {QStringLiteral("wppStatus"), wppStatus()},
        {QStringLiteral("token"), token},
        {QStringLiteral("hidden"), hidden},
        {QStringLiteral("silent"), silent},
        {QStringLiteral("qrPolls"), qrPolls},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("pairingCodeGiven"), pairingCodeGiven},
        {QStringLiteral("pairingPhone"), pairingPhone},
        {QStringLiteral("pairingCode"), pairingCodeGiven ? QJsonValue(pairingCode) : QJsonValue(QJsonValue::Null)},
    };
    const QDateTime inbound = lastInboundUtc();
    state.insert(QStringLiteral("lastInboundAt"),
                 inbound.isValid() ? QJsonValue(inbound.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
    if (m_phase == Phase::Qr) {
        state.insert(QStringLiteral("qrText"), qrText(rotateMs));
        state.insert(QStringLiteral("qrRotation"), qrRotation(rotateMs));
    } else {
        state.insert(QStringLiteral("qrText"), QJsonValue::Null);
    }
    return state;
}

} // namespace sim
