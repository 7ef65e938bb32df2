#include "QrDialog.h"

#include "DetailsDisclosure.h"
#include "PairingCodePanel.h"
#include "Palette.h"

#include "gateway/ActionJob.h"
#include "gateway/GatewayClient.h"
#include "qr/QrImage.h"
#include "ui_QrDialog.h"

#include <QEvent>
#include <QPainter>
#include <QPushButton>
#include <QStyle>

namespace ui {

using sessions::ConnectFlow;

QrDialog::QrDialog(gateway::GatewayClient& client, ConnectFlow::Mode mode, QString sessionId,
                   ConnectFlow::Options options, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_mode(mode)
    , m_id(std::move(sessionId))
    , m_options(options)
    , m_ui(std::make_unique<Ui::QrDialog>())
{
    m_ui->setupUi(this);

    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.35);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);

    // A white square of fixed size: the quiet zone stays white and the dialog never jumps when the
    // code rotates. The thin border is outside the pixmap, which holds only the code's own pixels.
    m_ui->qrLabel->setStyleSheet(QStringLiteral("QLabel { background: white; border: 1px solid #c8c8c8; }"));
    m_ui->qrLabel->setFixedSize(QrSide + 2, QrSide + 2);
    QFont countdown = m_ui->countdownLabel->font();
    countdown.setBold(true);
    m_ui->countdownLabel->setFont(countdown);
    m_ui->busyProgressBar->setFixedWidth(260);
    m_ui->waitingPage->setMinimumHeight(QrSide / 2);

    m_ui->confirmFrame->setStyleSheet(
        palette::frameStyle(QStringLiteral("QFrame#confirmFrame"), palette::Note::Warning));
    QFont confirmTitle = m_ui->confirmTitleLabel->font();
    confirmTitle.setBold(true);
    m_ui->confirmTitleLabel->setFont(confirmTitle);
    m_ui->failureFrame->setStyleSheet(palette::frameStyle(QStringLiteral("QFrame#failureFrame"), palette::Note::Error));
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->failureIconLabel->setPixmap(style()
                                          ->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this)
                                          .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->tryAgainPushButton, &QPushButton::clicked, this, &QrDialog::startFlow);
    connect(m_ui->confirmPushButton, &QPushButton::clicked, this, [this] { onConfirm(true); });
    connect(m_ui->declinePushButton, &QPushButton::clicked, this, [this] { onConfirm(false); });
    if (QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close)) {
        close->setObjectName(QStringLiteral("closePushButton"));
        // Enter must never end the flow: after "New session", a second Enter used to close the QR
        // and leave the new session waiting for a scan nobody would make.
        close->setAutoDefault(false);
        close->setDefault(false);
    }

    // Link with a phone number instead: a page of the dialog, and a link under the QR for the
    // dialects whose gateway gives pairing codes.
    m_pairing = new PairingCodePanel(m_ui->pageStackedWidget);
    m_pairing->setObjectName(QStringLiteral("pairingPage"));
    m_ui->pageStackedWidget->addWidget(m_pairing);
    connect(m_pairing, &PairingCodePanel::phoneChosen, this, &QrDialog::startPairing);
    connect(m_pairing, &PairingCodePanel::newCodeRequested, this, &QrDialog::startFlow);
    connect(m_pairing, &PairingCodePanel::backToQr, this, [this] { startPairing({}); });
    m_pairingLink = new QPushButton(this);
    m_pairingLink->setObjectName(QStringLiteral("pairingLinkPushButton"));
    m_pairingLink->setAutoDefault(false);
    styleAsLink(m_pairingLink);
    m_ui->dialogVerticalLayout->insertWidget(m_ui->dialogVerticalLayout->indexOf(m_ui->progressLabel), m_pairingLink, 0,
                                             Qt::AlignHCenter);
    connect(m_pairingLink, &QPushButton::clicked, this, &QrDialog::askForPhone);
    // The gateway's own words under the progress line or the failure, on request (issue 14 #2).
    // It sits under the words it belongs to (showDetails).
    m_details = new DetailsDisclosure(this);
    m_details->setObjectName(QStringLiteral("qrDetails"));
    m_ui->dialogVerticalLayout->insertWidget(m_ui->dialogVerticalLayout->indexOf(m_ui->progressLabel) + 1, m_details);
    m_detailsLayout = m_ui->dialogVerticalLayout;
    // When asking for a pairing code fails (a number the gateway refuses, a gateway error, no answer
    // in time), Try again is not the only way on: back to the QR code, or another number.
    m_failedBackToQr = new QPushButton(m_ui->failedPage);
    m_failedBackToQr->setObjectName(QStringLiteral("failedBackToQrPushButton"));
    m_failedBackToQr->setAutoDefault(false);
    m_changeNumber = new QPushButton(m_ui->failedPage);
    m_changeNumber->setObjectName(QStringLiteral("changeNumberPushButton"));
    m_changeNumber->setAutoDefault(false);
    m_ui->failedButtonsHorizontalLayout->insertWidget(0, m_failedBackToQr);
    m_ui->failedButtonsHorizontalLayout->insertWidget(1, m_changeNumber);
    connect(m_failedBackToQr, &QPushButton::clicked, this, [this] { startPairing({}); });
    connect(m_changeNumber, &QPushButton::clicked, this, &QrDialog::askForPhone);

    retranslate();
}

