#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

namespace runtime {
class SessionMonitor;
}

namespace ui {

// When to refresh, and how old the data on screen is, for every gateway of the window. Each
// gateway refreshes on its own schedule, every interval counted from the end of its last refresh,
// so a slow or failing gateway never delays the others and never gets two listings in flight (the
// monitor refuses those anyway). Ticks once a second with the "Updated N s ago" text.
//
//   RefreshController refresher;
//   refresher.setMonitors({&gateway1.monitor(), &gateway2.monitor()});
//   refresher.setInterval(profile.refreshInterval());
//   connect(&refresher, &RefreshController::ageTextChanged, label, &QLabel::setText);
//   refresher.setActive(true);
class RefreshController : public QObject
{
    Q_OBJECT

public:
    explicit RefreshController(QObject* parent = nullptr);
    explicit RefreshController(runtime::SessionMonitor& monitor, QObject* parent = nullptr);
    ~RefreshController() override;

    // The gateways to refresh; a monitor already watched keeps its schedule.
    void setMonitors(const QList<runtime::SessionMonitor*>& monitors);

    void setInterval(std::chrono::seconds interval); // 0: no automatic refresh
    std::chrono::seconds interval() const { return m_interval; }
    // Inactive (no gateway configured): no automatic refresh, no ticking.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Starts a refresh of every gateway that is not refreshing already; false when none started.
    bool refreshNow();
    // Some gateway is refreshing.
    bool isRefreshing() const;

    // "Updated 12 s ago", "Refreshing…", "Not updated yet"; after a failed refresh, when the last
    // successful one was ("Last successful refresh at 14:03 (5 min ago); the latest one failed").
    // With several gateways, the age is the oldest of them.
    QString ageText() const;

signals:
    void ageTextChanged(const QString& text);
    // Some gateway started refreshing (true) or none is refreshing any more (false).
    void refreshingChanged(bool refreshing);

private:
    struct Watch;
    void onStarted();
    void onFinished(Watch* watch);
    void schedule(Watch* watch);
    void tick();

    std::vector<std::unique_ptr<Watch>> m_watches;
    QTimer m_tickTimer;
    std::chrono::seconds m_interval{std::chrono::minutes(5)};
    bool m_active = false;
    bool m_refreshing = false;
    QString m_lastText;
};

} // namespace ui
