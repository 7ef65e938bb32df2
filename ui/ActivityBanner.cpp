#include "ActivityBanner.h"
#include "LanguageChange.h"

#include "AppContext.h"
#include "runtime/SessionMonitor.h"

namespace ui {

ActivityBanner::ActivityBanner(AppContext& context, QWidget* parent)
    : ErrorBanner(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("activityBanner"));
    setSettingsVisible(true);
    connect(this, &ErrorBanner::dismissed, this, [this] { m_dismissedReason = m_reason; });
    connect(&context.monitor(), &runtime::SessionMonitor::activityUpdated, this, &ActivityBanner::update);
    connect(&context, &AppContext::configured, this, &ActivityBanner::update);
    update();
    onLanguageChange(this, [this] { update(); });
}

QString ActivityBanner::detectionOffReason(AppContext& context)
{
    if (!context.hasResolved() || !context.isConfigured())
        return {};
    if (!context.runtime().activityProblem().isEmpty())
        return context.runtime().activityProblem();
    if (!context.activityIndex())
        return {};
    const activity::ActivitySnapshot& snapshot = context.monitor().activity();
    if (snapshot.state != activity::ActivitySnapshot::State::Unavailable)
        return {};
    return snapshot.reason.isEmpty() ? tr("The activity database is not available right now.") : snapshot.reason;
}

void ActivityBanner::update()
{
    const QString reason = detectionOffReason(m_context);
    const bool changed = reason.isEmpty() != m_reason.isEmpty();
    m_reason = reason;
    if (reason.isEmpty()) {
        m_dismissedReason.clear();
        hide();
    } else if (reason != m_dismissedReason) {
        showMessage(tr("Sessions that stopped receiving messages cannot be detected right now: the activity "
                       "database cannot be read, so such a session still shows as connected. Check the activity "
                       "database in Settings; if it persists, tell whoever runs the database."),
                    reason);
    }
    if (changed)
        emit detectionOffChanged(!reason.isEmpty());
}

} // namespace ui
