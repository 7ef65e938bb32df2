#include "ConnectFlow.h"
#include "ConnectFlowResults.h"

#include "gateway/GatewayClient.h"
#include "gateway/Result.h"
#include "qr/QrImage.h"
#include "sessions/Status.h"

#include <QLoggingCategory>

namespace sessions {

Q_LOGGING_CATEGORY(lcFlow, "pixelhub.sessions.flow")

namespace {

using gateway::ErrorKind;
using gateway::Result;
using std::chrono::milliseconds;
using text::LiveText;
using namespace flowresults;

int ceilSeconds(milliseconds d)
{
    return static_cast<int>((std::max<qint64>(d.count(), 0) + 999) / 1000);
}

} // namespace

ConnectFlow::ConnectFlow(gateway::GatewayClient& client, Mode mode, QString sessionId, Options options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_mode(mode)
    , m_id(std::move(sessionId))
    , m_options(options)
    , m_backoff(options.firstPoll, options.maxPoll)
{
    m_retryTimer.setSingleShot(true);
    m_refreshTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    m_countdownTimer.setInterval(1000);
    m_statusTimer.setInterval(m_options.statusPoll);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { run(m_retryStep); });
    connect(&m_refreshTimer, &QTimer::timeout, this, &ConnectFlow::refreshQr);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ConnectFlow::onDeadline);
    connect(&m_countdownTimer, &QTimer::timeout, this, &ConnectFlow::tickCountdown);
    connect(&m_statusTimer, &QTimer::timeout, this, &ConnectFlow::pollStatus);
}

ConnectFlow::~ConnectFlow()
{
    if (m_finished || m_state == State::Idle)
        return;
    m_finished = true;
    stopEverything();
    if (m_statusJob) {
        m_statusJob->disconnect(this);
        m_statusJob->cancel();
    }
    if (!m_deleteSent) {
        abortJobs();
        return;
    }
    // A restart's DELETE went out: make sure the session is created again even though nobody
    // listens any more. The client outlives us and owns the jobs.
    gateway::GatewayClient* client = &m_client;
    const QString id = m_id;
    if (gateway::GatewayJob* job = m_job) {
        job->disconnect(this);
        if (m_retryStep == Step::Delete) // the DELETE itself is in flight: chain the create to it
            connect(job, &gateway::GatewayJob::finished, client, [client, id] { client->createChannel(id); });
        return; // a create in flight just runs to its end
    }
    client->createChannel(id);
}

// --- steps ----------------------------------------------------------------------------------

void ConnectFlow::start()
{
    if (m_state != State::Idle || m_finished)
        return;
    m_deadlineTimer.start(m_options.deadline);
    if (m_mode == Mode::Create) {
        setState(State::Creating);
        say(LiveText::translate("sessions::ConnectFlow", "Creating the session %1 on the gateway…").arg(m_id));
        run(Step::Create);
    } else {
        setState(State::WaitingForQr);
        say(LiveText::translate("sessions::ConnectFlow", "Asking the gateway for a QR code for %1…").arg(m_id));
        run(Step::Qr);
    }
}

template <typename Job>
void ConnectFlow::track(Job* job, void (ConnectFlow::*handler)(const gateway::Result&, const Job&))
{
    m_job = job;
    connect(job, &gateway::GatewayJob::finished, this, [this, job, handler](const gateway::Result& r) {
        m_job = nullptr;
        if (r.kind == ErrorKind::Cancelled || m_finished || gaveUpOnRefusal(r))
            return;
        (this->*handler)(r, *job); // the job lives until finished() returns
    });
}

bool ConnectFlow::gaveUpOnRefusal(const Result& r)
{
    m_refusedInARow = r.refused ? m_refusedInARow + 1 : 0;
    // While winding, the restart's create has its own bounded retries (onRecreated).
    if (m_winding || m_refusedInARow < std::max(2, m_options.maxRefused))
        return false;
    fail(LiveText::translate("sessions::ConnectFlow", "%1 Stopped after %2 refused attempts in a row.")
             .arg(r.message, QString::number(m_refusedInARow)));
    return true;
}

