#pragma once

#include "sessions/ConnectFlow.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

#include <functional>
#include <memory>

namespace gateway {
class GatewayClient;
}

namespace Ui {
class QrDialog;
}

class QBoxLayout;
class QPushButton;

namespace ui {

class DetailsDisclosure;
class PairingCodePanel;

// Shows a sessions::ConnectFlow to a person: the waiting state, the QR code (large, integer-scaled,
// on a white quiet zone), its countdown, the ConfirmRestart question as a panel in the dialog, and
// failures with Try again. Opens non-blocking (open(), WA_DeleteOnClose); closing it cancels the
// flow. On success it emits sessionConnected() and closes itself.
//
//   auto* dialog = new QrDialog(client, sessions::ConnectFlow::Mode::Reconnect, id, options, window);
//   dialog->setAttribute(Qt::WA_DeleteOnClose);
//   dialog->open();
//   dialog->start(); // or askBeforeStart(...) to warn first
class QrDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int QrSide = 300; // logical pixels of the QR area

    QrDialog(gateway::GatewayClient& client, sessions::ConnectFlow::Mode mode, QString sessionId,
             sessions::ConnectFlow::Options options, QWidget* parent = nullptr);
    ~QrDialog() override;

    // Starts the flow now.
    void start();
    // Demo: a "Simulate scan" button beside the QR code, calling `scan`.
    void setScanSimulator(std::function<void()> scan);

    // A question's words; a function of them is asked again when the language changes.
    struct Wording
    {
        QString title;
        QString text;
        QString confirm;
    };
    // Shows a question in the dialog first; the flow starts only when the person confirms.
    void askBeforeStart(std::function<Wording()> wording);

    QString sessionId() const { return m_id; }
    sessions::ConnectFlow::Mode mode() const { return m_mode; }
    sessions::ConnectFlow* flow() const { return m_flow; }

    // How the dialog's last attempt ended, for the history: still valid once the dialog has closed
    // and stopped its flow (finished()). started false: no flow ever ran (closed before it began).
    struct Outcome
    {
        bool started = false;
        sessions::ConnectFlow::State state = sessions::ConnectFlow::State::Idle;
        QString message; // the flow's last message (a failure's reason)
        bool newSessionRemoved = false;
    };
    Outcome outcome() const;

signals:
    void sessionConnected(const QString& id);
    // The person chose to remove the session this dialog had just created (no phone scanned it).
    void newSessionRemoved(const QString& id);

public slots:
    // Close, Esc, the title bar: a session this dialog created and no phone has scanned yet would
    // stay on the gateway waiting for a scan, so the dialog first offers to remove it.
    void reject() override;

protected:
    void done(int result) override;
    void changeEvent(QEvent* event) override; // a live language change: retranslate()

private:
    enum class Question
    {
        None,
        BeforeStart,
        Restart,
        RemoveNew,
    };

    void retranslate(); // every text, from the current state
    void showCurrentQuestion();
    void startFlow();
    void stopFlow();
    void showQr(const QImage& image);
    void skipFlowHint();
    void showCountdown(int secondsLeft);
    void onFinished(sessions::ConnectFlow::State state);
    void onConfirm(bool yes);
    void render();
    // Moves the details under the words they belong to (index in under), and shows them.
    void showDetails(QBoxLayout* under, int index, const QString& details);
    void showQuestion(const QString& title, const QString& text, const QString& confirmText,
                      const QString& declineText);
    void removeNewSession();
    void askForPhone();
    void startPairing(const QString& digits);
    bool pairingOffered(sessions::ConnectFlow::State state) const;
    void showRemoving();

    gateway::GatewayClient& m_client;
    sessions::ConnectFlow::Mode m_mode;
    QString m_id;
    sessions::ConnectFlow::Options m_options;
    std::unique_ptr<Ui::QrDialog> m_ui;
    QPointer<sessions::ConnectFlow> m_flow;
    Question m_question = Question::None;
    std::function<Wording()> m_beforeStart;
    int m_secondsLeft = -1;   // the countdown shown; -1: none
    text::LiveText m_failure; // translated when shown: follows a language change
    // The flow's own "scan it" / "type the code" line, already said by the page; empty until the flow
    // has said it (a moment after the QR or code): nothing is news before that.
    text::LiveText m_scanHint;
    bool m_hasQr = false;
    bool m_sessionExists = false; // a Create flow got past the create: Try again reconnects
    bool m_removalOffered = false;
    Outcome m_outcome; // of the last flow stopped
    QPointer<QObject> m_removeJob;
    QPushButton* m_simulateButton = nullptr;
    // Link with a phone number instead (dialects with a pairing code).
    PairingCodePanel* m_pairing = nullptr;
    QPushButton* m_pairingLink = nullptr;
    DetailsDisclosure* m_details = nullptr; // the gateway's own words, on request
    QBoxLayout* m_detailsLayout = nullptr;  // where m_details is now
    // On the failure page of a pairing code: back to the QR code, or another number.
    QPushButton* m_failedBackToQr = nullptr;
    QPushButton* m_changeNumber = nullptr;
    bool m_askingPhone = false;
    QElapsedTimer m_flowClock; // the flow's deadline, for the time left to type a code
};

} // namespace ui
