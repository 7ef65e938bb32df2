#include "HealthCheckController.h"

#include "AppContext.h"
#include "HealthSummary.h"
#include "gateway/GatewayClient.h"
#include "health/HealthCheck.h"
#include "runtime/Runtime.h"
#include "runtime/SessionMonitor.h"
#include "runtime/SessionsRuntime.h"
#include "sessions/SessionBook.h"

#include <QAction>
#include <QApplication>
#include <QGridLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace ui {

namespace {
// Beyond the client's own timeouts, so those speak first.
constexpr auto WaitMargin = std::chrono::seconds(15);

QString htmlList(const QStringList& items)
{
    QString html = QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString& item : items)
        html += QStringLiteral("<li>") + item + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

// QMessageBox sizes itself to its text: without a floor, a list of sessions wraps after a few words.
void widen(QMessageBox* box, int width)
{
    if (auto* grid = qobject_cast<QGridLayout*>(box->layout()))
        grid->addItem(new QSpacerItem(width, 0, QSizePolicy::Minimum, QSizePolicy::Minimum), grid->rowCount(), 0, 1,
                      grid->columnCount());
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}
} // namespace

HealthCheckController::HealthCheckController(AppContext& context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    QStyle* style = window ? window->style() : QApplication::style();
    m_action = new QAction(QIcon::fromTheme(QStringLiteral("checkbox-checked-symbolic"),
                                            style->standardIcon(QStyle::SP_DialogApplyButton, nullptr, window)),
                           tr("Check &health now"), this);
    m_action->setObjectName(QStringLiteral("checkNowAction"));
    m_action->setIconText(tr("Check now"));
    m_action->setToolTip(tr("Refresh, show the health verdict and offer to make the gateway reconnect the sessions "
                            "needing attention (Ctrl+Shift+H)"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_action, &QAction::triggered, this, &HealthCheckController::checkNow);

    m_check = new health::HealthCheck(context.client(), this);
    connect(m_check, &health::HealthCheck::sessionHandled, this, &HealthCheckController::onSessionHandled);
    connect(m_check, &health::HealthCheck::finished, this, &HealthCheckController::onCheckFinished);

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
    // The question belongs to the window and may outlive this object by a moment: it must not call back.
    if (m_confirm)
        m_confirm->disconnect(this);
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
    if (m_phase == Phase::Confirming && m_confirm) {
        m_confirm->raise();
        m_confirm->activateWindow();
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
    if (m_phase == Phase::Idle && m_refreshAfter) {
        m_refreshAfter = false;
        m_context.monitor().refresh();
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
                                                : tr("Health check not possible: %1").arg(report.problem()));
        emit checkFinished(report);
        return;
    }
    if (report.unhealthySessions().isEmpty()) {
        setPhase(Phase::Idle);
        emit message(tr("Health check: %1. Nothing to do.").arg(verdict));
        emit checkFinished(report);
        return;
    }
    confirm(report);
}

void HealthCheckController::confirm(const health::HealthReport& report)
{
    setPhase(Phase::Confirming);
    m_pending = report;
    const QStringList lines = HealthSummary::attentionLines(report);
    QStringList escaped;
    for (const QString& line : lines)
        escaped << line.toHtmlEscaped();

    auto* box = new QMessageBox(m_window);
    box->setObjectName(QStringLiteral("checkNowMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Check health now"));
    box->setTextFormat(Qt::RichText);
    box->setText(QStringLiteral("<b>") + report.verdictText().toHtmlEscaped() + QStringLiteral("</b>"));
    const QString intro = lines.size() == 1 ? tr("This session needs attention:")
                                            : tr("These %1 sessions need attention:").arg(lines.size());
    const QString question =
        tr("Ask the gateway for a QR code for each of them? That makes the gateway try to reconnect them; nothing "
           "is deleted. A phone that was unlinked still has to scan the new QR code (Reconnect).");
    box->setInformativeText(paragraph(intro) + htmlList(escaped) + paragraph(question));
    QPushButton* send = box->addButton(tr("&Ask for QR codes"), QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("requestQrPushButton"));
    QPushButton* keep = box->addButton(tr("&Don't send anything"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("dryRunPushButton"));
    box->setDefaultButton(send);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, send] { run(box->clickedButton() == send); });
    widen(box, box->fontMetrics().averageCharWidth() * 70);
    m_confirm = box;
    box->open();
}

void HealthCheckController::run(bool send)
{
    if (m_phase != Phase::Confirming)
        return;
    setPhase(Phase::Requesting);
    m_handled = 0;
    m_toSend = send ? int(m_pending.unhealthySessions().size()) : 0;
    if (send)
        emit message(tr("Asking the gateway for %1 QR codes…").arg(m_toSend));
    m_check->start(m_pending, /*dryRun=*/!send);
}

void HealthCheckController::onSessionHandled(const QString& id, health::Action action, const QString&)
{
    ++m_handled;
    emit message(action == health::Action::QrFailed
                     ? tr("Asked for a QR code for %1: failed (%2 of %3)").arg(id).arg(m_handled).arg(m_toSend)
                     : tr("Asked for a QR code for %1 (%2 of %3)").arg(id).arg(m_handled).arg(m_toSend));
}

void HealthCheckController::onCheckFinished(const health::HealthReport& report)
{
    setPhase(Phase::Idle);
    if (report.isDryRun()) {
        emit message(tr("Health check: %1. Nothing was sent to the gateway.").arg(report.verdictText()));
    } else {
        showResults(report);
        // Show what the requests changed; after a refresh already in flight, if there is one.
        if (!m_context.monitor().refresh())
            m_refreshAfter = true;
    }
    emit checkFinished(report);
}

void HealthCheckController::showResults(const health::HealthReport& report)
{
    int asked = 0;
    int failed = 0;
    QStringList lines;
    for (const health::SessionResult& s : report.unhealthySessions()) {
        if (s.action == health::Action::QrRequested)
            ++asked;
        else if (s.action == health::Action::QrFailed)
            ++failed;
        lines << QStringLiteral("<b>") + s.id.toHtmlEscaped() + QStringLiteral("</b>: ") +
                     s.actionMessage.toHtmlEscaped();
    }
    const QString summary = failed == 0
                                ? tr("Asked the gateway for %1 QR codes.").arg(asked)
                                : tr("Asked the gateway for %1 QR codes; %2 failed.").arg(asked + failed).arg(failed);
    emit message(summary);

    if (m_results)
        m_results->close();
    auto* box = new QMessageBox(m_window);
    box->setObjectName(QStringLiteral("checkNowResultsMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(failed == 0 ? QMessageBox::Information : QMessageBox::Warning);
    box->setWindowTitle(tr("Health check results"));
    box->setTextFormat(Qt::RichText);
    box->setText(QStringLiteral("<b>") + summary.toHtmlEscaped() + QStringLiteral("</b>"));
    box->setInformativeText(htmlList(lines) + paragraph(tr("The list is being refreshed to show the new states.")));
    box->setStandardButtons(QMessageBox::Close);
    widen(box, box->fontMetrics().averageCharWidth() * 90);
    m_results = box;
    box->open();
}

} // namespace ui