void ConnectFlow::run(Step step)
{
    if (m_finished || m_job)
        return;
    m_retryStep = step;
    switch (step) {
    case Step::Create:
        track(m_client.createChannel(m_id), &ConnectFlow::onCreated);
        break;
    case Step::StartSession:
        track(m_client.startSession(m_id), &ConnectFlow::onStarted);
        break;
    case Step::Qr:
        if (pairing() && !m_pairingAfterQr)
            track(m_client.requestPairingCode(m_id, m_options.pairingPhone), &ConnectFlow::onPairingCode);
        else
            track(m_client.getQr(m_id), &ConnectFlow::onQr);
        break;
    case Step::PairingCode:
        track(m_client.requestPairingCode(m_id, m_options.pairingPhone), &ConnectFlow::onPairingCode);
        break;
    case Step::CheckStale:
        track(m_client.getChannel(m_id), &ConnectFlow::onStaleChecked);
        break;
    case Step::Delete:
        m_deleteSent = true;
        track(m_client.deleteChannel(m_id), &ConnectFlow::onDeleted);
        break;
    case Step::Recreate:
        track(m_client.createChannel(m_id), &ConnectFlow::onRecreated);
        break;
    case Step::Logout:
        track(m_client.logoutSession(m_id), &ConnectFlow::onLoggedOut);
        break;
    }
}

void ConnectFlow::onCreated(const Result& r, const gateway::CreateChannelJob& job)
{
    if (r.ok || (m_createMaybeDone && job.alreadyExists())) {
        m_backoff.reset();
        setState(State::WaitingForQr);
        say(LiveText::translate("sessions::ConnectFlow",
                                "Session %1 created. Waiting for the gateway to prepare the QR code…")
                .arg(m_id));
        run(Step::Qr);
    } else if (job.alreadyExists()) {
        fail(LiveText::translate("sessions::ConnectFlow",
                                 "A session named %1 already exists on the gateway. Use Reconnect on it instead.")
                 .arg(m_id));
    } else if (isTransient(r)) {
        m_createMaybeDone = true;
        retryLater(Step::Create, r.message);
    } else {
        fail(LiveText::translate("sessions::ConnectFlow", "The gateway did not create the session %1. %2")
                 .arg(m_id, r.message));
    }
}

void ConnectFlow::startSessionOrFail()
{
    if (m_starts >= m_options.maxStartSession) {
        fail(LiveText::translate(
                 "sessions::ConnectFlow",
                 "The gateway still says the session %1 is not started, after %n start attempt(s). Check the "
                 "gateway (WPPConnect) and try again.",
                 nullptr, m_starts)
                 .arg(m_id));
        return;
    }
    ++m_starts;
    setState(State::StartingSession);
    say(LiveText::translate("sessions::ConnectFlow", "The session %1 is not started on the gateway; starting it…")
            .arg(m_id));
    run(Step::StartSession);
}

void ConnectFlow::onStarted(const Result& r, const gateway::StartSessionJob& job)
{
    if (r.ok) {
        m_backoff.reset();
        setState(State::WaitingForQr);
        say(LiveText::translate("sessions::ConnectFlow",
                                "Session started. Waiting for the gateway to prepare the QR code…"));
        run(Step::Qr);
    } else if (isTransient(r)) {
        retryLater(Step::StartSession, r.message);
    } else if (job.unsupported()) {
        offerRestart(
            LiveText::translate("sessions::ConnectFlow",
                                "The gateway cannot start the session %1 (%2). A QR code can only be had by recreating "
                                "the session (delete, then create).")
                .arg(m_id, r.message));
    } else {
        fail(r.message);
    }
}

