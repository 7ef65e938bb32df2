#include "RefreshController.h"

#include "RelativeTime.h"
#include "runtime/GatewayActivity.h"
#include "runtime/SessionMonitor.h"

#include <QLocale>
#include <QStringBuilder>

#include <algorithm>

namespace ui {

struct RefreshController::Watch
{
    QPointer<runtime::SessionMonitor> monitor;
    QTimer timer;
    QList<QMetaObject::Connection> connections;

    ~Watch()
    {
        for (const auto& c : std::as_const(connections))
            QObject::disconnect(c);
    }
};

RefreshController::RefreshController(QObject* parent)
    : QObject(parent)
{
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, &RefreshController::tick);
}

RefreshController::RefreshController(runtime::SessionMonitor& monitor, QObject* parent)
    : RefreshController(parent)
{
    setMonitors({&monitor});
}

RefreshController::~RefreshController() = default;

void RefreshController::setMonitors(const QList<runtime::SessionMonitor*>& monitors)
{
    std::vector<std::unique_ptr<Watch>> next;
    for (runtime::SessionMonitor* monitor : monitors) {
        auto it = std::find_if(m_watches.begin(), m_watches.end(),
                               [monitor](const auto& w) { return w && w->monitor == monitor; });
        if (it != m_watches.end()) {
            next.push_back(std::move(*it));
            continue;
        }
        auto watch = std::make_unique<Watch>();
        Watch* w = watch.get();
        w->monitor = monitor;
        w->timer.setSingleShot(true);
        w->timer.setTimerType(Qt::VeryCoarseTimer);
        w->connections << connect(&w->timer, &QTimer::timeout, this, [this, w] {
            if (m_active && w->monitor)
                w->monitor->refresh();
        });
        w->connections << connect(monitor, &runtime::SessionMonitor::refreshStarted, this, [this, w] {
            w->timer.stop();
            onStarted();
        });
        w->connections << connect(monitor, &runtime::SessionMonitor::refreshFinished, this,
                                  [this, w] { onFinished(w); });
        schedule(w);
        next.push_back(std::move(watch));
    }
    m_watches = std::move(next);
    const bool refreshing = isRefreshing();
    if (refreshing != m_refreshing) {
        m_refreshing = refreshing;
        emit refreshingChanged(refreshing);
    }
    tick();
}

void RefreshController::setInterval(std::chrono::seconds interval)
{
    m_interval = std::max(interval, std::chrono::seconds(0));
    for (const auto& w : m_watches)
        schedule(w.get());
}

void RefreshController::setActive(bool active)
{
    m_active = active;
    if (active)
        m_tickTimer.start();
    else
        m_tickTimer.stop();
    for (const auto& w : m_watches)
        schedule(w.get());
    tick();
}

bool RefreshController::refreshNow()
{
    if (!m_active)
        return false;
    bool started = false;
    for (const auto& w : m_watches) {
        if (w->monitor && !w->monitor->isRefreshing())
            started = w->monitor->refresh() || started;
    }
    return started;
}

bool RefreshController::isRefreshing() const
{
    return std::any_of(m_watches.begin(), m_watches.end(),
                       [](const auto& w) { return w->monitor && w->monitor->isRefreshing(); });
}

void RefreshController::onStarted()
{
    if (!m_refreshing) {
        m_refreshing = true;
        emit refreshingChanged(true);
    }
    tick();
}

void RefreshController::onFinished(Watch* watch)
{
    schedule(watch);
    if (m_refreshing && !isRefreshing()) {
        m_refreshing = false;
        emit refreshingChanged(false);
    }
    tick();
}

void RefreshController::schedule(Watch* watch)
{
    watch->timer.stop();
    if (watch->monitor) // the gateway's last-activity calls go out over the interval, not in a burst
        watch->monitor->setGatewayActivitySpread(runtime::GatewayActivity::spreadFor(m_interval));
    if (!m_active || m_interval.count() <= 0 || !watch->monitor || watch->monitor->isRefreshing())
        return;
    watch->timer.start(std::chrono::duration_cast<std::chrono::milliseconds>(m_interval));
}

QString RefreshController::ageText() const
{
    if (!m_active || m_watches.empty())
        return {};
    // The oldest data on screen decides: one gateway updated just now does not make the rows of
    // another, older one fresh.
    QDateTime oldest;
    bool stale = false;
    bool refreshing = false;
    for (const auto& w : m_watches) {
        if (!w->monitor)
            continue;
        const QDateTime last = w->monitor->lastSuccessUtc();
        if (last.isValid() && (!oldest.isValid() || last < oldest))
            oldest = last;
        stale = stale || w->monitor->isStale();
        refreshing = refreshing || w->monitor->isRefreshing();
    }
    if (refreshing && !oldest.isValid())
        return tr("Loading sessions from the gateway…");
    const qint64 age = oldest.isValid() ? oldest.secsTo(QDateTime::currentDateTimeUtc()) : 0;
    QString text;
    if (stale && oldest.isValid()) {
        // Not "Updated just now": the data on screen is from the last refresh that worked.
        text = tr("Last successful refresh at %1 (%2); the latest one failed")
                   .arg(QLocale().toString(oldest.toLocalTime().time(), QLocale::ShortFormat), RelativeTime::ago(age));
    } else if (stale) {
        text = tr("Not updated yet; the latest refresh failed");
    } else if (!oldest.isValid()) {
        text = tr("Not updated yet");
    } else {
        text = RelativeTime::updated(age);
    }
    if (refreshing)
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
