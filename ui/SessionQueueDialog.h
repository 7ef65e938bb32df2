#pragma once

#include "QrDialog.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ui {

class SessionActions;

// Runs one action on several sessions, one after the other: "Fix unhealthy sessions…" (every
// unhealthy session, with what it needs) and the bulk Reconnect, Restart and Log out on the selected
// rows. Each turn goes through SessionActions, as the row menu's action does (same gateway calls,
// same history records). A Reconnect's QR dialog opens in its turn and the next waits until it is
// closed (connected, or given up); a Restart or Log out waits for the gateway's answer. Every start
// is at least `gap` after the previous one (rate limit). An item whose gateway cannot do its action
// is skipped: nothing is sent, and the list and the summary say why. A progress bar while it runs, a
// summary at the end (done, failed with the reason, skipped). Nothing is sent before Start.
//
// Its title and each item's need are functions, so an open dialog follows a live language change.
//
//   auto* dialog = new SessionQueueDialog(actions, [] { return tr("Fix unhealthy sessions"); }, items, 2s, window);
//   dialog->setAttribute(Qt::WA_DeleteOnClose);
//   dialog->open();
class SessionQueueDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action
    {
        Reconnect, // its QR dialog, in its turn
        Restart,
        Logout, // without asking: the caller has asked for the whole list
    };
    Q_ENUM(Action)

    enum class Outcome
    {
        Waiting,
        Running,
        Connected,
        NotConnected, // its QR dialog was closed without a scan, or it failed
        NotStarted,   // stopped before its turn
        Done,         // restarted, or logged out
        Failed,       // the gateway refused or did not answer: reason()
        Skipped,      // its gateway cannot do the action, nothing was sent: reason()
    };
    Q_ENUM(Outcome)

    struct Item
    {
        QString id;
        QString label;                 // what the table shows ("Suporte (suporte)")
        std::function<QString()> need; // what it needs, translated ("Scan the QR code")
        QString gateway;               // its gateway's name; empty: the current one
        Action action = Action::Reconnect;
        std::function<QString()> skip; // set: skipped, and why, translated
    };

    SessionQueueDialog(SessionActions& actions, std::function<QString()> title, QList<Item> items,
                       std::chrono::milliseconds gap, QWidget* parent = nullptr);
    ~SessionQueueDialog() override;

    const QList<Item>& items() const { return m_items; }
    Outcome outcome(int row) const { return m_outcomes.value(row); }
    // Why a row failed or was skipped, translated; empty otherwise.
    QString reason(int row) const;
    // The rate limit's wait before the next start, in ms, while one is scheduled; else -1.
    int scheduledDelay() const { return m_gapTimer.isActive() ? m_gapTimer.interval() : -1; }
    bool isRunning() const { return m_running; }
    // The QR dialog of the session whose turn it is, if open.
    QrDialog* currentQr() const { return m_current; }
    QString summary() const;

public slots:
    void start();
    void stop();

signals:
    void queueFinished(const QString& summary); // once, when the last turn ends or after Stop

protected:
    void changeEvent(QEvent* event) override; // a live language change: retranslate()

private:
    void retranslate(); // every text, from the current state
    QString outcomeText(int row) const;
    QString needText(int row) const;
    QString summaryDetails() const; // one line per failed or skipped row, with why
    void runNext();
    void runAction(int row);
    void onTurnEnded(int row, Outcome outcome);
    void setOutcome(int row, Outcome outcome);
    void updateProgress();
    void finish();

    SessionActions& m_actions;
    std::function<QString()> m_title;
    QLabel* m_intro = nullptr;
    QList<Item> m_items;
    QList<Outcome> m_outcomes;
    // Per row: why it failed (the gateway's answer, in the agent's words), worded again in the language
    // of the moment; empty: none.
    QList<std::function<QString()>> m_failures;
    std::chrono::milliseconds m_gap;
    QTreeWidget* m_list = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QPointer<QrDialog> m_current;
    QTimer m_gapTimer;
    QElapsedTimer m_sinceStart;
    int m_next = 0;  // the next row to consider
    int m_turn = -1; // the row whose turn it is, while its QR dialog is open or its call runs
    bool m_started = false;
    bool m_running = false;
    bool m_stopped = false;
    bool m_turnConnected = false;
};

} // namespace ui
