#include "DeleteSessionDialog.h"
#include "DetailsDisclosure.h"

#include "Palette.h"

#include "gateway/DeletionCheck.h"
#include "gateway/GatewayClient.h"
#include "ui_DeleteSessionDialog.h"

#include <QBoxLayout>
#include <QEvent>
#include <QPushButton>
#include <QStyle>

namespace ui {

DeleteSessionDialog::DeleteSessionDialog(gateway::GatewayClient& client, QString sessionId, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_id(std::move(sessionId))
    , m_ui(std::make_unique<Ui::DeleteSessionDialog>())
{
    m_ui->setupUi(this);
    m_ui->warningFrame->setStyleSheet(palette::frameStyle(QStringLiteral("QFrame#warningFrame"), palette::Note::Error));
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->warningIconLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->warningIconLabel->setPixmap(style()
                                          ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                                          .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_ui->errorLabel->setStyleSheet(palette::noteStyle(palette::Note::Error));
    m_ui->errorLabel->hide();
    // The gateway's own words under the failure, on request (issue 14 #2).
    m_details = new DetailsDisclosure(this);
    m_details->setObjectName(QStringLiteral("deleteDetails"));
    if (auto* layout = qobject_cast<QBoxLayout*>(m_ui->errorLabel->parentWidget()->layout()))
        layout->insertWidget(layout->indexOf(m_ui->errorLabel) + 1, m_details);
    m_ui->busyProgressBar->hide();
    // Destructive: red, and visibly inert until the id is typed.
    m_ui->deletePushButton->setStyleSheet(
        palette::destructiveButtonStyle(QStringLiteral("QPushButton#deletePushButton")));
    retranslate();

    connect(m_ui->confirmLineEdit, &QLineEdit::textChanged, this, &DeleteSessionDialog::updateButtons);
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, &DeleteSessionDialog::deleteSession);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &QDialog::reject);
    updateButtons();
}

void DeleteSessionDialog::retranslate()
{
    m_ui->retranslateUi(this);
    setWindowTitle(tr("Delete %1").arg(m_id));
    const QString id = m_id.toHtmlEscaped();
    m_ui->warningLabel->setText(
        tr("<b>Warning: this PERMANENTLY deletes the session “%1” from the gateway.</b>").arg(id));
    m_ui->consequenceLabel->setText(
        tr("The phone linked to it is disconnected. To use it again you will have to create the session again "
           "and scan a new QR code with the phone."));
    m_ui->confirmLabel->setText(tr("To confirm, type the session id <b>%1</b>:").arg(id));
    m_ui->confirmLineEdit->setAccessibleName(tr("Session id to confirm the deletion"));
    if (m_error) {
        m_ui->errorLabel->setText(m_error());
        m_ui->deletePushButton->setText(tr("&Retry"));
    } else {
        m_ui->deletePushButton->setText(tr("&Delete for good"));
    }
    updateButtons();
}

void DeleteSessionDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
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
    // Typing the exact id is the confirmation, so Enter right after it deletes; before that Enter
    // does nothing (it used to press Cancel, the default button).
    m_ui->deletePushButton->setDefault(typed && !m_job);
    m_ui->confirmLineEdit->setEnabled(!m_job);
    // Once the request is out, closing no longer cancels it (done()): the button says so.
    m_ui->cancelPushButton->setText(m_job ? tr("Close") : tr("Cancel"));
    m_ui->cancelPushButton->setToolTip(
        m_job ? tr("The gateway is deleting the session; closing this window does not stop it. "
                   "If it fails, this window comes back with the reason.")
              : QString());
}

void DeleteSessionDialog::deleteSession()
{
    if (m_job || m_ui->confirmLineEdit->text() != m_id)
        return;
    m_ui->errorLabel->hide();
    m_details->setDetails({});
    m_ui->busyProgressBar->show();
    m_job = m_client.deleteChannel(m_id);
    connect(m_job, &gateway::GatewayJob::finished, this, &DeleteSessionDialog::onDeleted);
    updateButtons();
}

void DeleteSessionDialog::onDeleted(const gateway::Result& result)
{
    m_job = nullptr;
    if (result.kind == gateway::ErrorKind::Cancelled) {
        m_ui->busyProgressBar->hide();
        updateButtons();
        return;
    }
    if (!result.ok) {
        // The sentence and the gateway's reason follow the language; the gateway's own words stay as they came.
        if (result.kind == gateway::ErrorKind::NotFound)
            showError([this] {
                return tr("The gateway does not know the session %1 (any more). Refresh the list.").arg(m_id);
            });
        else
            showError(
                [this, reason = result.message] {
                    return tr("The session %1 was not deleted. %2").arg(m_id, reason.toAgentString());
                },
                result.details());
        return;
    }
    // Deleted only once the gateway no longer knows the session (gateway::confirmDeletion).
    m_job = m_client.getChannel(m_id);
    connect(m_job, &gateway::GatewayJob::finished, this, &DeleteSessionDialog::onChecked);
    updateButtons();
}

void DeleteSessionDialog::onChecked(const gateway::Result& check)
{
    m_job = nullptr;
    if (check.kind == gateway::ErrorKind::Cancelled) {
        m_ui->busyProgressBar->hide();
        updateButtons();
        return;
    }
    const gateway::Result gone = gateway::confirmDeletion(m_id, check);
    if (!gone.ok) {
        showError([message = gone.message] { return message.toAgentString(); }, gone.details());
        return;
    }
    m_ui->busyProgressBar->hide();
    const QString id = m_id;
    emit sessionDeleted(id);
    accept();
}

void DeleteSessionDialog::showError(std::function<QString()> error, const QString& details)
{
    m_error = std::move(error);
    m_details->setDetails(details);
    const QString id = m_id;
    // The history keeps the gateway's own words too; the dialog shows them behind Details.
    emit deleteFailed(id, details.isEmpty() ? m_error() : QStringLiteral("%1 (%2)").arg(m_error(), details));
    m_ui->busyProgressBar->hide();
    updateButtons();
    m_ui->errorLabel->setText(m_error());
    m_ui->errorLabel->show();
    m_ui->deletePushButton->setText(tr("&Retry"));
    // Closed while the gateway was deleting: the person asked for this delete, so its failure
    // comes back in front of them, with Retry.
    if (!isVisible()) {
        show();
        raise();
        activateWindow();
    }
}

void DeleteSessionDialog::done(int result)
{
    // Once the DELETE is out, the gateway may already have done it: cancelling our side would
    // leave the outcome unknown and unrecorded. The dialog only hides; the request and its
    // confirmation finish, and the result is reported (and recorded) as if it had stayed open.
    if (m_job) {
        hide();
        return;
    }
    QDialog::done(result);
}

} // namespace ui
