#pragma once

// For the flow and dialog tests and the QR latency benchmark: an in-process gateway simulator
// loaded with a scenario, a client for it, and the request log; plus ConnectFlow options fast
// enough for tests.
#include "gateway/GatewayClient.h"
#include "sessions/ConnectFlow.h"

#include <GatewaySimulator.h>

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QtGlobal>

#include <chrono>
#include <memory>

struct SimGateway
{
    static constexpr const char* Secret = "s3cret";

    sim::GatewaySimulator sim;
    QNetworkAccessManager nam;
    std::unique_ptr<gateway::GatewayClient> client;

    explicit SimGateway(const QJsonObject& scenario,
                        std::chrono::milliseconds requestTimeout = std::chrono::milliseconds(3000))
    {
        sim.setSecret(QString::fromLatin1(Secret));
        QString error;
        if (!sim.loadScenario(scenario, &error))
            qFatal("bad scenario: %s", qPrintable(error));
        sim.listen();
        gateway::GatewayConfig config;
        config.baseUrl = sim.baseUrl();
        config.secret = QString::fromLatin1(Secret);
        config.requestTimeout = requestTimeout;
        config.connectTimeout = std::chrono::milliseconds(2000);
        client = std::make_unique<gateway::GatewayClient>(nam, config);
    }

    // How many requests the simulator got with this method (and this exact path, if given).
    int count(const QString& method, const QString& path = {}) const
    {
        int n = 0;
        for (const sim::RequestRecord& r : sim.requests())
            n += (r.method == method && (path.isEmpty() || r.path == path)) ? 1 : 0;
        return n;
    }
};

// Polls every 50-200 ms instead of seconds; 20 s deadline.
inline sessions::ConnectFlow::Options fastFlowOptions()
{
    using std::chrono::milliseconds;
    sessions::ConnectFlow::Options o;
    o.deadline = milliseconds(20000);
    o.firstPoll = milliseconds(50);
    o.maxPoll = milliseconds(200);
    o.statusPoll = milliseconds(100);
    o.qrLifetime = milliseconds(15000);
    o.qrRefreshMargin = milliseconds(500);
    return o;
}
