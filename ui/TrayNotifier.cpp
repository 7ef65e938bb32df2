#include "TrayNotifier.h"
#include "LanguageChange.h"
#include "SessionLabel.h"

#include "BadgeTone.h"
#include "Palette.h"
#include "runtime/SessionMonitor.h"
#include "sessions/VisibleText.h"

#include <QAction>
#include <QApplication>
#include <QIconEngine>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOption>
#include <QSystemTrayIcon>

#include <algorithm>

namespace ui {

namespace {

using Severity = DesktopNotifier::Severity;

// The real notifier: the tray icon's balloons (or the desktop's notification service behind them).
class TrayBalloons : public DesktopNotifier
{
public:
    explicit TrayBalloons(QSystemTrayIcon* tray)
        : m_tray(tray)
    {}

    void showMessage(const QString& title, const QString& body, Severity severity) override
    {
        if (!m_tray || !QSystemTrayIcon::supportsMessages())
            return;
        const QSystemTrayIcon::MessageIcon icon = severity == Severity::Critical  ? QSystemTrayIcon::Critical
                                                  : severity == Severity::Warning ? QSystemTrayIcon::Warning
                                                                                  : QSystemTrayIcon::Information;
        m_tray->showMessage(title, body, icon, 10000);
    }

private:
    QSystemTrayIcon* m_tray;
};

// Drawn, not scaled from one bitmap, so each size is sharp.
constexpr int IconSides[] = {16, 20, 22, 24, 32, 40, 48, 64, 96, 128, 256};

} // namespace

namespace {
QString notifiedKey(const QString& gateway, const QString& id)
{
    return gateway + QLatin1Char('\n') + id; // an id never holds a line break
}
} // namespace

TrayNotifier::TrayNotifier(QObject* parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setObjectName(QStringLiteral("systemTrayIcon"));
        m_tray->setContextMenu(m_menu.get());
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit showWindowRequested();
        });
        m_balloons = std::make_unique<TrayBalloons>(m_tray);
        m_notifier = m_balloons.get();
    }
    update();
    onLanguageChange(this, [this] { update(); }); // the menu and the tooltip, in the new language
    if (m_tray)
        m_tray->show();
}

TrayNotifier::TrayNotifier(sessions::SessionBook& book, QObject* parent)
    : TrayNotifier(parent)
{
    addGateway({}, book);
}

TrayNotifier::~TrayNotifier()
{
    if (m_tray)
        m_tray->setContextMenu(nullptr);
}

void TrayNotifier::addGateway(const QString& name, sessions::SessionBook& book, runtime::SessionMonitor* monitor)
{
    if (source(name))
        removeGateway(name);
    Source added;
    added.name = name;
    added.book = &book;
    added.connections << connect(&book, &sessions::SessionBook::transitions, this,
                                 [this, name](const QList<sessions::SessionBook::Transition>& transitions) {
                                     onTransitions(name, transitions);
                                 });
    added.connections << connect(&book, &sessions::SessionBook::applied, this, [this] {
        prune();
        update();
    });
    added.connections << connect(&book, &sessions::SessionBook::rowsRemoved, this, &TrayNotifier::update);
    if (monitor)
        added.connections << followRefreshes(name, *monitor);
    m_sources.append(added);
    update();
}

void TrayNotifier::removeGateway(const QString& name)
{
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).name != name)
            continue;
        for (const auto& c : std::as_const(m_sources.at(i).connections))
            disconnect(c);
        m_sources.removeAt(i);
        prune();
        update();
        return;
    }
}

QStringList TrayNotifier::gateways() const
{
    QStringList names;
    for (const Source& src : m_sources)
        names << src.name;
    return names;
}

TrayNotifier::Source* TrayNotifier::source(const QString& name)
{
    for (Source& src : m_sources) {
        if (src.name == name)
            return &src;
    }
    return nullptr;
}

void TrayNotifier::watch(runtime::SessionMonitor& monitor)
{
    if (m_sources.isEmpty())
        return;
    m_sources.first().connections << followRefreshes(m_sources.first().name, monitor);
}

QMetaObject::Connection TrayNotifier::followRefreshes(const QString& gateway, runtime::SessionMonitor& monitor)
{
    // A failed listing is the gateway's problem until a listing succeeds; a cancelled one says nothing.
    return connect(&monitor, &runtime::SessionMonitor::refreshFinished, this,
                   [this, gateway](const gateway::Result& result) {
                       if (result.kind != gateway::ErrorKind::Cancelled)
                           setProblem(gateway, result.ok ? QString() : result.agentMessage());
                   });
}

