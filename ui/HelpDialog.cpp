#include "HelpDialog.h"
#include "LanguageChange.h"

#include "BadgeTone.h"
#include "Palette.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
QString badge(BadgeTone tone, const QString& label)
{
    const palette::Swatch s = palette::badge(tone);
    return QStringLiteral("<span style=\"background:%1; color:%2; border:1px solid %3;\">&nbsp;%4&nbsp;</span>")
        .arg(s.background.name(), s.text.name(), s.border.name(), label.toHtmlEscaped());
}

QString row(const QString& left, const QString& right)
{
    return QStringLiteral("<tr><td style=\"padding:3px 10px 3px 0;\">") + left +
           QStringLiteral("</td><td style=\"padding:3px 0;\">") + right.toHtmlEscaped() + QStringLiteral("</td></tr>");
}

// The badge of a zombie, as the table shows it (badgeLabel() of a connected, silent session).
QString zombieLabel()
{
    sessions::Session s;
    s.status = sessions::Status::Connected;
    s.health = sessions::Health::Zombie;
    return badgeLabel(s);
}

void collect(const QList<QAction*>& actions, QList<QPair<QString, QString>>& out, QSet<QAction*>& seen)
{
    for (QAction* action : actions) {
        if (seen.contains(action))
            continue;
        seen.insert(action);
        if (action->menu())
            collect(action->menu()->actions(), out, seen);
        if (action->shortcut().isEmpty() || action->isSeparator())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        out.append({action->shortcut().toString(QKeySequence::NativeText), text});
    }
}
} // namespace

HelpDialog::HelpDialog(QWidget* window)
    : QDialog(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("helpDialog"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("helpTabWidget"));
    m_guide = new QTextBrowser(this);
    m_guide->setObjectName(QStringLiteral("guideTextBrowser"));
    m_tabs->addTab(m_guide, QString());

    m_keys = new QTreeWidget(this);
    m_keys->setObjectName(QStringLiteral("shortcutsTreeWidget"));
    m_keys->setRootIsDecorated(false);
    m_keys->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_keys, QString());
    texts();
    // Queued: the window's actions, which the shortcut sheet reads, hear of the change too.
    onLanguageChange(this, [this] { QMetaObject::invokeMethod(this, &HelpDialog::texts, Qt::QueuedConnection); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(640, 520);
}

void HelpDialog::texts()
{
    setWindowTitle(tr("Guide"));
    m_guide->setHtml(guideHtml());
    m_tabs->setTabText(0, tr("&Guide"));
    m_keys->clear();
    m_keys->setHeaderLabels({tr("Keys"), tr("Does")});
    for (const auto& [keys, what] : shortcuts(m_window))
        new QTreeWidgetItem(m_keys, {keys, what});
    m_tabs->setTabText(1, tr("&Keyboard shortcuts"));
}

QList<QPair<QString, QString>> HelpDialog::shortcuts(const QWidget* window)
{
    QList<QPair<QString, QString>> out;
    QSet<QAction*> seen;
    if (const QMenuBar* bar = window ? window->findChild<QMenuBar*>() : nullptr)
        collect(bar->actions(), out, seen);
    if (window)
        collect(window->findChildren<QAction*>(), out, seen); // the table's own (Enter, Del, Ctrl+C)
    return out;
}

QString HelpDialog::guideHtml()
{
    QString html;
    html += QStringLiteral("<h3>") + tr("What the statuses mean").toHtmlEscaped() + QStringLiteral("</h3><table>");
    html += row(badge(BadgeTone::Good, sessions::statusLabel(sessions::Status::Connected, {})),
                tr("The phone is linked and the session works."));
    html += row(badge(BadgeTone::Warning, zombieLabel()),
                tr("The gateway says connected, but no message came in for longer than the time set in Settings. "
                   "The phone may have been unlinked: reconnect it."));
    html += row(badge(BadgeTone::Bad, sessions::statusLabel(sessions::Status::Disconnected, {})),
                tr("No phone is linked. Reconnect it."));
    html += row(badge(BadgeTone::Pending, sessions::statusLabel(sessions::Status::QrPending, {})),
                tr("The session is waiting for a phone to scan its QR code. Reconnect to show the code."));
    html += row(badge(BadgeTone::Neutral, sessions::statusLabel(sessions::Status::Starting, {})),
                tr("The gateway is starting the session. Wait a minute; if it stays so, reconnect."));
    html += row(badge(BadgeTone::Neutral, statusWord(sessions::Status::Unknown, {})),
                tr("The gateway used a status this app does not know; its own word is in the badge's tooltip. "
                   "Tell whoever runs the gateway if it stays."));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>") + tr("Possibly disconnected sessions").toHtmlEscaped() + QStringLiteral("</h3><p>") +
            tr("A session can look connected on the gateway while its phone no longer receives anything (it was "
               "unlinked, or lost its connection). The app notices it by the last activity: when a connected "
               "session has been silent for longer than the time set in Settings, its status becomes Possibly "
               "disconnected. This needs the activity database; when it cannot be read, a yellow banner says so "
               "and such sessions cannot be spotted.")
                .toHtmlEscaped() +
            QStringLiteral("</p>");

    html += QStringLiteral("<h3>") + tr("Reconnecting a phone").toHtmlEscaped() + QStringLiteral("</h3><ol><li>") +
            tr("Select the session and press Enter (or Sessions › Reconnect).").toHtmlEscaped() +
            QStringLiteral("</li><li>") +
            tr("On the phone, open WhatsApp › Linked devices › Link a device.").toHtmlEscaped() +
            QStringLiteral("</li><li>") +
            tr("Scan the QR code shown in the app. The code changes every few seconds; the app keeps it fresh.")
                .toHtmlEscaped() +
            QStringLiteral("</li><li>") +
            tr("The dialog closes by itself when the phone is linked, and the list shows Connected.").toHtmlEscaped() +
            QStringLiteral("</li></ol><p>") +
            tr("Several sessions at once: select them and use Sessions › Reconnect selected sessions, or "
               "Sessions › Fix unhealthy sessions to go through every session that needs attention. Their QR codes "
               "come one at a time.")
                .toHtmlEscaped() +
            QLatin1Char(' ') +
            tr("Sessions › Restart selected sessions and Log out selected sessions go the same way, one session at a "
               "time, on the sessions whose gateway can do it; Log out asks first.")
                .toHtmlEscaped() +
            QStringLiteral("</p>");

    html += QStringLiteral("<h3>") + tr("When something goes wrong").toHtmlEscaped() + QStringLiteral("</h3><p>") +
            tr("A yellow banner above the table says what failed and what to do. If it continues, use Help › Save "
               "diagnostics and send the file to whoever runs the gateway: it holds no password or access key.")
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    return html;
}

} // namespace ui
