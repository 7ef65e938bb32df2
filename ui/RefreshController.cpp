#include "RefreshController.h"

#include "RelativeTime.h"
#include "runtime/SessionMonitor.h"

#include <QLocale>
#include <QStringBuilder>

namespace ui {

RefreshController::RefreshController(runtime::SessionMonitor& monitor, QObject* parent)
    : QObject(parent)
    , m_monitor(monitor)
{
    m_autoTimer.setSingleShot(true);
    m_autoTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_autoTimer, &QTimer::timeout, this, &RefreshController::refreshNow);
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, &RefreshController::tick);
    connect(&m_monitor, &runtime::SessionMonitor::refreshStarted, this, &RefreshController::onStarted);
    connect(&m_monitor, &runtime::SessionMonitor::refreshFinished, this, &RefreshController::onFinished);
}

void RefreshController::setInterval(std::chrono::seconds interval)
{
    m_interval = std::max(interval, std::chrono::seconds(0));
    schedule();
}

void RefreshController::setActive(bool active)
{
    m_active = active;
    if (active)
        m_tickTimer.start();
    else
        m_tickTimer.stop();
    schedule();
    tick();
}

bool RefreshController::refreshNow()
{
    if (!m_active)
        return false;
    return m_monitor.refresh();
}

bool RefreshController::isRefreshing() const
{
    return m_monitor.isRefreshing();
}

void RefreshController::onStarted()
{
    m_autoTimer.stop();
    emit refreshingChanged(true);
    tick();
}

void RefreshController::onFinished()
{
    schedule();
    emit refreshingChanged(false);
    tick();
}

void RefreshController::schedule()
{
    m_autoTimer.stop();
    if (!m_active || m_interval.count() <= 0 || m_monitor.isRefreshing())
        return;
    m_autoTimer.start(std::chrono::duration_cast<std::chrono::milliseconds>(m_interval));
}

QString RefreshController::ageText() const
{
    if (!m_active)
        return {};
    QString text;
    const QDateTime last = m_monitor.lastSuccessUtc();
    if (m_monitor.isRefreshing() && !last.isValid())
        return tr("Loading sessions from the gateway…");
    const qint64 age = last.isValid() ? last.secsTo(QDateTime::currentDateTimeUtc()) : 0;
    if (m_monitor.isStale() && last.isValid()) {
        // Not "Updated just now": the data on screen is from the last refresh that worked.
        text = tr("Last successful refresh at %1 (%2); the latest one failed")
                   .arg(QLocale().toString(last.toLocalTime().time(), QLocale::ShortFormat), RelativeTime::ago(age));
    } else if (m_monitor.isStale()) {
        text = tr("Not updated yet; the latest refresh failed");
    } else if (!last.isValid()) {
        text = tr("Not updated yet");
    } else {
        text = RelativeTime::updated(age);
    }
    if (m_monitor.isRefreshing())
        text = tr("%1 — refreshing…").arg(text);
    return text;
}

void RefreshController::tick()
{
    const QString text = ageText();
    if (text == m_lastText)
        return;
    m_lastText = text;
    emit ageTextChanged(text);
}

} // namespace ui
