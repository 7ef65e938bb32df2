// ConnectFlow, second half: when the gateway says "connected" but makes no QR code, the session is
// recreated (delete, then create) after the user agrees, and never left deleted, even when the
// flow is cancelled half-way (finish() winds the restart up first).
#include "ConnectFlow.h"
#include "ConnectFlowResults.h"

#include "gateway/GatewayClient.h"
#include "sessions/Status.h"

namespace sessions {

using gateway::ErrorKind;
using gateway::Result;
using text::LiveText;
using namespace flowresults;

void ConnectFlow::onStaleChecked(const Result& r, const gateway::GetChannelJob& job)
{
    if (!r.ok && !isTransient(r) && r.kind != ErrorKind::NotFound && r.kind != ErrorKind::Http) {
        fail(r.message);
        return;
    }
    const auto& info = job.channel(); // nullopt unless r.ok
    const bool reportedConnected = info && statusOf(info->statusKey, info->rawStatus) == Status::Connected;
    if (reportedConnected && m_sawNotConnected) {
        succeed(); // it came back (a surviving token, or a scan)
        return;
    }
    if (!reportedConnected || m_mode == Mode::Create) {
        m_sawNotConnected = m_sawNotConnected || (info && !reportedConnected);
        notReady();
        return;
    }
    const bool byLogout = m_client.supports(gateway::Operation::Logout);
    if (m_restarts >= m_options.maxRestarts) {
        fail(byLogout ? LiveText::translate(
                            "sessions::ConnectFlow",
                            "The gateway still says %1 is connected but makes no QR code, even after logging it out. "
                            "Try again; if it persists, tell whoever runs the gateway.")
                            .arg(m_id)
                      : LiveText::translate(
                            "sessions::ConnectFlow",
                            "The gateway still says %1 is connected but makes no QR code, even after recreating the "
                            "session. Check the gateway (WPPConnect), then try again.")
                            .arg(m_id));
        return;
    }
    if (byLogout) {
        offerRestart(LiveText::translate(
                         "sessions::ConnectFlow",
                         "The gateway says %1 is connected, so it makes no QR code. A new one needs the session to "
                         "be logged out; the link with the phone, if any is left, will be dropped.")
                         .arg(m_id));
        return;
    }
    offerRestart(
        LiveText::translate("sessions::ConnectFlow",
                            "The gateway says %1 is connected, but no QR code can be made without recreating the "
                            "session (delete, then create). The link with the phone, if any is left, will be dropped.")
            .arg(m_id));
}

void ConnectFlow::offerRestart(const LiveText& explanation)
{
    if (m_restarts >= m_options.maxRestarts) {
        fail(explanation);
        return;
    }
    if (m_options.autoRestart) {
        say(explanation);
        beginRestart();
        return;
    }
    // Waiting for a person, not for the gateway: the deadline starts again after the answer.
    m_deadlineTimer.stop();
    m_retryTimer.stop();
    m_statusTimer.stop();
    setState(State::ConfirmRestart);
    say(explanation);
}

void ConnectFlow::confirmRestart(bool yes)
{
    if (m_state != State::ConfirmRestart || m_finished)
        return;
    if (!yes) {
        finish(State::Cancelled,
               LiveText::translate("sessions::ConnectFlow", "The session %1 was left as it is.").arg(m_id));
        return;
    }
    m_deadlineTimer.start(m_options.deadline);
    beginRestart();
}

void ConnectFlow::beginRestart()
{
    ++m_restarts;
    m_statusTimer.stop();
    m_backoff.reset();
    setState(State::Restarting);
    if (m_client.supports(gateway::Operation::Logout)) {
        say(LiveText::translate("sessions::ConnectFlow", "Logging the session %1 out on the gateway for a new QR code…")
                .arg(m_id));
        run(Step::Logout);
        return;
    }
    say(LiveText::translate("sessions::ConnectFlow", "Recreating the session %1 on the gateway (delete, then create)…")
            .arg(m_id));
    run(Step::Delete);
}

void ConnectFlow::onLoggedOut(const Result& r, const gateway::ActionJob&)
{
    if (r.ok) {
        m_emptyCodes = 0;
        m_sawNotConnected = true; // "connected" from now on is a scan
        m_backoff.reset();
        setState(State::WaitingForQr);
        say(LiveText::translate("sessions::ConnectFlow",
                                "Session %1 logged out. Waiting for the gateway to prepare the QR code…")
                .arg(m_id));
        run(Step::Qr);
    } else if (isTransient(r)) {
        retryLater(Step::Logout, r.message);
    } else {
        fail(LiveText::translate("sessions::ConnectFlow", "The gateway did not log the session %1 out. %2")
                 .arg(m_id, r.message));
    }
}

void ConnectFlow::onDeleted(const Result& r, const gateway::DeleteChannelJob&)
{
    if (r.ok || r.kind == ErrorKind::NotFound) {
        run(Step::Recreate);
    } else if (isTransient(r)) {
        if (m_winding)
            run(Step::Recreate); // unknown whether it was deleted: create it to be safe
        else
            retryLater(Step::Delete, r.message);
    } else {
        m_deleteSent = false; // refused: nothing was deleted
        if (m_winding)
            finish(m_windState, m_windMessage);
        else
            fail(LiveText::translate("sessions::ConnectFlow",
                                     "The gateway did not delete the session %1 for the restart. %2")
                     .arg(m_id, r.message));
    }
}

void ConnectFlow::onRecreated(const Result& r, const gateway::CreateChannelJob& job)
{
    if (r.ok || job.alreadyExists()) {
        m_deleteSent = false;
        if (m_winding) {
            finish(m_windState, m_windMessage);
            return;
        }
        m_backoff.reset();
        setState(State::WaitingForQr);
        say(LiveText::translate("sessions::ConnectFlow",
                                "Session %1 recreated. Waiting for the gateway to prepare the QR code…")
                .arg(m_id));
        run(Step::Qr);
    } else if (isTransient(r) && (!m_winding || ++m_windAttempts < 3)) {
        if (m_winding) {
            m_retryStep = Step::Recreate;
            m_retryTimer.start(m_backoff.next());
        } else {
            retryLater(Step::Recreate, r.message);
        }
    } else {
        const LiveText message =
            LiveText::translate("sessions::ConnectFlow",
                                "The session %1 was deleted for the restart but could not be created again. "
                                "%2 Create it again with Create.")
                .arg(m_id, r.message);
        m_deleteSent = false;
        finish(m_winding && m_windState == State::Cancelled ? State::Cancelled : State::Failed, message);
    }
}

} // namespace sessions
