#pragma once

// A deliberately dumb HTTP client for the simulator tests: a plain QNetworkAccessManager, so the
// tests do not depend on the product's gateway client.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

struct SimResponse
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;
    bool finished = false;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class SimTestClient
{
public:
    QUrl base;
    QByteArray secret;
    int transferTimeoutMs = 5000;

    SimResponse call(const QByteArray& method, const QString& path, const QByteArray& body = {}, bool withSecret = true,
                     const QByteArray& secretOverride = {})
    {
        QUrl url = base;
        url.setPath(path, QUrl::TolerantMode);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Accept", "application/json");
        if (withSecret)
            request.setRawHeader("X-Gateway-Secret", secretOverride.isEmpty() ? secret : secretOverride);
        request.setTransferTimeout(transferTimeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

        QElapsedTimer clock;
        clock.start();
        QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(transferTimeoutMs + 5000);
        loop.exec();

        SimResponse out;
        out.finished = reply->isFinished();
        if (!out.finished)
            reply->abort();
        out.elapsedMs = clock.elapsed();
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->error();
        if (reply->isOpen())
            out.body = reply->readAll();
        out.contentType = reply->rawHeader("Content-Type");
        out.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return out;
    }

    SimResponse get(const QString& path) { return call("GET", path); }

private:
    QNetworkAccessManager m_nam;
};
