#pragma once

#include "sessions/Backoff.h"
#include "text/LiveText.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace gateway {
class CreateChannelJob;
class DeleteChannelJob;
class GatewayClient;
class ActionJob;
class GatewayJob;
class GetChannelJob;
class GetQrJob;
class PairingCodeJob;
class StartSessionJob;
struct Result;
} // namespace gateway

namespace sessions {

// The one "create" / "reconnect" procedure, shared by the QR dialog and the CLI: get a QR code out
// of the gateway whatever its mood (not ready yet, not started, stale "connected"), keep it fresh
// while it is shown, and notice the scan. Timers with back-off and one overall deadline; no sleeps.
//
//   auto* flow = new sessions::ConnectFlow(client, ConnectFlow::Mode::Reconnect, id, {}, dialog);
//   connect(flow, &ConnectFlow::qrReady, dialog, &QrDialog::showQr);
//   connect(flow, &ConnectFlow::finished, dialog, &QrDialog::onFinished);
//   flow->start();
//
// finished() comes exactly once, with Connected, Failed or Cancelled. A stale "connected" session
// can only give a QR after a logout (dialects that have one) or delete + create; the flow asks first (ConfirmRestart)
// unless Options::autoRestart. Once a restart's DELETE has gone out, cancel(), the deadline and failures still send the
// POST create (the session must not stay deleted when the user only wanted to reconnect); finished() then comes after
// that create. The destructor hands that create to the client (fire and forget) and emits nothing.
class ConnectFlow : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Create,
        Reconnect
    };
    Q_ENUM(Mode)

    enum class State
    {
        Idle,
        Creating,
        StartingSession,
        WaitingForQr,
        ShowingQr,
        ConfirmRestart,
        Restarting,
        Connected,
        Failed,
        Cancelled
    };
    Q_ENUM(State)

    struct Options
    {
        std::chrono::milliseconds deadline{std::chrono::minutes(3)};         // overall
        std::chrono::milliseconds firstPoll{std::chrono::milliseconds(800)}; // back-off start for "QR not ready"
        std::chrono::milliseconds maxPoll{std::chrono::seconds(5)};
        std::chrono::milliseconds statusPoll{std::chrono::seconds(2)};      // while a QR is shown
        std::chrono::milliseconds qrLifetime{std::chrono::seconds(20)};     // gateway rotates QRs ~20 s
        std::chrono::milliseconds qrRefreshMargin{std::chrono::seconds(4)}; // ask for a fresh one before expiry
        bool autoRestart = false; // stale CONNECTED: delete+create without asking (CLI); GUI asks via ConfirmRestart
        int maxRestarts = 1;
        int maxStartSession = 2;
        // Refused connections in a row on the main line before giving up (at least 2; about 4 s with
        // the back-off above): nothing listens at the gateway's address, and waiting for the deadline
        // will not change that. A silent or slow gateway still has the whole deadline.
        int maxRefused = 4;
        // Link with a phone number instead of a QR: the digits of the phone (country code first).
        // The flow gets the session to where the gateway makes QR codes, then shows a pairing code.
        QString pairingPhone;
    };

    ConnectFlow(gateway::GatewayClient& client, Mode mode, QString sessionId, Options options,
                QObject* parent = nullptr);
    ~ConnectFlow() override; // cancels (see the class note for a restart's pending create)

    void start();
    void cancel();                 // aborts requests in flight, stops timers; no further request
    void confirmRestart(bool yes); // answer to ConfirmRestart; "no" finishes Cancelled

    State state() const { return m_state; }
    Mode mode() const { return m_mode; }
    QString sessionId() const { return m_id; }
    // Translated whenever it is read: a dialog that keeps it follows a language change.
    text::LiveText lastMessage() const { return m_lastMessage; }
    QImage currentQr() const { return m_qr; }
    QString currentPayload() const { return m_payload; }
    QString pairingCode() const { return m_pairingCode; }

signals:
    void stateChanged(sessions::ConnectFlow::State state);
    void progress(const text::LiveText& message); // for the dialog / CLI
    void qrReady(const QImage& image, const QString& payload);
    // Pairing mode: the code to type on the phone, as the gateway groups it; expiry -1 if unknown.
    void pairingCodeReady(const QString& code, int expiresInSec);
    void countdown(int secondsLeft); // ticks once per second while a QR is shown
    void connected();
    void failed(const text::LiveText& message);             // actionable; also on timeout
    void finished(sessions::ConnectFlow::State finalState); // exactly once: Connected, Failed or Cancelled