void QrDialog::retranslate()
{
    m_ui->retranslateUi(this);
    setWindowTitle(m_mode == ConnectFlow::Mode::Create ? tr("Link a new session") : tr("Reconnect %1").arg(m_id));
    m_ui->sessionLabel->setText(m_mode == ConnectFlow::Mode::Create
                                    ? tr("New session <b>%1</b>").arg(m_id.toHtmlEscaped())
                                    : tr("Session <b>%1</b>").arg(m_id.toHtmlEscaped()));
    m_ui->instructionsLabel->setText(
        tr("On your phone: open WhatsApp > Linked devices > Link a device, then scan this code."));
    m_ui->qrLabel->setAccessibleName(tr("QR code to scan with WhatsApp"));
    m_pairingLink->setText(tr("Link with phone number &instead"));
    m_pairingLink->setToolTip(tr("For a phone that cannot scan: the gateway gives a code to type on it instead"));
    m_failedBackToQr->setText(PairingCodePanel::backToQrText());
    m_changeNumber->setText(tr("Change the &number"));
    if (m_simulateButton) {
        m_simulateButton->setText(tr("&Simulate scan (demo)"));
        m_simulateButton->setToolTip(tr("Demo only: act as if a phone scanned this QR code"));
    }
    if (m_secondsLeft >= 0)
        showCountdown(m_secondsLeft);
    if (m_removeJob)
        showRemoving();
    else if (m_question != Question::None)
        showCurrentQuestion();
    else
        render();
}

void QrDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void QrDialog::setScanSimulator(std::function<void()> scan)
{
    if (!m_simulateButton) {
        m_simulateButton = new QPushButton(tr("&Simulate scan (demo)"), this);
        m_simulateButton->setObjectName(QStringLiteral("simulateScanPushButton"));
        m_simulateButton->setAutoDefault(false);
        m_simulateButton->setToolTip(tr("Demo only: act as if a phone scanned this QR code"));
        m_ui->buttonBox->addButton(m_simulateButton, QDialogButtonBox::ActionRole);
    }
    m_simulateButton->disconnect(this);
    connect(m_simulateButton, &QPushButton::clicked, this, [scan = std::move(scan)] { scan(); });
    render();
}

QrDialog::~QrDialog()
{
    stopFlow();
}

void QrDialog::start()
{
    if (!m_flow && m_question == Question::None)
        startFlow();
}

void QrDialog::askBeforeStart(std::function<Wording()> wording)
{
    if (m_flow)
        return;
    m_question = Question::BeforeStart;
    m_beforeStart = std::move(wording);
    showCurrentQuestion();
}

// The one place that words each question, from the dialog's state.
void QrDialog::showCurrentQuestion()
{
    switch (m_question) {
    case Question::None:
        return;
    case Question::BeforeStart: {
        const Wording w = m_beforeStart ? m_beforeStart() : Wording();
        showQuestion(w.title, w.text, w.confirm, tr("Cancel"));
        return;
    }
    case Question::Restart: {
        const text::LiveText why = m_flow ? m_flow->lastMessage() : text::LiveText();
        showQuestion(tr("Recreate the session?"),
                     why.toAgentString() + QStringLiteral("\n\n") +
                         tr("If you go on, the session is deleted and created again on the gateway, then a new "
                            "QR code is shown here for the phone to scan."),
                     tr("&Recreate session"), tr("&Keep it as it is"));
        showDetails(m_ui->confirmFrameVerticalLayout,
                    m_ui->confirmFrameVerticalLayout->indexOf(m_ui->confirmTextLabel) + 1,
                    why.rawWords().join(QLatin1Char('\n')));
        return;
    }
    case Question::RemoveNew:
        showQuestion(tr("Remove the new session?"),
                     tr("The session “%1” was created on the gateway a moment ago, and no phone has scanned its QR "
                        "code yet. Remove it, or keep it and link a phone later with Reconnect.")
                         .arg(m_id),
                     tr("&Remove session"), tr("&Keep it"));
        return;
    }
}

