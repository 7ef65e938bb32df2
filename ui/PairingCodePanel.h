#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace ui {

// A push button that reads as a link ("Link with phone number instead", "Back to the QR code").
void styleAsLink(QPushButton* button);

// The QR dialog's "Link with phone number instead" (issue 12): asks for the phone number (the one
// rule of sessions::pairingPhone, a Brazilian example), then shows the gateway's pairing code large,
// as the gateway groups it, selectable and copyable, with the steps to read to the phone's owner and
// the time left to type it. It talks to no gateway: QrDialog runs the flow and feeds it.
//
//   panel->askForPhone();                          // phoneChosen(digits) when the number is good
//   panel->showCode(code, expiresInSec, deadline); // from ConnectFlow::pairingCodeReady
class PairingCodePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PairingCodePanel(QWidget* parent = nullptr);

    void askForPhone();
    // expiresInSec: the gateway's word, -1 when it does not say; secondsLeft: until the flow gives
    // up waiting. The countdown shows the earlier of the two.
    void showCode(const QString& code, int expiresInSec, int secondsLeft);
    bool showingCode() const;

    // "Back to the QR code", translated: the panel's link and the QR dialog's failure page say it alike.
    static QString backToQrText();

    QString phoneDigits() const { return m_digits; }
    QString code() const { return m_code; }

signals:
    void phoneChosen(const QString& digits);
    void newCodeRequested(); // the code ran out: the same number again
    void backToQr();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void submit();
    void tick();

    QStackedWidget* m_pages = nullptr;
    QWidget* m_phonePage = nullptr;
    QWidget* m_codePage = nullptr;
    QLabel* m_phonePromptLabel = nullptr;
    QLineEdit* m_phoneLineEdit = nullptr;
    QLabel* m_phoneErrorLabel = nullptr;
    QPushButton* m_getCodeButton = nullptr;
    QLabel* m_stepsLabel = nullptr;
    QLabel* m_codeLabel = nullptr;
    QPushButton* m_copyButton = nullptr;
    QLabel* m_expiryLabel = nullptr;
    QPushButton* m_newCodeButton = nullptr;
    QPushButton* m_backButton = nullptr;

    QString m_digits;
    QString m_code;
    bool m_vendorExpiry = false;
    int m_lifetimeSec = 0;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace ui
