#pragma once

#include "gateway/DialectJob.h"

#include <QDateTime>

namespace gateway {

// Restart, logout or delete of one session: success or a failure, "already done" being success.
class ActionJob : public DialectJob
{
    Q_OBJECT

public:
    ActionJob(QNetworkAccessManager& nam, Spec spec, std::shared_ptr<const Dialect> dialect, Operation op,
              QObject* parent)
        : DialectJob(nam, std::move(spec), std::move(dialect), parent)
        , m_op(op)
    {}

    Operation operation() const { return m_op; }

protected:
    Result interpret(Result result) override { return dialect().parseAction(m_op, std::move(result)); }

private:
    Operation m_op;
};

// Deletes a session for good.
class DeleteChannelJob : public ActionJob
{
    Q_OBJECT

public:
    DeleteChannelJob(QNetworkAccessManager& nam, Spec spec, std::shared_ptr<const Dialect> dialect, QObject* parent)
        : ActionJob(nam, std::move(spec), std::move(dialect), Operation::Delete, parent)
    {}
};

// Asks for a pairing code for a phone number.
class PairingCodeJob : public DialectJob
{
    Q_OBJECT

public:
    PairingCodeJob(QNetworkAccessManager& nam, Spec spec, std::shared_ptr<const Dialect> dialect, QObject* parent)
        : DialectJob(nam, std::move(spec), std::move(dialect), parent)
    {}

    // Valid while finished() is being emitted; empty code unless the result is ok.
    const PairingCode& code() const { return m_code; }

protected:
    Result interpret(Result result) override { return dialect().parsePairingCode(std::move(result), m_code); }

private:
    PairingCode m_code;
};

// When the newest message of a session came, as the gateway itself tells.
class LastActivityJob : public DialectJob
{
    Q_OBJECT

public:
    LastActivityJob(QNetworkAccessManager& nam, Spec spec, std::shared_ptr<const Dialect> dialect, QObject* parent)
        : DialectJob(nam, std::move(spec), std::move(dialect), parent)
    {}

    // Null when the gateway knows no message; valid while finished() is being emitted.
    const QDateTime& lastActivityUtc() const { return m_at; }

protected:
    Result interpret(Result result) override { return dialect().parseLastActivity(std::move(result), m_at); }

private:
    QDateTime m_at;
};

// wppconnect: the bearer token of one session, generated from the server secret.
class SessionTokenJob : public DialectJob
{
    Q_OBJECT

public:
    SessionTokenJob(QNetworkAccessManager& nam, Spec spec, std::shared_ptr<const Dialect> dialect, QObject* parent)
        : DialectJob(nam, std::move(spec), std::move(dialect), parent)
    {}

    const QString& token() const { return m_token; }

protected:
    Result interpret(Result result) override { return dialect().parseSessionToken(std::move(result), m_token); }

private:
    QString m_token;
};

} // namespace gateway
