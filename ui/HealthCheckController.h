#pragma once

#include "gateway/Result.h"
#include "health/HealthReport.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QWidget;

namespace health {
class HealthCheck;
}

namespace ui {

class AppContext;

// The GUI's healthcheck, with the CLI's rules (health::HealthReport) and its one action
// (health::HealthCheck: one GET /qr per unhealthy session). Keeps reportChanged() current for the
// status bar, and owns "Check health now":
//
//   Idle -> Refreshing (list, then activity) -> verdict
//        -> all healthy or UNKNOWN: a status message, back to Idle
//        -> Confirming (non-modal question) -> Requesting (dryRun = !confirmed) -> results -> refresh
//
// Nothing goes to the gateway but the listing unless the person confirms.
class HealthCheckController : public QObject
{
    Q_OBJECT

public:
    enum class Phase
    {
        Idle,
        Refreshing,
        Confirming,
        Requesting,
    };

    HealthCheckController(AppContext& context, QWidget* window);
    ~HealthCheckController() override;

    QAction* checkNowAction() const { return m_action; }
    Phase phase() const { return m_phase; }
    // The verdict on what is listed now: UNKNOWN with a problem when the last listing failed,
    // UNKNOWN without one while nothing has been listed.
    health::HealthReport currentReport() const;

    QMessageBox* confirmation() const { return m_confirm; } // open while Confirming
    QMessageBox* results() const { return m_results; }      // the last results, while open

public slots:
    void checkNow();

signals:
    void reportChanged(const health::HealthReport& report);
    void message(const QString& text); // for the status bar, translated
    // Once per checkNow() that reached a verdict, with what was done (dry run when declined).
    void checkFinished(const health::HealthReport& report);

private:
    void setPhase(Phase phase);
    void publish();
    void schedulePublish();
    void onRefreshFinished(const gateway::Result& result);
    void onActivityUpdated();
    void evaluate();
    void confirm(const health::HealthReport& report);
    void run(bool send);
    void onSessionHandled(const QString& id, health::Action action, const QString& text);
    void onCheckFinished(const health::HealthReport& report);
    void showResults(const health::HealthReport& report);

    AppContext& m_context;
    QPointer<QWidget> m_window;
    QAction* m_action = nullptr;
    health::HealthCheck* m_check = nullptr;
    QTimer m_waitTimer;    // a listing or an activity read that never ends must not hold Check now
    QTimer m_publishTimer; // one verdict per event-loop turn, after the table has its rows
    Phase m_phase = Phase::Idle;
    bool m_listed = false;
    bool m_refreshAfter = false;
    int m_handled = 0;
    int m_toSend = 0;
    health::HealthReport m_pending;
    QPointer<QMessageBox> m_confirm;
    QPointer<QMessageBox> m_results;
};

} // namespace ui
