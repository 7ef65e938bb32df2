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
// unhealthy session, with what it needs) and the bulk actions on the selected rows. Each session's
// QR dialog opens in its turn and the next waits until it is closed (connected, or given up), and
// at least `gap` after the previous start (rate limit). A progress bar while it runs, a summary at
// the end. Nothing is sent before Start.
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
    enum class Outcome
    {
        Waiting,
        Running,
        Connected,
        NotConnected, // its QR dialog was closed without a scan, or it failed
        NotStarted,   // stopped before its turn
    };
    Q_ENUM(Outcome)

    struct Item
    {
        QString id;
        QString label;                 // what the table shows ("Suporte (suporte)")
        std::function<QString()> need; // what it needs, translated ("Scan the QR code")
    };

    SessionQueueDialog(SessionActions& actions, std::function<QString()> title, QList<Item> items,
                       std::chrono::milliseconds gap, QWidget* parent = nullptr);
    ~SessionQueueDialog() override;

    const QList<Item>& items() const { return m_items; }
    Outcome outcome(int row) const { return m_outcomes.value(row); }
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
    static QString outcomeText(Outcome outcome);
    void runNext();
    void onTurnEnded();
    void setOutcome(int row, Outcome outcome);
    void finish();

    SessionActions& m_actions;
    std::function<QString()> m_title;
    QLabel* m_intro = nullptr;
    QList<Item> m_items;
    QList<Outcome> m_outcomes;
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
    int m_index = -1;
    bool m_running = false;
    bool m_turnConnected = false;
};

} // namespace ui
