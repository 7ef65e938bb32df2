#include "PairingCodePanel.h"

#include "Palette.h"

#include "sessions/PhoneNumber.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

QLabel* wrapped(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

QPushButton* button(QWidget* parent, const char* name)
{
    auto* b = new QPushButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false); // Enter in the number field asks for the code, never closes the dialog
    return b;
}

QString minutesSeconds(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

void styleAsLink(QPushButton* button)
{
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setStyleSheet(QStringLiteral(
        "QPushButton { color: palette(link); text-decoration: underline; border: none; padding: 2px; }"));
}

PairingCodePanel::PairingCodePanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    m_phonePage = new QWidget(m_pages);
    m_phonePage->setObjectName(QStringLiteral("phonePage"));
    auto* phone = new QVBoxLayout(m_phonePage);
    phone->addStretch(1);
    m_phonePromptLabel = wrapped(m_phonePage, "phonePromptLabel");
    m_phonePromptLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    phone->addWidget(m_phonePromptLabel);
    m_phoneLineEdit = new QLineEdit(m_phonePage);
    m_phoneLineEdit->setObjectName(QStringLiteral("phoneLineEdit"));
    m_phoneLineEdit->setPlaceholderText(QStringLiteral("+55 47 99999-9999"));
    m_phoneLineEdit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phonePromptLabel->setBuddy(m_phoneLineEdit);
    phone->addWidget(m_phoneLineEdit);
    m_phoneErrorLabel = wrapped(m_phonePage, "phoneErrorLabel");
    m_phoneErrorLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_phoneErrorLabel->setStyleSheet(palette::noteStyle(palette::Note::Error));
    m_phoneErrorLabel->hide();
    phone->addWidget(m_phoneErrorLabel);
    auto* getRow = new QHBoxLayout;
    getRow->addStretch(1);
    m_getCodeButton = button(m_phonePage, "getCodePushButton");
    getRow->addWidget(m_getCodeButton);
    phone->addLayout(getRow);
    phone->addStretch(2);
    m_pages->addWidget(m_phonePage);

    m_codePage = new QWidget(m_pages);
    m_codePage->setObjectName(QStringLiteral("codePage"));
    auto* code = new QVBoxLayout(m_codePage);
    code->addStretch(1);
    m_stepsLabel = wrapped(m_codePage, "pairingStepsLabel");
    code->addWidget(m_stepsLabel);
    m_codeLabel = new QLabel(m_codePage);
    m_codeLabel->setObjectName(QStringLiteral("pairingCodeLabel"));
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setTextFormat(Qt::PlainText);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Large and in a fixed-width face, so 0/O and 1/I read apart when the agent spells it out.
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(font().pointSizeF() * 3);
    big.setBold(true);
    big.setLetterSpacing(QFont::PercentageSpacing, 112);
    m_codeLabel->setFont(big);
    code->addWidget(m_codeLabel);
    auto* copyRow = new QHBoxLayout;
    copyRow->addStretch(1);
    m_copyButton = button(m_codePage, "copyCodePushButton");
    copyRow->addWidget(m_copyButton);
    copyRow->addStretch(1);
    code->addLayout(copyRow);
    m_expiryLabel = wrapped(m_codePage, "expiryLabel");
    QFont bold = m_expiryLabel->font();
    bold.setBold(true);
    m_expiryLabel->setFont(bold);
    code->addWidget(m_expiryLabel);
    auto* newRow = new QHBoxLayout;
    newRow->addStretch(1);
    m_newCodeButton = button(m_codePage, "newCodePushButton");
    m_newCodeButton->hide();
    newRow->addWidget(m_newCodeButton);
    newRow->addStretch(1);
    code->addLayout(newRow);
    code->addStretch(1);
    m_pages->addWidget(m_codePage);

    auto* backRow = new QHBoxLayout;
    m_backButton = button(this, "backToQrPushButton");
    styleAsLink(m_backButton);
    backRow->addWidget(m_backButton);
    backRow->addStretch(1);
    layout->addLayout(backRow);

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &PairingCodePanel::tick);
    connect(m_getCodeButton, &QPushButton::clicked, this, &PairingCodePanel::submit);
    connect(m_phoneLineEdit, &QLineEdit::returnPressed, this, &PairingCodePanel::submit);
    connect(m_phoneLineEdit, &QLineEdit::textEdited, m_phoneErrorLabel, &QWidget::hide);
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_codeLabel->text()); });
    connect(m_newCodeButton, &QPushButton::clicked, this, &PairingCodePanel::newCodeRequested);
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        m_timer.stop();
        emit backToQr();
    });
    retranslate();
}

QString PairingCodePanel::backToQrText()
{
    return tr("&Back to the QR code");
}

void PairingCodePanel::askForPhone()
{
    m_timer.stop();
    m_code.clear();
    m_phoneErrorLabel->hide();
    m_pages->setCurrentWidget(m_phonePage);
    m_phoneLineEdit->setFocus();
    m_phoneLineEdit->selectAll();
}

void PairingCodePanel::showCode(const QString& code, int expiresInSec, int secondsLeft)
{
    m_code = code;
    m_codeLabel->setText(code);
    m_vendorExpiry = expiresInSec > 0 && expiresInSec <= secondsLeft;
    m_lifetimeSec = m_vendorExpiry ? expiresInSec : qMax(0, secondsLeft);
    m_clock.start();
    m_newCodeButton->hide();
    m_pages->setCurrentWidget(m_codePage);
    m_timer.start();
    tick();
}

bool PairingCodePanel::showingCode() const
{
    return m_pages->currentWidget() == m_codePage;
}

void PairingCodePanel::submit()
{
    const QString digits = sessions::pairingPhone(m_phoneLineEdit->text());
    if (digits.isEmpty()) {
        m_phoneErrorLabel->show();
        m_phoneLineEdit->setFocus();
        return;
    }
    m_phoneErrorLabel->hide();
    m_digits = digits;
    emit phoneChosen(digits);
}

void PairingCodePanel::tick()
{
    const int left = m_lifetimeSec - int(m_clock.elapsed() / 1000);
    if (left <= 0) {
        m_timer.stop();
        m_expiryLabel->setText(tr("This code has expired. Get a new one and have it typed right away."));
        m_newCodeButton->setVisible(m_vendorExpiry); // otherwise the flow itself gives up: Try again
        return;
    }
    m_expiryLabel->setText(m_vendorExpiry ? tr("The code expires in %1.").arg(minutesSeconds(left))
                                          : tr("Waiting for the code to be typed: %1 left.").arg(minutesSeconds(left)));
}

void PairingCodePanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void PairingCodePanel::retranslate()
{
    m_phonePromptLabel->setText(tr("&Phone number of the WhatsApp account to link, with the country code and the "
                                   "area code:"));
    m_phoneErrorLabel->setText(tr("That is not a phone number. Type it with the country code and the area code, "
                                  "for example +55 47 99999-9999."));
    m_phoneLineEdit->setAccessibleName(tr("Phone number"));
    m_getCodeButton->setText(tr("&Get code"));
    m_stepsLabel->setText(tr("On the phone: WhatsApp › Linked devices › Link a device › Link with phone number "
                             "instead, then type this code:"));
    m_codeLabel->setAccessibleName(tr("Pairing code"));
    m_copyButton->setText(tr("Cop&y code"));
    m_newCodeButton->setText(tr("Get a &new code"));
    m_backButton->setText(backToQrText());
    if (m_timer.isActive())
        tick();
}

} // namespace ui
