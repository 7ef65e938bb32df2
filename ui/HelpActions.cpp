#include "HelpActions.h"
#include "LanguageChange.h"

#include "AppContext.h"
#include "DiagnosticsReport.h"
#include "HelpDialog.h"
#include "LogBuffer.h"
#include "history/HistoryStore.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QTimer>

#include <memory>

namespace ui {

HelpActions::HelpActions(AppContext& context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    m_guide = new QAction(this);
    m_guide->setObjectName(QStringLiteral("guideAction"));
    m_guide->setShortcut(QKeySequence::HelpContents);
    connect(m_guide, &QAction::triggered, this, &HelpActions::openGuide);
    m_diagnostics = new QAction(this);
    m_diagnostics->setObjectName(QStringLiteral("saveDiagnosticsAction"));
    const auto texts = [this] {
        m_guide->setText(tr("&Guide and shortcuts"));
        m_diagnostics->setText(tr("Save &diagnostics…"));
        m_diagnostics->setToolTip(tr("Save one file for a support ticket: versions, settings, the last answers of "
                                     "the gateways and the last log lines. It holds no password or access key."));
    };
    texts();
    onLanguageChange(this, texts);
    connect(m_diagnostics, &QAction::triggered, this, &HelpActions::saveDiagnostics);
}

HelpDialog* HelpActions::helpDialog() const
{
    return m_help;
}

void HelpActions::openGuide()
{
    if (m_help) {
        m_help->raise();
        m_help->activateWindow();
        return;
    }
    m_help = new HelpDialog(m_window);
    m_help->setAttribute(Qt::WA_DeleteOnClose);
    m_help->show(); // not modal: the guide stays open beside the window
}

void HelpActions::saveDiagnostics()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("pixelhub-sessions-diagnostics-%1.txt").arg(QDate::currentDate().toString(Qt::ISODate)));
    auto* dialog = new QFileDialog(m_window, tr("Save diagnostics"), suggested, tr("Text files (*.txt)"));
    dialog->setObjectName(QStringLiteral("diagnosticsFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &HelpActions::saveDiagnosticsTo);
    dialog->open();
}

void HelpActions::saveDiagnosticsTo(const QString& path)
{
    // Once, with the history's excerpt or without it (no store, or no answer in time).
    auto written = std::make_shared<bool>(false);
    const auto write = [this, path, written](const QList<history::Event>& recent) {
        if (*written)
            return;
        *written = true;
        const LogBuffer* logs = LogBuffer::installed();
        const QString problem = DiagnosticsReport::save(path, m_context, logs ? logs->lines() : QStringList(), recent);
        emit message(problem.isEmpty() ? tr("Diagnostics saved to %1.").arg(QDir::toNativeSeparators(path)) : problem);
    };
    history::HistoryStore* store = m_context.runtime().history();
    if (!store) {
        write({});
        return;
    }
    const quint64 ticket = store->requestRecent(DiagnosticsReport::HistoryExcerpt);
    auto* answer = new QObject(this); // the connection's lifetime
    connect(store, &history::HistoryStore::recentLoaded, answer,
            [write, ticket, answer](quint64 t, const QList<history::Event>& events) {
                if (t != ticket)
                    return;
                write(events);
                answer->deleteLater();
            });
    QTimer::singleShot(std::chrono::seconds(5), answer, [write, answer] {
        write({});
        answer->deleteLater();
    });
}

} // namespace ui
