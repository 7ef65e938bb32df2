#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace ui {

class DetailsDisclosure;

// A non-modal strip above the table: an icon, one translated message written for a support agent
// and a Retry button. It never blocks the data below it; a successful retry hides it. What the
// gateway or a driver said in its own words goes behind a "Details" disclosure, never in the message.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    // details: the raw text behind the message (gateway body, driver error), shown on request.
    void showMessage(const QString& message, const QString& details = {});
    QString message() const;
    QString details() const;
    void setRetryEnabled(bool enabled);
    // A message nothing can retry (the keychain refused a secret) shows no Retry button.
    void setRetryVisible(bool visible);
    // For failures fixed in Settings (secret refused, wrong address, TLS): a second button.
    void setSettingsVisible(bool visible);

signals:
    void retryRequested();
    void settingsRequested();
    void dismissed(); // the person closed it

private:
    QLabel* m_iconLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    DetailsDisclosure* m_details = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_settingsButton = nullptr;
    QToolButton* m_closeButton = nullptr;
};

} // namespace ui