void ConnectFlow::onQr(const Result& r, const gateway::GetQrJob& job)
{
    const gateway::QrReply& reply = job.reply();
    if (!r.ok) {
        if (reply.sessionNotStarted) {
            m_sawNotConnected = true;
            startSessionOrFail();
        } else if (reply.invalidQrResponse) {
            run(Step::CheckStale);
        } else if (r.kind == ErrorKind::NotFound && m_mode == Mode::Reconnect && m_restarts == 0) {
            fail(LiveText::translate("sessions::ConnectFlow",
                                     "The gateway does not know the session %1. Create it instead.")
                     .arg(m_id));
        } else if (isTransient(r) || r.kind == ErrorKind::NotFound ||
                   (r.kind == ErrorKind::Http && r.httpStatus < 300)) {
            retryLater(Step::Qr, r.message);
        } else {
            fail(r.message);
        }
        return;
    }
    const gateway::QrAnswer& answer = reply.answer;
    if (!answer.payload.isEmpty()) {
        acceptPayload(answer.payload);
    } else if (statusOf(answer.statusKey, answer.status) == Status::Connected) {
        run(Step::CheckStale);
    } else {
        // Only an explicit status counts as "not connected"; a bare {"success":true} says nothing.
        m_sawNotConnected = m_sawNotConnected || !answer.status.isEmpty();
        notReady();
    }
}

void ConnectFlow::acceptPayload(const QString& payload)
{
    if (pairing()) {
        // The gateway makes QR codes now: this is when it gives a pairing code too.
        if (m_pairingCode.isEmpty())
            run(Step::PairingCode);
        return;
    }
    if (m_state == State::ShowingQr && payload == m_payload) {
        // Not rotated yet: keep the QR and its countdown, look again shortly.
        m_refreshTimer.start(m_options.firstPoll);
        return;
    }
    if (qr::classify(payload) == qr::PayloadKind::HttpUrl) {
        m_pendingPayload = payload;
        m_job = m_client.fetchQrImage(QUrl(payload.trimmed()));
        connect(m_job, &gateway::GatewayJob::finished, this, [this](const gateway::Result& res) {
            m_job = nullptr;
            if (res.kind != ErrorKind::Cancelled && !m_finished)
                onImageFetched(res);
        });
        return;
    }
    const qr::Decoded decoded = qr::decodePayload(payload);
    if (decoded.ok())
        showQr(decoded.image, payload);
    else
        retryLater(Step::Qr, decoded.error);
}

void ConnectFlow::onImageFetched(const Result& r)
{
    if (!r.ok) {
        if (r.kind == ErrorKind::Tls || r.kind == ErrorKind::Redirect || r.kind == ErrorKind::ProxyAuth)
            fail(r.message);
        else
            retryLater(Step::Qr, r.message);
        return;
    }
    const qr::Decoded decoded = qr::decodeImageBytes(r.body);
    if (decoded.ok())
        showQr(decoded.image, m_pendingPayload);
    else
        retryLater(Step::Qr, decoded.error);
}

void ConnectFlow::notReady()
{
    if (m_mode == Mode::Reconnect)
        startStatusPolling(); // a token may bring the session back without any QR
    if (m_state == State::ShowingQr) {
        m_refreshTimer.start(m_options.firstPoll);
        return;
    }
    say(LiveText::translate("sessions::ConnectFlow", "The gateway is preparing the QR code…"));
    m_retryStep = Step::Qr;
    m_retryTimer.start(m_backoff.next());
}

void ConnectFlow::onPairingCode(const Result& r, const gateway::PairingCodeJob& job)
{
    if (r.ok && !job.code().code.isEmpty()) {
        m_pairingCode = job.code().code;
        m_sawNotConnected = true; // "connected" from now on is the phone typing the code
        m_lastError.clear();
        m_backoff.reset();
        m_retryTimer.stop();
        setState(State::ShowingQr);
        emit pairingCodeReady(m_pairingCode, job.code().expiresInSec);
        say(LiveText::translate(
            "sessions::ConnectFlow",
            "Type the code on the phone: WhatsApp > Linked devices > Link a device > Link with phone number "
            "instead."));
        startStatusPolling();
    } else if (r.ok && job.code().qrWithoutCode && ++m_emptyCodes >= 3 && !m_pairingLoggedOut &&
               m_client.supports(gateway::Operation::Logout)) {
        // A session already waiting for a scan may ignore the number (Evolution takes it only when
        // it starts): nothing is linked yet, so log it out and ask again from the start.
        m_pairingLoggedOut = true;
        m_pairingAfterQr = false;
        setState(State::Restarting);
        say(LiveText::translate(
                "sessions::ConnectFlow",
                "The gateway gives no code to a session already waiting for a QR scan; starting %1 again for a "
                "code…")
                .arg(m_id));
        run(Step::Logout);
    } else if (r.ok) {
        notReady(); // asked; the gateway fills the code in a moment (Evolution): ask again
    } else if (r.kind == ErrorKind::Unsupported || r.kind == ErrorKind::Auth || r.kind == ErrorKind::Tls) {
        fail(r.message);
    } else if (isTransient(r)) {
        retryLater(Step::Qr, r.message);
    } else if (!m_pairingAfterQr) {
        // Not in the QR state yet (a stopped session, say): get there first, then ask again.
        m_pairingAfterQr = true;
        run(Step::Qr);
    } else {
        fail(LiveText::translate("sessions::ConnectFlow", "The gateway gave no pairing code for %1. %2")
                 .arg(m_id, r.message));
    }
}

