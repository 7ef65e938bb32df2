#pragma once

#include "BadgeTone.h"
#include "DesktopNotifier.h"
#include "health/HealthReport.h"
#include "sessions/SessionBook.h"

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QImage>
#include <QObject>
#include <QPointer>

#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace runtime {
class SessionMonitor;
}

namespace ui {

// The app in the system tray: an icon that shows the overall health level computed by health/
// (green OK, amber WARNING: a session possibly disconnected, red CRITICAL: one not connected, grey
// UNKNOWN: not listed yet or the gateway does not answer) in the colours of ui::palette, a menu with the unhealthy
// sessions, Refresh, Show window and Quit, and a desktop notification when a session leaves Connected, turns zombie or
// comes back. The only owner of the QSystemTrayIcon; without a system tray it creates none and the rest of the app
// works the same.
//
// It follows every gateway of the window at once: the icon shows the verdict over all of them (as
// the CLI healthcheck combines them), the menu lists the unhealthy sessions of each, named with
// their gateway when there are several.
//
//   auto* tray = new ui::TrayNotifier(app);
//   tray->addGateway("alpha", alpha.book(), &alpha.monitor());
//   connect(tray, &TrayNotifier::reconnectRequested, actions, &SessionActions::reconnect);
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxSingleNotifications = 3; // more changes at once: one summary
    static constexpr int MaxMenuSessions = 10;

    explicit TrayNotifier(QObject* parent = nullptr);
    // One gateway (without a name), as addGateway({}, book).
    explicit TrayNotifier(sessions::SessionBook& book, QObject* parent = nullptr);
    ~TrayNotifier() override;

    // Follows a gateway's sessions, and with a monitor its listings: a failed one counts as that
    // gateway not answering (grey when it is the only one, named in the tooltip otherwise).
    void addGateway(const QString& name, sessions::SessionBook& book, runtime::SessionMonitor* monitor = nullptr);
    void removeGateway(const QString& name);
    QStringList gateways() const;
    // The first gateway's listings (one-gateway use).
    void watch(runtime::SessionMonitor& monitor);
    // nullptr: the tray's own balloons. Not owned.
    void setNotifier(DesktopNotifier* notifier);
    // Of the first gateway (one-gateway use); translated; empty when the gateway answers.
    void setGatewayProblem(const QString& message);

    // A tray icon exists and is shown: closing the main window can keep the app running.
    bool isAvailable() const;
    // Tells once per run that the app keeps running in the tray after its window was closed.
    void announceHidden();

    health::Level level() const { return m_report.level(); }
    const health::HealthReport& report() const { return m_report; }
    QIcon icon() const { return m_icon; }
    QString toolTip() const { return m_toolTip; }
    QMenu* menu() const { return m_menu.get(); }

    static QIcon iconFor(health::Level level);
    static QImage iconImage(health::Level level, int side); // the icon drawn at one size, for checks

signals:
    // gateway: the profile's name given to addGateway (empty for the one-gateway constructor).
    void reconnectRequested(const QString& id, const QString& gateway);
    void refreshRequested();
    void showWindowRequested();
    void quitRequested();

private:
    enum class Condition
    {
        Up,
        Zombie,
        Down
    };
    struct Change
    {
        QString id;
        QString gateway;
        Condition after;
    };
    struct Source
    {
        QString name;
        QPointer<sessions::SessionBook> book;
        QString problem; // the last listing's failure, translated
        QList<QMetaObject::Connection> connections;
    };

    static Condition conditionOf(sessions::Status status, sessions::Health health);
    void onTransitions(const QString& gateway, const QList<sessions::SessionBook::Transition>& transitions);
    Source* source(const QString& name);
    void setProblem(const QString& gateway, const QString& message);
    QMetaObject::Connection followRefreshes(const QString& gateway, runtime::SessionMonitor& monitor);
    // "id" with one gateway, "id (gateway)" with several: how notifications name a session.
    QString label(const QString& id, const QString& gateway) const;
    void notifyOne(const Change& change);
    void notifySummary(const QList<Change>& changes);
    void notify(const QString& title, const QString& body, DesktopNotifier::Severity severity);
    void prune();
    void update();
    void rebuildMenu();
    QIcon cachedIcon(health::Level level);
    QIcon toneIcon(BadgeTone tone); // a badge's colour, for the menu's sessions

    QList<Source> m_sources;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon* m_tray = nullptr;
    std::unique_ptr<DesktopNotifier> m_balloons;
    DesktopNotifier* m_notifier = nullptr;
    QHash<QString, Condition> m_notified; // the last condition told (or seen) per gateway + "\n" + id
    health::HealthReport m_report;        // the verdict the icon and the tooltip show
    QIcon m_icon;
    QHash<int, QIcon> m_icons;     // by level: drawn once
    QHash<int, QIcon> m_toneIcons; // by badge tone
    QString m_toolTip;
    bool m_announcedHidden = false;
};

} // namespace ui
