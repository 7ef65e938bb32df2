#include "DeleteSessionDialog.h"

#include "gateway/GatewayClient.h"
#include "ui_DeleteSessionDialog.h"

#include <QPushButton>
#include <QStyle>

namespace ui {

namespace {
const QString WarningStyle = QStringLiteral("QFrame#warningFrame { background: #fbe3e4; border: 1px solid #e4a0a6; "
                                            "border-radius: 4px; } QFrame#warningFrame QLabel { color: #5c1a1f; }");
// Destructive: red, and visibly inert until the id is typed.
const QString DeleteStyle = QStringLiteral("QPushButton#deletePushButton { background: #c62828; color: white; "
                                           "border: 1px solid #9c1f1f; border-radius: 3px; padding: 4px 14px; }"
                                           "QPushButton#deletePushButton:hover { background: #b71c1c; }"
                                           "QPushButton#deletePushButton:disabled { background: #e8b4b4; "
                                           "color: #fdf2f2; border-color: #e0a0a0; }");
const QString ErrorStyle = QStringLiteral("QLabel { color: #b02a37; }");
} // namespace

DeleteSessionDialog::DeleteSessionDialog(gateway::GatewayClient& client, QString sessionId, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_id(std::move(sessionId))
    , m_ui(std::make_unique<Ui::DeleteSessionDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Delete %1").arg(m_id));
    const QString id = m_id.toHtmlEscaped();
    m_ui->warningFrame->setStyleSheet(WarningStyle);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->warningIconLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->warningIconLabel->setPixmap(style()
                                          ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                                          .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_ui->warningLabel->setText(
        tr("<b>Warning: this PERMANENTLY deletes the session “%1” from the gateway.</b>").arg(id));
    m_ui->consequenceLabel->setText(
        tr("The phone linked to it is disconnected. To use it again you will have to create the session again "
           "and scan a new QR code with the phone."));
    m_ui->confirmLabel->setText(tr("To confirm, type the session id <b>%1</b>:").arg(id));
    m_ui->confirmLineEdit->setAccessibleName(tr("Session id to confirm the deletion"));
    m_ui->errorLabel->setStyleSheet(ErrorStyle);
    m_ui->errorLabel->hide();
    m_ui->busyProgressBar->hide();
    m_ui->deletePushButton->setText(tr("&Delete for good"));
    m_ui->deletePushButton->setStyleSheet(DeleteStyle);

    connect(m_ui->confirmLineEdit, &QLineEdit::textChanged, this, &DeleteSessionDialog::updateButtons);
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, &DeleteSessionDialog::deleteSession);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->cancelPushButton->setDefault(true);
    updateButtons();
}

DeleteSessionDialog::~DeleteSessionDialog()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void DeleteSessionDialog::updateButtons()
{
    // Exactly the id: case and spaces included, so a near miss never deletes anything.
    const bool typed = m_ui->confirmLineEdit->text() == m_id;
    m_ui->deletePushButton->setEnabled(typed && !m_job);
    m_ui->confirmLineEdit->setEnabled(!m_job);
}

void DeleteSessionDialog::deleteSession()
{
    if (m_job || m_ui->confirmLineEdit->text() != m_id)
        return;
    m_ui->errorLabel->hide();
    m_ui->busyProgressBar->show();
    m_job = m_client.deleteChannel(m_id);
    connect(m_job, &gateway::GatewayJob::finished, this, &DeleteSessionDialog::onDeleted);
    updateButtons();
}

void DeleteSessionDialog::onDeleted(const gateway::Result& result)
{
    m_job = nullptr;
    m_ui->busyProgressBar->hide();
    updateButtons();
    if (result.kind == gateway::ErrorKind::Cancelled)
        return;
    if (result.ok) {
        const QString id = m_id;
        emit sessionDeleted(id);
        accept();
        return;
    }
    const QString message = result.kind == gateway::ErrorKind::NotFound
                                ? tr("The gateway does not know the session %1 (any more). Refresh the list.").arg(m_id)
                                : tr("The session %1 was not deleted. %2").arg(m_id, result.message);
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    m_ui->deletePushButton->setText(tr("&Retry"));
}

void DeleteSessionDialog::done(int result)
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job = nullptr;
    }
    QDialog::done(result);
}

} // namespace ui