// --- QR shown -------------------------------------------------------------------------------

void ConnectFlow::showQr(const QImage& image, const QString& payload)
{
    m_qr = image;
    m_payload = payload;
    m_qrEverShown = true;
    m_sawNotConnected = true; // a gateway that makes a QR is not connected: "connected" from now on is a scan
    m_lastError.clear();
    m_backoff.reset();
    m_retryTimer.stop();
    setState(State::ShowingQr);
    emit qrReady(image, payload);
    say(LiveText::translate("sessions::ConnectFlow",
                            "Scan the QR code with WhatsApp on the phone: Linked devices > Link a device."));
    m_qrClock.start();
    m_lastCountdown = -1;
    tickCountdown();
    m_countdownTimer.start();
    m_refreshTimer.start(std::max(m_options.qrLifetime - m_options.qrRefreshMargin, m_options.firstPoll));
    startStatusPolling();
}

void ConnectFlow::tickCountdown()
{
    const milliseconds left = m_options.qrLifetime - milliseconds(m_qrClock.elapsed());
    const int seconds = ceilSeconds(left);
    if (seconds == m_lastCountdown)
        return;
    m_lastCountdown = seconds;
    emit countdown(seconds);
    if (seconds == 0)
        say(LiveText::translate("sessions::ConnectFlow", "The QR code has expired; getting a new one…"));
}

void ConnectFlow::refreshQr()
{
    if (m_state == State::ShowingQr)
        run(Step::Qr);
}

void ConnectFlow::startStatusPolling()
{
    if (!m_statusTimer.isActive())
        m_statusTimer.start();
}

void ConnectFlow::pollStatus()
{
    if (m_finished || m_statusJob || (m_state != State::ShowingQr && m_state != State::WaitingForQr))
        return;
    auto* job = m_client.getChannel(m_id);
    m_statusJob = job;
    connect(job, &gateway::GatewayJob::finished, this, [this, job](const gateway::Result& r) {
        m_statusJob = nullptr;
        if (r.kind != ErrorKind::Cancelled && !m_finished)
            onStatus(r, *job);
    });
}

void ConnectFlow::onStatus(const Result& r, const gateway::GetChannelJob& job)
{
    if (!r.ok)
        return; // the main line reports errors; a status poll only looks for good news
    const auto& info = job.channel();
    if (!info)
        return;
    const bool isConnected = statusOf(info->statusKey, info->rawStatus) == Status::Connected;
    if (!isConnected)
        m_sawNotConnected = true;
    else if (m_state == State::ShowingQr || m_sawNotConnected)
        succeed();
}

// --- endings ----------------------------------------------------------------------------------

void ConnectFlow::retryLater(Step step, const LiveText& error)
{
    const milliseconds delay = m_backoff.next();
    m_lastError = error;
    const int seconds = std::max(1, ceilSeconds(delay)); // lupdate reads a plain name as the count
    say(LiveText::translate("sessions::ConnectFlow", "%1 Retrying in %n s.", nullptr, seconds).arg(error));
    m_retryStep = step;
    m_retryTimer.start(delay);
}