void QrDialog::startFlow()
{
    stopFlow();
    m_question = Question::None;
    m_failure.clear();
    m_scanHint.clear();
    m_hasQr = false;
    m_secondsLeft = -1;
    m_outcome = Outcome();
    m_outcome.started = true;
    m_ui->qrLabel->clear();
    m_ui->countdownLabel->clear();
    // A session this dialog already created is reconnected on Try again, not created twice.
    const ConnectFlow::Mode mode = m_sessionExists ? ConnectFlow::Mode::Reconnect : m_mode;
    m_askingPhone = false;
    m_flowClock.start();
    m_flow = new ConnectFlow(m_client, mode, m_id, m_options, this);
    connect(m_flow, &ConnectFlow::stateChanged, this, [this](ConnectFlow::State state) {
        if (m_mode == ConnectFlow::Mode::Create &&
            (state == ConnectFlow::State::WaitingForQr || state == ConnectFlow::State::ShowingQr))
            m_sessionExists = true;
        render();
    });
    connect(m_flow, &ConnectFlow::progress, this, &QrDialog::render);
    connect(m_flow, &ConnectFlow::qrReady, this, [this](const QImage& image) { showQr(image); });
    connect(m_flow, &ConnectFlow::countdown, this, &QrDialog::showCountdown);
    connect(m_flow, &ConnectFlow::pairingCodeReady, this, [this](const QString& code, int expiresInSec) {
        const auto left = std::chrono::duration_cast<std::chrono::seconds>(
            m_options.deadline - std::chrono::milliseconds(m_flowClock.elapsed()));
        m_pairing->showCode(code, expiresInSec, int(left.count()));
        skipFlowHint(); // its "type the code" line: the panel says so already
        render();
    });
    connect(m_flow, &ConnectFlow::failed, this, [this](const text::LiveText& message) { m_failure = message; });
    connect(m_flow, &ConnectFlow::finished, this, &QrDialog::onFinished);
    m_flow->start();
    render();
}

void QrDialog::askForPhone()
{
    stopFlow();
    m_askingPhone = true;
    m_pairing->askForPhone();
    render();
}

void QrDialog::startPairing(const QString& digits)
{
    m_options.pairingPhone = digits; // empty: back to the QR code
    startFlow();
}

bool QrDialog::pairingOffered(ConnectFlow::State state) const
{
    // Only once the session is where the gateway makes codes (a new one exists by then), and only
    // where the dialect has pairing codes.
    return m_options.pairingPhone.isEmpty() && !m_askingPhone && m_question == Question::None &&
           m_client.supports(gateway::Operation::PairingCode) &&
           (state == ConnectFlow::State::WaitingForQr || state == ConnectFlow::State::ShowingQr);
}

QrDialog::Outcome QrDialog::outcome() const
{
    if (!m_flow)
        return m_outcome;
    Outcome now = m_outcome;
    now.state = m_flow->state();
    now.message = (m_failure.isEmpty() ? m_flow->lastMessage() : m_failure).toString();
    return now;
}

void QrDialog::stopFlow()
{
    if (!m_flow)
        return;
    m_outcome = outcome();
    ConnectFlow* flow = m_flow;
    m_flow = nullptr;
    flow->disconnect(this);
    flow->cancel();
    // A restart that already deleted the session still re-creates it (ConnectFlow's note): the
    // flow lives on as our child until then, or hands the create to the client when deleted.
    if (flow->state() == ConnectFlow::State::Connected || flow->state() == ConnectFlow::State::Failed ||
        flow->state() == ConnectFlow::State::Cancelled)
        flow->deleteLater();
}

void QrDialog::done(int result)
{
    stopFlow();
    QDialog::done(result);
}

