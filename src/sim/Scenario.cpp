#include "Scenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace sim {

std::optional<Scenario> Scenario::fromJson(const QJsonObject& object, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<Scenario> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Scenario scenario;
    scenario.listDelayPerSessionMs = qMax(0, object.value(QStringLiteral("listDelayPerSessionMs")).toInt(0));
    scenario.qrRotateSeconds = object.value(QStringLiteral("qrRotateSeconds")).toDouble(20.0);
    if (scenario.qrRotateSeconds <= 0.0)
        return fail(QStringLiteral("qrRotateSeconds must be positive"));
    scenario.qrAfterPolls = qMax(0, object.value(QStringLiteral("qrAfterPolls")).toInt(2));
    scenario.qrMaxRotations = qMax(0, object.value(QStringLiteral("qrMaxRotations")).toInt(6));
    scenario.qrPatched = object.value(QStringLiteral("qrPatched")).toBool(true);
    scenario.createdHidden = object.value(QStringLiteral("createdHidden")).toBool(false);
    scenario.qrFormat = object.value(QStringLiteral("qrFormat")).toString(QStringLiteral("base64"));
    if (!SimSession::isValidQrFormat(scenario.qrFormat))
        return fail(QStringLiteral("unknown qrFormat \"%1\"").arg(scenario.qrFormat));

    const QJsonValue sessions = object.value(QStringLiteral("sessions"));
    if (!sessions.isUndefined() && !sessions.isArray())
        return fail(QStringLiteral("\"sessions\" must be an array"));
    QSet<QString> seen;
    for (const QJsonValue& value : sessions.toArray()) {
        if (!value.isObject())
            return fail(QStringLiteral("every session must be an object"));
        auto session = SimSession::fromJson(value.toObject(), error);
        if (!session)
            return std::nullopt;
        if (seen.contains(session->id))
            return fail(QStringLiteral("duplicate session id \"%1\"").arg(session->id));
        seen.insert(session->id);
        scenario.sessions.append(*session);
    }
    return scenario;
}

std::optional<Scenario> Scenario::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

} // namespace sim