void ConnectFlow::onDeadline()
{
    if (m_finished)
        return;
    const LiveText limit = durationText(m_options.deadline);
    if (m_qrEverShown) {
        fail(LiveText::translate("sessions::ConnectFlow", "No QR scan within %1. Try again.").arg(limit));
    } else if (m_lastError.isEmpty() && (m_job || m_statusJob)) {
        // A request still waiting: the gateway said nothing at all in that time.
        fail(LiveText::translate(
                 "sessions::ConnectFlow",
                 "The gateway did not answer within %1, so it gave no QR code. Check that the gateway is running, "
                 "then try again.")
                 .arg(limit));
    } else if (!m_lastError.isEmpty()) {
        // The last error already says what to do; no second piece of advice after it.
        fail(LiveText::translate("sessions::ConnectFlow", "The gateway gave no QR code within %1. Last answer: %2")
                 .arg(limit, m_lastError));
    } else {
        fail(LiveText::translate(
                 "sessions::ConnectFlow",
                 "The gateway gave no QR code within %1. Last answer: %2 Try again; if it persists, check the "
                 "gateway.")
                 .arg(limit, m_lastMessage));
    }
}

void ConnectFlow::cancel()
{
    if (m_finished || m_winding)
        return;
    finish(State::Cancelled, LiveText::translate("sessions::ConnectFlow", "Cancelled."));
}

void ConnectFlow::succeed()
{
    if (m_finished)
        return;
    say(LiveText::translate("sessions::ConnectFlow", "The session %1 is connected.").arg(m_id));
    finish(State::Connected, m_lastMessage);
}

void ConnectFlow::fail(const LiveText& message)
{
    finish(State::Failed, message);
}

void ConnectFlow::stopEverything()
{
    m_retryTimer.stop();
    m_statusTimer.stop();
    m_countdownTimer.stop();
    m_refreshTimer.stop();
    m_deadlineTimer.stop();
}

void ConnectFlow::abortJobs()
{
    for (QPointer<gateway::GatewayJob>* job : {&m_job, &m_statusJob}) {
        if (*job) {
            gateway::GatewayJob* j = *job;
            *job = nullptr;
            j->disconnect(this);
            j->cancel();
        }
    }
}

void ConnectFlow::finish(State finalState, const LiveText& message)
{
    if (m_finished)
        return;
    if (m_deleteSent && !m_winding) {
        // Never leave the session deleted: finish the restart's create first, then end.
        m_winding = true;
        m_windState = finalState;
        m_windMessage = message;
        stopEverything();
        if (m_statusJob) {
            m_statusJob->disconnect(this);
            m_statusJob->cancel();
        }
        say(LiveText::translate("sessions::ConnectFlow",
                                "Stopping: first creating the session %1 again, which the restart had deleted…")
                .arg(m_id));
        if (!m_job)
            run(Step::Recreate); // a 409 just means the DELETE had not gone through
        return;
    }
    m_finished = true;
    stopEverything();
    abortJobs();
    if (finalState == State::Failed) {
        m_lastMessage = message;
        setState(State::Failed);
        emit failed(message);
    } else {
        if (!message.isEmpty() && finalState == State::Cancelled)
            m_lastMessage = message;
        setState(finalState);
        if (finalState == State::Connected)
            emit connected();
    }
    emit finished(finalState);
}

void ConnectFlow::setState(State state)
{
    if (state == m_state)
        return;
    qCDebug(lcFlow) << m_id << m_state << "->" << state;
    if (m_state == State::ShowingQr) {
        m_countdownTimer.stop();
        m_refreshTimer.stop();
    }
    m_state = state;
    emit stateChanged(state);
}

void ConnectFlow::say(const LiveText& message)
{
    if (message == m_lastMessage)
        return;
    m_lastMessage = message;
    emit progress(message);
}

LiveText ConnectFlow::durationText(milliseconds d) const
{
    if (d >= std::chrono::minutes(1) && d.count() % 60000 == 0) {
        const int minutes = static_cast<int>(d.count() / 60000); // lupdate reads a plain name as the count
        return LiveText::translate("sessions::ConnectFlow", "%n min", nullptr, minutes);
    }
    return LiveText::translate("sessions::ConnectFlow", "%n s", nullptr, ceilSeconds(d));
}

} // namespace sessions