void TrayNotifier::setNotifier(DesktopNotifier* notifier)
{
    m_notifier = notifier ? notifier : m_balloons.get();
}

void TrayNotifier::setGatewayProblem(const QString& message)
{
    if (!m_sources.isEmpty())
        setProblem(m_sources.first().name, message);
}

void TrayNotifier::setProblem(const QString& gateway, const QString& message)
{
    Source* src = source(gateway);
    if (!src || src->problem == message)
        return;
    src->problem = message;
    update();
}

QString TrayNotifier::label(const QString& id, const QString& gateway) const
{
    return sessionLabel(id, gateway, m_sources.size() > 1);
}

bool TrayNotifier::isAvailable() const
{
    return m_tray && m_tray->isVisible();
}

void TrayNotifier::announceHidden()
{
    if (m_announcedHidden || !isAvailable())
        return;
    m_announcedHidden = true;
    notify(tr("Pixel Hub Sessions keeps running"),
           tr("It keeps watching the sessions from the system tray. Use Quit in the tray menu to stop it."),
           Severity::Information);
}

// --- notifications --------------------------------------------------------------------------

TrayNotifier::Condition TrayNotifier::conditionOf(sessions::Status status, sessions::Health health)
{
    if (health == sessions::Health::Zombie)
        return Condition::Zombie;
    return status == sessions::Status::Connected ? Condition::Up : Condition::Down;
}

void TrayNotifier::onTransitions(const QString& gateway, const QList<sessions::SessionBook::Transition>& transitions)
{
    QList<Change> changes;
    for (const sessions::SessionBook::Transition& t : transitions) {
        const Condition after = conditionOf(t.newStatus, t.newHealth);
        // Only what was told (or seen) before counts: Disconnected -> Waiting for QR is no news,
        // and a state already announced is not announced again.
        const QString key = notifiedKey(gateway, t.id);
        const Condition before = m_notified.value(key, conditionOf(t.oldStatus, t.oldHealth));
        m_notified.insert(key, after);
        if (t.wasKnown && before != after)
            changes.append({t.id, gateway, after});
    }
    if (changes.isEmpty())
        return;
    if (changes.size() > MaxSingleNotifications) {
        notifySummary(changes);
        return;
    }
    for (const Change& change : std::as_const(changes))
        notifyOne(change);
}

void TrayNotifier::notifyOne(const Change& change)
{
    const Source* src = source(change.gateway);
    const sessions::Session* session = src && src->book ? src->book->find(change.id) : nullptr;
    const QString who = label(change.id, change.gateway);
    switch (change.after) {
    case Condition::Down:
        notify(tr("%1 is not connected").arg(who),
               tr("The gateway reports it as “%1”. Open Pixel Hub Sessions and reconnect it.")
                   .arg(session ? badgeLabel(*session) : QString()),
               Severity::Critical);
        break;
    case Condition::Zombie:
        notify(tr("%1 is possibly disconnected").arg(who),
               session && !session->healthReason.isEmpty()
                   ? tr("It says connected, but %1. Check the phone, or reconnect it.").arg(session->healthReason)
                   : tr("It says connected, but has gone silent. Check the phone, or reconnect it."),
               Severity::Warning);
        break;
    case Condition::Up:
        notify(tr("%1 is connected again").arg(who), tr("The session is back online."), Severity::Information);
        break;
    }
}

void TrayNotifier::notifySummary(const QList<Change>& changes)
{
    QStringList down, zombie, up;
    for (const Change& change : changes)
        (change.after == Condition::Down     ? down
         : change.after == Condition::Zombie ? zombie
                                             : up)
            .append(label(change.id, change.gateway));
    QStringList lines;
    if (!down.isEmpty())
        lines.append(tr("Not connected: %1").arg(down.join(QStringLiteral(", "))));
    if (!zombie.isEmpty())
        lines.append(tr("Possibly disconnected: %1").arg(zombie.join(QStringLiteral(", "))));
    if (!up.isEmpty())
        lines.append(tr("Connected again: %1").arg(up.join(QStringLiteral(", "))));
    const Severity severity = !down.isEmpty()     ? Severity::Critical
                              : !zombie.isEmpty() ? Severity::Warning
                                                  : Severity::Information;
    // Only for more than MaxSingleNotifications changes: always a plural.
    notify(tr("%n sessions changed status", nullptr, int(changes.size())), lines.join(QLatin1Char('\n')), severity);
}

