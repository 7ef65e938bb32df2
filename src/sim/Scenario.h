#pragma once

#include "SimSession.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sim {

// A scenario file: gateway-wide knobs plus the starting sessions. Format documented in README.md.
class Scenario
{
public:
    int listDelayPerSessionMs = 0;
    double qrRotateSeconds = 20.0;
    int qrAfterPolls = 2;
    int qrMaxRotations = 6; // 0 = never give up
    bool qrPatched = true;
    bool createdHidden = false; // sessions created over the API do not appear in the list
    QString qrFormat = QStringLiteral("base64");
    QList<SimSession> sessions;

    int qrRotateMs() const { return qMax(1, static_cast<int>(qrRotateSeconds * 1000.0)); }

    static std::optional<Scenario> fromJson(const QJsonObject& object, QString* error);
    static std::optional<Scenario> fromFile(const QString& path, QString* error);
};

} // namespace sim
