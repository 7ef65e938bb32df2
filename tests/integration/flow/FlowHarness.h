#pragma once

// A gateway simulator on loopback plus the product's client pointed at it, for ConnectFlow tests
// and the QR latency benchmark.
#include "gateway/GatewayClient.h"
#include "sessions/ConnectFlow.h"

#include <GatewaySimulator.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

struct FlowHarness
{
    sim::GatewaySimulator sim;
    QNetworkAccessManager nam;
    std::unique_ptr<gateway::GatewayClient> client;

    explicit FlowHarness(const QJsonObject& scenario,
                         std::chrono::milliseconds requestTimeout = std::chrono::milliseconds(3000))
    {
        sim.setSecret(QStringLiteral("s3cret"));
        QString error;
        if (!sim.loadScenario(scenario, &error))
            qFatal("bad scenario: %s", qPrintable(error));
        sim.listen();
        gateway::GatewayConfig config;
        config.baseUrl = sim.baseUrl();
        config.secret = QStringLiteral("s3cret");
        config.requestTimeout = requestTimeout;
        config.connectTimeout = std::chrono::milliseconds(2000);
        client = std::make_unique<gateway::GatewayClient>(nam, config);
    }

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

    int count(const QString& method, const QString& path) const
    {
        int n = 0;
        for (const sim::RequestRecord& r : sim.requests())
            n += (r.method == method && r.path == path) ? 1 : 0;
        return n;
    }
};
