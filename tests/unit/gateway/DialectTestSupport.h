#pragma once

// Answers as the transport classifies them, for the dialects' pure parsers.
#include "gateway/Dialect.h"
#include "gateway/ResponseClassifier.h"

#include <QNetworkRequest>

inline gateway::Result answer(int status, const QByteArray& body)
{
    gateway::RawResponse raw;
    raw.httpStatus = status;
    raw.contentType = body.isEmpty() ? QByteArray() : QByteArray("application/json");
    raw.body = body;
    raw.host = QStringLiteral("gw.test:3000");
    return gateway::classifyResponse(raw);
}

// The headers a dialect puts on a request for this secret.
inline QNetworkRequest authorized(const gateway::Dialect& dialect, const QString& secret, const QString& token = {})
{
    QNetworkRequest request;
    dialect.authorize(request, secret, token);
    return request;
}
