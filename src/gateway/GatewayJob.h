#pragma once

#include "gateway/Result.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace gateway {

// Base of every gateway call: owns the reply, the timeout timers and the size cap, translates
// errors once, and ends with exactly one finished(Result) — also when cancelled. Deletes itself
// after finished() has been delivered; hold it in a QPointer to cancel it.
class GatewayJob : public QObject
{
    Q_OBJECT

public:
    struct Spec
    {
        QByteArray verb; // GET, POST, DELETE
        QNetworkRequest request;
        QByteArray body;
        std::chrono::milliseconds timeout;
        std::chrono::milliseconds connectTimeout;
        qint64 maxBodyBytes = 0;
        bool keepBody = false;
        bool expectJson = true; // false: any 2xx body is the payload (QR image download)
        QString logPath;        // the path as logs and messages show it, when the URL's would reveal a secret
    };

    ~GatewayJob() override;

    void cancel();
    bool isFinished() const { return m_finished; }
    QString description() const; // "GET /api/channels", for logs; never headers

signals:
    void finished(const gateway::Result& result);

protected:
    GatewayJob(QNetworkAccessManager& nam, Spec spec, QObject* parent);

    // Endpoint-specific reading of an answer the gateway gave (2xx or not, classified): the
    // dialect's parser, which may turn a 2xx into a failure or a failure into a state, and which
    // fills the job's typed answer. Not called when no answer came (cancel, timeout, refused
    // before start): the typed answer then keeps its default.
    virtual Result interpret(Result result) { return result; }
    // A 2xx body the job reads from its bytes, without a JSON document of the whole answer (a big
    // listing): the result, or nullopt to fall back to the document, its checks and its messages.
    virtual std::optional<Result> interpretBody(const QByteArray& body, int httpStatus)
    {
        Q_UNUSED(body)
        Q_UNUSED(httpStatus)
        return std::nullopt;
    }
    // Reads the job's typed answer from its final result, success or failure, just before
    // finished() is emitted: the one place a job's body is parsed. Callers read it from the job
    // (e.g. GetQrJob::reply()) while finished() is being emitted.
    virtual void read(const Result& result) { Q_UNUSED(result) }
    // A job that needs more calls once its answer is in (wppconnect's list: one status per
    // session) keeps finished() back by returning true, and later calls finishHeld(). A cancel
    // meanwhile ends it at once.
    virtual bool hold(const Result& result)
    {
        Q_UNUSED(result)
        return false;
    }
    void finishHeld(Result result);

    friend class GatewayClient;
    void start();
    void setRawHeader(const QByteArray& name, const QByteArray& value) { m_spec.request.setRawHeader(name, value); }
    void failBeforeStart(Result result); // e.g. not configured: still asynchronous, still once

private:
    void send();
    // A 3xx with a Location: follows a same-origin GET (at most MaxRedirects times), or ends the job
    // with the reason it is not followed. False when the answer is not a redirect.
    bool followRedirect(QNetworkReply* reply);
    void onFinished();
    void onTimeout(bool connectPhase);
    void finish(Result result);
    QString hostPort() const;
    QString path() const;
    Result tooManyRedirects() const;

    QNetworkAccessManager& m_nam;
    Spec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QTimer m_connectTimer;
    QElapsedTimer m_clock;
    bool m_finished = false;
    bool m_tooLarge = false;
    qint64 m_clockAheadSeconds = 0; // from the last answer's Date header
    bool m_held = false;
    int m_redirects = 0; // followed so far
};

} // namespace gateway
