#pragma once

// A gateway simulator on loopback plus the product's client pointed at it, for ConnectFlow tests
// and the QR latency benchmark.
#include "../../support/SimGateway.h"

#include <QJsonArray>
#include <QJsonObject>

// SimGateway with the ConnectFlow tests' own scenario builder and (shorter-lived) options.
struct FlowHarness : SimGateway
{
    using SimGateway::SimGateway;

    // {"qrRotateSeconds": ..., "sessions":[{"id": id, "phase": phase, "token": token}]} plus extras.
    static QJsonObject scenario(const QString& id, const QString& phase, QJsonObject extra = {}, bool token = false)
    {
        QJsonObject s = extra;
        if (!s.contains(QStringLiteral("qrRotateSeconds")))
            s.insert(QStringLiteral("qrRotateSeconds"), 20);
        if (!s.contains(QStringLiteral("qrAfterPolls")))
            s.insert(QStringLiteral("qrAfterPolls"), 2);
        QJsonArray sessions;
        if (!phase.isEmpty())
            sessions.append(QJsonObject{
                {QStringLiteral("id"), id}, {QStringLiteral("phase"), phase}, {QStringLiteral("token"), token}});
        s.insert(QStringLiteral("sessions"), sessions);
        return s;
    }

    // Short polls and lifetimes so a whole test runs in about a second.
    static sessions::ConnectFlow::Options fastOptions()
    {
        using std::chrono::milliseconds;
        sessions::ConnectFlow::Options o;
        o.deadline = milliseconds(10000);
        o.firstPoll = milliseconds(50);
        o.maxPoll = milliseconds(200);
        o.statusPoll = milliseconds(100);
        o.qrLifetime = milliseconds(3000);
        o.qrRefreshMargin = milliseconds(500);
        return o;
    }
};
