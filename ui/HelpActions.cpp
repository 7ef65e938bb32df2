#include "HelpActions.h"
#include "LanguageChange.h"

#include "DiagnosticsReport.h"
#include "HelpDialog.h"
#include "LogBuffer.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>

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
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const LogBuffer* logs = LogBuffer::installed();
        const QString problem = DiagnosticsReport::save(path, m_context, logs ? logs->lines() : QStringList());
        emit message(problem.isEmpty() ? tr("Diagnostics saved to %1.").arg(QDir::toNativeSeparators(path)) : problem);
    });
    dialog->open();
}

} // namespace ui
