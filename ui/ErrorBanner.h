#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace ui {

// A non-modal strip above the table: an icon, one translated message and a Retry button. It
// never blocks the data below it; a successful retry hides it.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showMessage(const QString& message);
    QString message() const;
    void setRetryEnabled(bool enabled);
    // For failures fixed in Settings (secret refused, wrong address, TLS): a second button.
    void setSettingsVisible(bool visible);

signals:
    void retryRequested();
    void settingsRequested();

private:
    QLabel* m_iconLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_settingsButton = nullptr;
    QToolButton* m_closeButton = nullptr;
};

} // namespace ui
