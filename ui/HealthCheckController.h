#pragma once

#include "gateway/Result.h"
#include "health/HealthReport.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QWidget;

namespace ui {

class AppContext;
class SessionActions;
class SessionQueueDialog;

// The GUI's healthcheck, with the CLI's rules (health::HealthReport). Keeps reportChanged() current
// for the status bar, and owns "Fix unhealthy sessions…":
//
//   Idle -> Refreshing (list, then activity) -> verdict
//        -> all healthy or UNKNOWN: a status message, back to Idle
//        -> a SessionQueueDialog listing each unhealthy session with what it needs; Start runs them
//           one at a time, each QR code shown in its turn (SessionActions' QR dialog)
//
// Unlike the CLI healthcheck it never asks the gateway for QR codes in bulk: a QR nobody sees
// links nothing.
class HealthCheckController : public QObject
{
    Q_OBJECT

public:
    enum class Phase
    {
        Idle,
        Refreshing,
    };

    HealthCheckController(AppContext& context, QWidget* window);
    ~HealthCheckController() override;

    // Where the QR dialogs come from; without it the fix list cannot run.
    void setSessionActions(SessionActions* actions);

    QAction* checkNowAction() const { return m_action; }
    Phase phase() const { return m_phase; }
    // The verdict on what is listed now: UNKNOWN with a problem when the last listing failed,
    // UNKNOWN without one while nothing has been listed.
    health::HealthReport currentReport() const;

    // The list of unhealthy sessions, while open.
    SessionQueueDialog* fixDialog() const;
    // What a session needs, in words for the list ("Scan the QR code").
    static QString needFor(const health::SessionResult& session);

public slots:
    void checkNow();

signals:
    void reportChanged(const health::HealthReport& report);
    void message(const QString& text); // for the status bar, translated
    // Once per checkNow() that reached a verdict.
    void checkFinished(const health::HealthReport& report);

private:
    void setPhase(Phase phase);
    void publish();
    void schedulePublish();
    void onRefreshFinished(const gateway::Result& result);
    void onActivityUpdated();
    void evaluate();
    void openFixList(const health::HealthReport& report);

    AppContext& m_context;
    QPointer<QWidget> m_window;
    QPointer<SessionActions> m_actions;
    QAction* m_action = nullptr;
    QTimer m_waitTimer;    // a listing or an activity read that never ends must not hold the action
    QTimer m_publishTimer; // one verdict per event-loop turn, after the table has its rows
    Phase m_phase = Phase::Idle;
    bool m_listed = false;
    QPointer<SessionQueueDialog> m_fix;
};

} // namespace ui