void TrayNotifier::notify(const QString& title, const QString& body, Severity severity)
{
    if (m_notifier)
        m_notifier->showMessage(title, body, severity);
}

void TrayNotifier::prune()
{
    for (auto it = m_notified.begin(); it != m_notified.end();) {
        const QString gateway = it.key().section(QLatin1Char('\n'), 0, 0);
        const QString id = it.key().section(QLatin1Char('\n'), 1);
        const Source* src = source(gateway);
        if (!src || !src->book || !src->book->find(id))
            it = m_notified.erase(it);
        else
            ++it;
    }
}

// --- icon, tooltip, menu ------------------------------------------------------------------------

QImage TrayNotifier::iconImage(health::Level level, int side)
{
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = side;
    const QColor fill = palette::levelColor(level);
    p.setPen(QPen(fill.darker(135), qMax(1.0, s / 32.0)));
    p.setBrush(fill);
    const qreal m = s * 0.06;
    p.drawEllipse(QRectF(m, m, s - 2 * m, s - 2 * m));

    // A glyph too, so the state does not depend on telling colours apart.
    const QColor ink = palette::levelInk(level);
    QPen pen(ink, s * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (level) {
    case health::Level::Ok: {
        QPainterPath check;
        check.moveTo(s * 0.30, s * 0.52);
        check.lineTo(s * 0.44, s * 0.66);
        check.lineTo(s * 0.70, s * 0.38);
        p.drawPath(check);
        break;
    }
    case health::Level::Critical:
        p.drawLine(QPointF(s * 0.35, s * 0.35), QPointF(s * 0.65, s * 0.65));
        p.drawLine(QPointF(s * 0.65, s * 0.35), QPointF(s * 0.35, s * 0.65));
        break;
    case health::Level::Warning:
        p.drawLine(QPointF(s * 0.5, s * 0.28), QPointF(s * 0.5, s * 0.55));
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(QPointF(s * 0.5, s * 0.73), s * 0.075, s * 0.075);
        break;
    case health::Level::Unknown: {
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        for (const qreal x : {0.32, 0.5, 0.68})
            p.drawEllipse(QPointF(s * x, s * 0.5), s * 0.07, s * 0.07);
        break;
    }
    }
    return image;
}

namespace {

// Draws the tray icon at the size asked for, when it is asked for: the first listing must not pay
// for eleven renderings that a desktop without a tray never shows.
class LevelIconEngine : public QIconEngine
{
public:
    explicit LevelIconEngine(health::Level level)
        : m_level(level)
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(rect, pixmap(rect.size(), mode, state));
    }

    // On a high-DPI screen QIcon asks for the size in device pixels (and sets the ratio itself).
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        const int side = std::max(1, std::min(size.width(), size.height()));
        const int key = side * 8 + int(mode);
        auto it = m_cache.find(key);
        if (it == m_cache.end()) {
            QPixmap pixmap = QPixmap::fromImage(TrayNotifier::iconImage(m_level, side));
            if (mode != QIcon::Normal && qApp) {
                const QStyleOption option;
                pixmap = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
            }
            it = m_cache.insert(key, pixmap);
        }
        return it.value();
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return {side, side};
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int side : IconSides)
            sizes.append(QSize(side, side));
        return sizes;
    }

    QIconEngine* clone() const override { return new LevelIconEngine(m_level); }
    QString key() const override { return QStringLiteral("PixelHubLevelIcon"); }

private:
    health::Level m_level;
    QHash<int, QPixmap> m_cache;
};

} // namespace

QIcon TrayNotifier::iconFor(health::Level level)
{
    return QIcon(new LevelIconEngine(level));
}

QIcon TrayNotifier::toneIcon(BadgeTone tone)
{
    auto it = m_toneIcons.find(int(tone));
    if (it == m_toneIcons.end())
        it = m_toneIcons.insert(int(tone), palette::dotIcon(palette::badge(tone).border));
    return it.value();
}

QIcon TrayNotifier::cachedIcon(health::Level level)
{
    auto it = m_icons.find(int(level));
    if (it == m_icons.end())
        it = m_icons.insert(int(level), iconFor(level));
    return it.value();
}

