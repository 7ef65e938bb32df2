#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace ui {

class AppContext;
class HelpDialog;

// The Help menu's own entries: "Guide and shortcuts" (F1, HelpDialog) and "Save diagnostics…"
// (DiagnosticsReport, with the lines of the installed LogBuffer).
class HelpActions : public QObject
{
    Q_OBJECT

public:
    HelpActions(AppContext& context, QWidget* window);

    QList<QAction*> actions() const { return {m_guide, m_diagnostics}; }
    QAction* guideAction() const { return m_guide; }
    QAction* diagnosticsAction() const { return m_diagnostics; }
    HelpDialog* helpDialog() const;

public slots:
    void openGuide();
    void saveDiagnostics();
    // Writes the diagnostics to path once the history's excerpt is read (at most a few seconds:
    // without an answer the file is written without it); then message().
    void saveDiagnosticsTo(const QString& path);

signals:
    void message(const QString& text);

private:
    AppContext& m_context;
    QWidget* m_window;
    QAction* m_guide = nullptr;
    QAction* m_diagnostics = nullptr;
    QPointer<HelpDialog> m_help;
};

} // namespace ui