void QrDialog::showQr(const QImage& image)
{
    const qreal dpr = devicePixelRatioF();
    const int side = qRound(QrSide * dpr);
    const QImage scaled = qr::scaledForDisplay(image, side);
    // Only whole pixels: the scaled code is drawn 1:1 at an integer offset on a white square.
    QImage canvas(qMax(side, scaled.width()), qMax(side, scaled.height()), QImage::Format_RGB32);
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        painter.drawImage(QPoint((canvas.width() - scaled.width()) / 2, (canvas.height() - scaled.height()) / 2),
                          scaled);
    }
    QPixmap pixmap = QPixmap::fromImage(canvas);
    pixmap.setDevicePixelRatio(dpr);
    const QSize logical = (QSizeF(canvas.size()) / dpr).toSize();
    m_ui->qrLabel->setFixedSize(logical + QSize(2, 2));
    m_ui->qrLabel->setPixmap(pixmap);
    m_hasQr = true;
    skipFlowHint(); // its "scan it" line: the instructions above say so already
    render();
}

void QrDialog::skipFlowHint()
{
    // The flow follows a QR or a code with its own instruction line, which the page shows already.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_flow && m_flow->state() == ConnectFlow::State::ShowingQr) {
                m_scanHint = m_flow->lastMessage();
                render();
            }
        },
        Qt::QueuedConnection);
}

void QrDialog::showCountdown(int secondsLeft)
{
    m_secondsLeft = secondsLeft;
    m_ui->countdownLabel->setText(secondsLeft > 0 ? tr("New code in %n s", nullptr, secondsLeft)
                                                  : tr("Getting a new code…"));
}

void QrDialog::onFinished(ConnectFlow::State state)
{
    if (state == ConnectFlow::State::Connected) {
        const QString id = m_id;
        emit sessionConnected(id);
        accept();
    } else if (state == ConnectFlow::State::Cancelled) {
        QDialog::reject(); // the person declined the restart: nothing more to do here
    } else {
        if (m_failure.isEmpty() && m_flow)
            m_failure = m_flow->lastMessage();
        render();
        m_ui->tryAgainPushButton->setFocus();
    }
}

void QrDialog::onConfirm(bool yes)
{
    const Question question = m_question;
    m_question = Question::None;
    if (question == Question::BeforeStart) {
        if (yes)
            startFlow();
        else
            reject();
    } else if (question == Question::Restart && m_flow) {
        m_flow->confirmRestart(yes);
    } else if (question == Question::RemoveNew) {
        if (yes)
            removeNewSession();
        else
            QDialog::reject();
        return;
    }
    render();
}

void QrDialog::reject()
{
    if (m_removeJob)
        return; // the removal answers first
    const bool orphan = m_mode == ConnectFlow::Mode::Create && m_sessionExists &&
                        !(m_flow && m_flow->state() == ConnectFlow::State::Connected);
    if (!orphan || m_removalOffered) {
        QDialog::reject();
        return;
    }
    m_removalOffered = true;
    stopFlow();
    m_question = Question::RemoveNew;
    showCurrentQuestion();
    m_ui->declinePushButton->setFocus();
}

void QrDialog::showRemoving()
{
    m_ui->headingLabel->setText(tr("Removing the new session"));
    m_ui->waitingLabel->setText(tr("Removing the session “%1”…").arg(m_id));
    m_ui->pageStackedWidget->setCurrentWidget(m_ui->waitingPage);
}

void QrDialog::removeNewSession()
{
    gateway::DeleteChannelJob* job = m_client.deleteChannel(m_id);
    m_removeJob = job;
    showRemoving();
    connect(job, &gateway::GatewayJob::finished, this, [this](const gateway::Result& result) {
        m_removeJob = nullptr;
        if (result.ok || result.kind == gateway::ErrorKind::NotFound) {
            m_outcome.newSessionRemoved = true;
            const QString id = m_id;
            emit newSessionRemoved(id);
        }
        QDialog::reject();
    });
}

void QrDialog::showQuestion(const QString& title, const QString& text, const QString& confirmText,
                            const QString& declineText)
{
    m_askingPhone = false;
    m_pairingLink->hide();
    m_ui->confirmTitleLabel->setText(title);
    m_ui->confirmTextLabel->setText(text);
    m_ui->confirmPushButton->setText(confirmText);
    m_ui->declinePushButton->setText(declineText);
    m_ui->pageStackedWidget->setCurrentWidget(m_ui->confirmPage);
    m_ui->progressLabel->hide();
    m_details->setDetails({});
    m_ui->headingLabel->setText(tr("Before you go on"));
}