void TrayNotifier::update()
{
    // The verdict is health/'s, the one the status bar and the CLI healthcheck show.
    const health::Level before = m_report.level();
    m_report = {};
    if (m_sources.size() == 1) {
        const Source& only = m_sources.first();
        if (!only.problem.isEmpty()) {
            gateway::Result failed;
            failed.message = text::LiveText::verbatim(only.problem);
            m_report = health::HealthReport::unreachable(failed);
        } else if (only.book && only.book->isLoaded()) {
            m_report = health::HealthReport::fromSessions(only.book->sessions());
        }
    } else if (m_sources.size() > 1) {
        // Every gateway, combined as the CLI's healthcheck and the status bar combine them; not
        // judged until each has answered once.
        QList<std::pair<QString, health::HealthReport>> reports;
        bool listed = true;
        for (const Source& src : std::as_const(m_sources)) {
            if (!src.problem.isEmpty()) {
                gateway::Result failed;
                failed.message = text::LiveText::verbatim(src.problem);
                reports.append({src.name, health::HealthReport::unreachable(failed)});
            } else if (src.book && src.book->isLoaded()) {
                reports.append({src.name, health::HealthReport::fromSessions(src.book->sessions())});
            } else {
                listed = false;
            }
        }
        if (listed)
            m_report = health::HealthReport::combine(reports);
    }
    if (m_report.level() != before || m_icon.isNull())
        m_icon = cachedIcon(m_report.level());
    const bool failed = m_report.level() == health::Level::Unknown && !m_report.problem().isEmpty();
    m_toolTip =
        tr("Pixel Hub Sessions") + QLatin1Char('\n') + (failed ? m_report.problemForAgent() : m_report.verdictText());
    if (m_tray) {
        m_tray->setIcon(m_icon);
        m_tray->setToolTip(m_toolTip);
    }
    rebuildMenu();
}

void TrayNotifier::rebuildMenu()
{
    m_menu->clear();
    struct Entry
    {
        const sessions::Session* session;
        QString gateway;
    };
    QList<Entry> unhealthy;
    bool loaded = !m_sources.isEmpty();
    for (const Source& src : std::as_const(m_sources)) {
        if (!src.book)
            continue;
        loaded = loaded && src.book->isLoaded();
        for (const sessions::Session& s : src.book->sessions()) {
            if (!s.isHealthy())
                unhealthy.append({&s, src.name});
        }
    }
    // Not connected first, then the possible zombies; by id (then gateway) within each group.
    std::stable_sort(unhealthy.begin(), unhealthy.end(), [](const Entry& a, const Entry& b) {
        if (a.session->isZombie() != b.session->isZombie())
            return !a.session->isZombie();
        if (a.session->id != b.session->id)
            return a.session->id < b.session->id;
        return a.gateway < b.gateway;
    });
    if (unhealthy.isEmpty()) {
        QAction* none = m_menu->addAction(loaded ? tr("No session needs attention") : tr("Sessions not listed yet"));
        none->setEnabled(false);
    } else {
        QAction* heading = m_menu->addAction(tr("Reconnect:"));
        heading->setEnabled(false);
        for (qsizetype i = 0; i < unhealthy.size() && i < MaxMenuSessions; ++i) {
            const sessions::Session* s = unhealthy.at(i).session;
            const QString id = s->id;
            const QString gateway = unhealthy.at(i).gateway;
            // The name the agent knows the session by, and its badge's word and colour: QR pending is
            // blue and Starting grey, as in the table, not the red of Disconnected.
            const QString name = label(sessions::visibleText(s->name.isEmpty() ? s->id : s->name), gateway);
            QAction* action = m_menu->addAction(toneIcon(badgeTone(*s)), tr("%1 — %2…").arg(name, badgeLabel(*s)));
            action->setObjectName(QStringLiteral("reconnectSessionAction"));
            action->setData(id);
            connect(action, &QAction::triggered, this, [this, id, gateway] { emit reconnectRequested(id, gateway); });
        }
        if (unhealthy.size() > MaxMenuSessions) {
            QAction* more =
                m_menu->addAction(tr("…and %n more in the window", nullptr, int(unhealthy.size() - MaxMenuSessions)));
            connect(more, &QAction::triggered, this, &TrayNotifier::showWindowRequested);
        }
    }
    m_menu->addSeparator();
    QAction* refresh = m_menu->addAction(tr("&Refresh now"));
    refresh->setObjectName(QStringLiteral("trayRefreshAction"));
    connect(refresh, &QAction::triggered, this, &TrayNotifier::refreshRequested);
    QAction* show = m_menu->addAction(tr("&Show window"));
    show->setObjectName(QStringLiteral("trayShowAction"));
    connect(show, &QAction::triggered, this, &TrayNotifier::showWindowRequested);
    m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quit, &QAction::triggered, this, &TrayNotifier::quitRequested);
}

} // namespace ui
