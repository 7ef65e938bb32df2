#include "HealthCheckController.h"
#include "LanguageChange.h"

#include "AppContext.h"
#include "SessionActions.h"
#include "SessionQueueDialog.h"
#include "gateway/GatewayClient.h"
#include "runtime/Runtime.h"
#include "runtime/SessionMonitor.h"
#include "runtime/SessionsRuntime.h"
#include "sessions/SessionBook.h"
#include "sessions/VisibleText.h"

#include <QAction>
#include <QApplication>
#include <QStyle>

namespace ui {

namespace {
// Beyond the client's own timeouts, so those speak first.
constexpr auto WaitMargin = std::chrono::seconds(15);
} // namespace

HealthCheckController::HealthCheckController(AppContext& context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    QStyle* style = window ? window->style() : QApplication::style();
    m_action = new QAction(QIcon::fromTheme(QStringLiteral("checkbox-checked-symbolic"),
                                            style->standardIcon(QStyle::SP_DialogApplyButton, nullptr, window)),
                           QString(), this);
    m_action->setObjectName(QStringLiteral("checkNowAction"));
    const auto texts = [this] {
        m_action->setText(tr("&Fix unhealthy sessions…"));
        m_action->setIconText(tr("Fix sessions…"));
        m_action->setToolTip(tr("Refresh, then list the sessions that need attention and reconnect them one at a "
                                "time, each QR code in its turn (Ctrl+Shift+H)"));
    };
    texts();
    onLanguageChange(this, texts);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_action, &QAction::triggered, this, &HealthCheckController::checkNow);

    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, &HealthCheckController::evaluate);

    // A listing changes the book and then finishes, an activity read follows: the verdict is
    // computed once for all of them, on the next turn of the event loop, not inside the listing's.
    m_publishTimer.setSingleShot(true);
    m_publishTimer.setInterval(0);
    connect(&m_publishTimer, &QTimer::timeout, this, &HealthCheckController::publish);

    auto& monitor = context.monitor();
    connect(&context.book(), &sessions::SessionBook::applied, this, &HealthCheckController::schedulePublish);
    connect(&monitor, &runtime::SessionMonitor::refreshFinished, this, &HealthCheckController::onRefreshFinished);
    connect(&monitor, &runtime::SessionMonitor::activityUpdated, this, &HealthCheckController::onActivityUpdated);
    // The verdict covers every gateway: any of them listing again republishes it.
    const auto watchGateways = [this] {
        for (runtime::SessionsRuntime* gateway : m_context.runtime().gateways()) {
            connect(&gateway->book(), &sessions::SessionBook::applied, this, &HealthCheckController::schedulePublish,
                    Qt::UniqueConnection);
            connect(&gateway->monitor(), &runtime::SessionMonitor::refreshFinished, this,
                    &HealthCheckController::schedulePublish, Qt::UniqueConnection);
        }
    };
    connect(&context.runtime(), &runtime::Runtime::gatewaysChanged, this, watchGateways);
    watchGateways();
    connect(&context, &AppContext::configured, this, [this] {
        setPhase(m_phase); // enables the action
        schedulePublish();
    });
    setPhase(Phase::Idle);
}

HealthCheckController::~HealthCheckController()
{
    // The list belongs to the window and may outlive this object by a moment: it must not call back.
    if (m_fix)
        m_fix->disconnect(this);
}

void HealthCheckController::setSessionActions(SessionActions* actions)
{
    m_actions = actions;
}

SessionQueueDialog* HealthCheckController::fixDialog() const
{
    return m_fix;
}

health::HealthReport HealthCheckController::currentReport() const
{
    if (!m_context.isConfigured())
        return {};
    // Every gateway, combined as the CLI's healthcheck combines them.
    QList<std::pair<QString, health::HealthReport>> reports;
    for (runtime::SessionsRuntime* gateway : m_context.runtime().gateways()) {
        if (!gateway->isConfigured())
            continue;
        const auto& monitor = gateway->monitor();
        const gateway::Result& last = monitor.lastResult();
        if (!last.ok && last.kind != gateway::ErrorKind::None && last.kind != gateway::ErrorKind::Cancelled)
            reports.append({gateway->name(), health::HealthReport::unreachable(last)}); // as the CLI says
        else if (!monitor.hasListing())
            return {}; // not checked until every gateway has answered once
        else
            reports.append({gateway->name(),
                            health::HealthReport::fromSessions(gateway->book().sessions(), m_context.activityNote())});
    }
    if (reports.isEmpty())
        return {};
    return health::HealthReport::combine(reports);
}