// The one place that maps the flow's state to what the dialog shows.
void QrDialog::render()
{
    if (m_question == Question::BeforeStart)
        return; // the question stays until it is answered
    const ConnectFlow::State state = m_flow ? m_flow->state() : ConnectFlow::State::Idle;
    // Rendered now: a message the flow made before a language change reads in the new language. The
    // agent reads it without the gateway's own words, which wait behind Details.
    const text::LiveText live = m_flow ? m_flow->lastMessage() : text::LiveText();
    const QString message = live.toAgentString();
    const QString liveDetails = live.rawWords().join(QLatin1Char('\n'));
    const bool pairing = !m_options.pairingPhone.isEmpty();
    if (m_simulateButton)
        m_simulateButton->setVisible(state == ConnectFlow::State::ShowingQr && (m_hasQr || pairing));
    m_pairingLink->setVisible(pairingOffered(state));
    if (m_askingPhone) {
        m_ui->headingLabel->setText(tr("Link with a phone number"));
        m_ui->pageStackedWidget->setCurrentWidget(m_pairing);
        m_ui->progressLabel->hide();
        m_details->setDetails({});
        return;
    }

    if (state == ConnectFlow::State::ConfirmRestart) {
        m_question = Question::Restart;
        showCurrentQuestion();
        return;
    }
    if (state == ConnectFlow::State::Failed) {
        m_ui->headingLabel->setText(pairing ? tr("The pairing code could not be shown")
                                            : tr("The QR code could not be shown"));
        m_ui->failureLabel->setText(m_failure.toAgentString());
        showDetails(m_ui->failedVerticalLayout, m_ui->failedVerticalLayout->indexOf(m_ui->failureFrame) + 1,
                    m_failure.rawWords().join(QLatin1Char('\n')));
        m_failedBackToQr->setVisible(pairing);
        m_changeNumber->setVisible(pairing);
        m_ui->pageStackedWidget->setCurrentWidget(m_ui->failedPage);
        m_ui->progressLabel->hide();
        return;
    }
    if (state == ConnectFlow::State::ShowingQr && pairing && m_pairing->showingCode()) {
        m_ui->headingLabel->setText(tr("Type the code on the phone"));
        m_ui->pageStackedWidget->setCurrentWidget(m_pairing);
        const bool news = !message.isEmpty() && !m_scanHint.isEmpty() && message != m_scanHint.toAgentString();
        m_ui->progressLabel->setText(news ? message : QString());
        m_ui->progressLabel->setVisible(news);
        showDetails(m_ui->dialogVerticalLayout, m_ui->dialogVerticalLayout->indexOf(m_ui->progressLabel) + 1,
                    news ? liveDetails : QString());
        return;
    }
    if (state == ConnectFlow::State::ShowingQr && m_hasQr && !pairing) {
        m_ui->headingLabel->setText(tr("Scan the QR code"));
        m_ui->pageStackedWidget->setCurrentWidget(m_ui->qrPage);
        const bool news = !message.isEmpty() && !m_scanHint.isEmpty() && message != m_scanHint.toAgentString();
        m_ui->progressLabel->setText(news ? message : QString());
        m_ui->progressLabel->setVisible(news);
        showDetails(m_ui->dialogVerticalLayout, m_ui->dialogVerticalLayout->indexOf(m_ui->progressLabel) + 1,
                    news ? liveDetails : QString());
        return;
    }
    m_ui->headingLabel->setText(state == ConnectFlow::State::Restarting ? tr("Recreating the session")
                                : pairing                               ? tr("Getting a pairing code")
                                                                        : tr("Getting a QR code"));
    m_ui->waitingLabel->setText(message.isEmpty() ? tr("Preparing…") : message);
    showDetails(m_ui->waitingVerticalLayout, m_ui->waitingVerticalLayout->indexOf(m_ui->waitingLabel) + 1, liveDetails);
    m_ui->pageStackedWidget->setCurrentWidget(m_ui->waitingPage);
    m_ui->progressLabel->hide();
}

void QrDialog::showDetails(QBoxLayout* under, int index, const QString& details)
{
    if (under != m_detailsLayout) {
        m_details->setDetails({}); // closed on its new page until asked
        m_detailsLayout->removeWidget(m_details);
        under->insertWidget(index, m_details);
        m_detailsLayout = under;
    }
    m_details->setDetails(details);
}

} // namespace ui
