#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ui {

// What the window shows instead of an empty table: a title, an explanation and, when there is
// something to do about it, one button (e.g. "Open Settings").
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

private:
    State m_state = State::NotConfigured;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_textLabel = nullptr;
    QPushButton* m_actionButton = nullptr;
};

} // namespace ui
