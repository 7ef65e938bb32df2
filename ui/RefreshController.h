#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace runtime {
class SessionMonitor;
}

namespace ui {

// When to refresh, and how old the data on screen is. Refreshes every interval (counted from the
// end of the last refresh, so a slow gateway never gets two listings in flight: the monitor
// refuses those anyway), and ticks once a second with the "Updated N s ago" text.
//
//   RefreshController refresher(monitor);
//   refresher.setInterval(profile.refreshInterval());
//   connect(&refresher, &RefreshController::ageTextChanged, label, &QLabel::setText);
//   refresher.setActive(true);
class RefreshController : public QObject
{
    Q_OBJECT

public:
    explicit RefreshController(runtime::SessionMonitor& monitor, QObject* parent = nullptr);

    void setInterval(std::chrono::seconds interval); // 0: no automatic refresh
    std::chrono::seconds interval() const { return m_interval; }
    // Inactive (no gateway configured): no automatic refresh, no ticking.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Starts a refresh now; false when one is already running (or inactive).
    bool refreshNow();
    bool isRefreshing() const;

    // "Updated 12 s ago", "Refreshing…", "Not updated yet"; after a failed refresh, when the last
    // successful one was ("Last successful refresh at 14:03 (5 min ago); the latest one failed").
    QString ageText() const;

signals:
    void ageTextChanged(const QString& text);
    void refreshingChanged(bool refreshing);

private:
    void onStarted();
    void onFinished();
    void schedule();
    void tick();

    runtime::SessionMonitor& m_monitor;
    QTimer m_autoTimer;
    QTimer m_tickTimer;
    std::chrono::seconds m_interval{std::chrono::minutes(5)};
    bool m_active = false;
    QString m_lastText;
};

} // namespace ui
