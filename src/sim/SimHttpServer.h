#pragma once

#include "SimRequest.h"

#include <QAbstractHttpServer>

#include <functional>

namespace sim {

// Accepts every request and hands a detached copy to one handler, which answers on the raw socket.
class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const SimRequest&, QTcpSocket*)>;

    explicit SimHttpServer(Handler handler, QObject* parent = nullptr);

    static SimRequest copyRequest(const QHttpServerRequest& request);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
};

} // namespace sim
