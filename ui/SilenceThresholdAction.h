#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QInputDialog;
class QWidget;

namespace ui {

class AppContext;

// "Silence threshold…" for the selected session: how long it may stay silent before it counts
// as possibly disconnected. A quiet channel may be fine after days, so the global threshold can
// be overridden per session of a gateway (stored in the profile; 0 h goes back to the global one).
// Applying it re-evaluates the list at once, without a refresh, and is recorded in the history.
class SilenceThresholdAction : public QObject
{
    Q_OBJECT

public:
    SilenceThresholdAction(AppContext& context, QWidget* window);

    QAction* action() const { return m_action; }
    void setCurrentSession(const QString& id, const QString& gateway);
    // Opens the (non-blocking) dialog for a session of a gateway; returns it, for tests.
    QInputDialog* open(const QString& id, const QString& gateway);

private:
    void apply(const QString& id, const QString& gateway, int hours);

    AppContext& m_context;
    QWidget* m_window;
    QAction* m_action;
    QString m_current;
    QString m_currentGateway;
    QPointer<QInputDialog> m_dialog;
};

} // namespace ui