private:
    enum class Step
    {
        Create,
        StartSession,
        Qr,
        CheckStale,
        Delete,
        Recreate,
        Logout, // a dialect with logout makes a fresh QR that way, keeping the session and its settings
        PairingCode,
    };

    void run(Step step);
    // Runs handler with the job's result and its typed answer, read once by the job.
    template <typename Job> void track(Job* job, void (ConnectFlow::*handler)(const gateway::Result&, const Job&));
    void onCreated(const gateway::Result& r, const gateway::CreateChannelJob& job);
    void onStarted(const gateway::Result& r, const gateway::StartSessionJob& job);
    void onQr(const gateway::Result& r, const gateway::GetQrJob& job);
    void onImageFetched(const gateway::Result& r);
    void onStaleChecked(const gateway::Result& r, const gateway::GetChannelJob& job);
    void onDeleted(const gateway::Result& r, const gateway::DeleteChannelJob& job);
    void onRecreated(const gateway::Result& r, const gateway::CreateChannelJob& job);
    void onLoggedOut(const gateway::Result& r, const gateway::ActionJob& job);
    void onPairingCode(const gateway::Result& r, const gateway::PairingCodeJob& job);
    bool pairing() const { return !m_options.pairingPhone.isEmpty(); }
    bool gaveUpOnRefusal(const gateway::Result& r);
    void onStatus(const gateway::Result& r, const gateway::GetChannelJob& job);

    void acceptPayload(const QString& payload);
    void showQr(const QImage& image, const QString& payload);
    void notReady();
    void startSessionOrFail();
    void offerRestart(const text::LiveText& explanation);
    void beginRestart();
    void retryLater(Step step, const text::LiveText& error);
    void startStatusPolling();
    void pollStatus();
    void tickCountdown();
    void refreshQr();
    void onDeadline();

    void setState(State state);
    void say(const text::LiveText& message);
    void fail(const text::LiveText& message);
    void succeed();
    void stopEverything();
    void abortJobs();
    void finish(State finalState, const text::LiveText& message);
    text::LiveText durationText(std::chrono::milliseconds d) const;

    gateway::GatewayClient& m_client;
    Mode m_mode;
    QString m_id;
    Options m_options;
    State m_state = State::Idle;
    text::LiveText m_lastMessage;
    text::LiveText m_lastError;
    QImage m_qr;
    QString m_payload;
    QString m_pendingPayload; // an http URL being downloaded
    QString m_pairingCode;
    bool m_pairingAfterQr = false;   // the gateway gives a code only once it makes QR codes (WAHA)
    int m_emptyCodes = 0;            // answers with a QR but without a code so far
    bool m_pairingLoggedOut = false; // logged out so the session starts again for a code (Evolution)

    QPointer<gateway::GatewayJob> m_job;       // the main line: create, start, qr, delete, ...
    QPointer<gateway::GatewayJob> m_statusJob; // status polls run beside it
    Step m_retryStep = Step::Qr;
    QTimer m_retryTimer;
    QTimer m_statusTimer;
    QTimer m_countdownTimer;
    QTimer m_refreshTimer;
    QTimer m_deadlineTimer;
    QElapsedTimer m_qrClock;
    Backoff m_backoff;

    int m_restarts = 0;
    int m_starts = 0;
    int m_lastCountdown = -1;
    bool m_qrEverShown = false;
    bool m_sawNotConnected = false; // the gateway said "not connected" at some point during this flow
    bool m_createMaybeDone = false; // a create timed out: a later 409 is our own session
    bool m_deleteSent = false;      // a restart's DELETE went out and its create has not succeeded yet
    bool m_winding = false;         // finishing that create before ending with m_windState
    State m_windState = State::Cancelled;
    text::LiveText m_windMessage;
    int m_windAttempts = 0;
    int m_refusedInARow = 0; // main-line answers "connection refused", since the last other answer
    bool m_finished = false;
};

} // namespace sessions
