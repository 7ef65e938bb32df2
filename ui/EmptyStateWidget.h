#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ui {

// What the window shows instead of an empty table: a title, an explanation and what to do next
// (a main button, sometimes a second one): every empty state leads somewhere.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        NotConfigured, // no gateway URL yet
        Loading,       // first listing in flight
        NoSessions,    // the gateway answered with an empty list
        LoadFailed,    // no data at all yet, and the listing failed (the banner says why)
    };
    Q_ENUM(State)

    explicit EmptyStateWidget(QWidget* parent = nullptr);

    void setState(State state);
    State state() const { return m_state; }
    QString title() const;

signals:
    void settingsRequested();
    void retryRequested();
    void newSessionRequested();

private:
    State m_state = State::NotConfigured;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_textLabel = nullptr;
    QPushButton* m_actionButton = nullptr;
    QPushButton* m_secondButton = nullptr;
};

} // namespace ui