void HealthCheckController::setPhase(Phase phase)
{
    m_phase = phase;
    m_action->setEnabled(phase == Phase::Idle && m_context.isConfigured());
}

void HealthCheckController::publish()
{
    m_publishTimer.stop();
    emit reportChanged(currentReport());
}

void HealthCheckController::schedulePublish()
{
    m_publishTimer.start();
}

void HealthCheckController::checkNow()
{
    if (m_fix) {
        m_fix->raise();
        m_fix->activateWindow();
        return;
    }
    if (m_phase != Phase::Idle || !m_context.isConfigured())
        return;
    setPhase(Phase::Refreshing);
    m_listed = false;
    emit message(tr("Checking the sessions…"));
    m_waitTimer.start(
        std::chrono::duration_cast<std::chrono::milliseconds>(m_context.client().config().listTimeout + WaitMargin));
    auto& monitor = m_context.monitor();
    // A listing already in flight is as fresh as a new one: wait for it instead.
    if (!monitor.isRefreshing() && !monitor.refresh())
        evaluate();
}

void HealthCheckController::onRefreshFinished(const gateway::Result& result)
{
    schedulePublish(); // a failed listing changes the verdict without touching the book
    if (m_phase == Phase::Refreshing) {
        m_listed = true;
        // Like the CLI: the verdict waits for the activity read that goes with the listing.
        if (!result.ok || !m_context.monitor().activityPending())
            evaluate();
        return;
    }
}

void HealthCheckController::onActivityUpdated()
{
    schedulePublish();
    if (m_phase == Phase::Refreshing && m_listed && !m_context.monitor().activityPending())
        evaluate();
}

void HealthCheckController::evaluate()
{
    if (m_phase != Phase::Refreshing)
        return;
    m_waitTimer.stop();
    const health::HealthReport report = currentReport();
    emit reportChanged(report);
    const QString verdict = report.verdictText();
    if (report.level() == health::Level::Unknown) {
        setPhase(Phase::Idle);
        emit message(report.problem().isEmpty() ? tr("Health check: the sessions could not be listed.")
                                                : tr("Health check not possible: %1").arg(report.problemForAgent()));
        emit checkFinished(report);
        return;
    }
    if (report.unhealthySessions().isEmpty()) {
        setPhase(Phase::Idle);
        emit message(tr("Health check: %1. Nothing to do.").arg(verdict));
        emit checkFinished(report);
        return;
    }
    setPhase(Phase::Idle);
    openFixList(report);
    emit checkFinished(report);
}

QString HealthCheckController::needFor(const health::SessionResult& session)
{
    if (session.isZombie())
        return tr("Reconnect (looks connected, but is silent)");
    switch (session.status) {
    case sessions::Status::QrPending:
        return tr("Scan its QR code");
    case sessions::Status::Starting:
        return tr("Reconnect if it stays starting");
    default:
        return tr("Reconnect and scan a new QR code");
    }
}

void HealthCheckController::openFixList(const health::HealthReport& report)
{
    if (!m_actions)
        return;
    QList<SessionQueueDialog::Item> items;
    for (const health::SessionResult& s : report.unhealthySessions()) {
        const QString label =
            s.name.isEmpty() || s.name == s.id
                ? sessions::visibleText(s.id)
                : sessions::visibleText(s.name) + QStringLiteral(" (") + sessions::visibleText(s.id) + QLatin1Char(')');
        items.append({.id = s.id,
                      .label = label,
                      .need = [s] { return needFor(s); },
                      .gateway = s.gateway,
                      .action = {},
                      .skip = {}});
    }
    auto* dialog = new SessionQueueDialog(
        *m_actions, [] { return tr("Fix unhealthy sessions"); }, items, m_context.profile().bulkActionGap(), m_window);
    dialog->setObjectName(QStringLiteral("fixSessionsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SessionQueueDialog::queueFinished, this,
            [this](const QString& summary) { emit message(tr("Fix unhealthy sessions: %1.").arg(summary)); });
    m_fix = dialog;
    dialog->open();
}

} // namespace ui
