#include "EmptyStateWidget.h"
#include "LanguageChange.h"

#include "Palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

EmptyStateWidget::EmptyStateWidget(QWidget* parent)
    : QWidget(parent)
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("emptyTitleLabel"));
    m_titleLabel->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_titleLabel->setFont(titleFont);

    m_textLabel = new QLabel(this);
    m_textLabel->setObjectName(QStringLiteral("emptyTextLabel"));
    m_textLabel->setAlignment(Qt::AlignCenter);
    m_textLabel->setWordWrap(true);
    m_textLabel->setMinimumWidth(280);
    m_textLabel->setMaximumWidth(520);
    // Not the palette's placeholder grey (3.5:1 on the window): a muted text that reaches 4.5:1.
    m_textLabel->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(palette::mutedText().name()));

    m_actionButton = new QPushButton(this);
    m_actionButton->setObjectName(QStringLiteral("emptyActionPushButton"));
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        switch (m_state) {
        case State::NotConfigured:
        case State::LoadFailed: // the banner above has Retry; what it cannot offer is Settings
            emit settingsRequested();
            break;
        case State::NoSessions:
            emit newSessionRequested();
            break;
        case State::Loading:
            break;
        }
    });
    m_secondButton = new QPushButton(this);
    m_secondButton->setObjectName(QStringLiteral("emptySecondPushButton"));
    connect(m_secondButton, &QPushButton::clicked, this, &EmptyStateWidget::retryRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_titleLabel, 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    // No alignment flag here: a word-wrapped label only gets its height-for-width when the
    // layout sizes it, otherwise its second line is clipped.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_textLabel, 4);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(14);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_actionButton);
    buttons->addWidget(m_secondButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(3);
    setState(State::NotConfigured);
    onLanguageChange(this, [this] { setState(m_state); });
}

void EmptyStateWidget::setState(State state)
{
    m_state = state;
    m_secondButton->hide();
    switch (state) {
    case State::NotConfigured:
        m_titleLabel->setText(tr("No gateway configured"));
        m_textLabel->setText(tr("Enter the address of the WhatsApp gateway and its secret to see your sessions."));
        m_actionButton->setText(tr("Open &Settings…"));
        m_actionButton->show();
        break;
    case State::Loading:
        m_titleLabel->setText(tr("Loading sessions…"));
        m_textLabel->setText(tr("Asking the gateway for its sessions. A gateway with many sessions can take a while "
                                "to answer."));
        m_actionButton->hide();
        break;
    case State::NoSessions:
        m_titleLabel->setText(tr("No sessions on this gateway"));
        m_textLabel->setText(tr("The gateway answered, but it has no WhatsApp sessions yet. Create one and link a "
                                "phone to it with its QR code."));
        m_actionButton->setText(tr("&New session…"));
        m_actionButton->show();
        m_secondButton->setText(tr("&Refresh"));
        m_secondButton->show();
        break;
    case State::LoadFailed:
        m_titleLabel->setText(tr("Could not load the sessions"));
        m_textLabel->setText(tr("The message above says what went wrong and has Retry. If the address or the "
                                "access key of the gateway is wrong, correct it in Settings."));
        m_actionButton->setText(tr("Open &Settings…"));
        m_actionButton->show();
        break;
    }
}

QString EmptyStateWidget::title() const
{
    return m_titleLabel->text();
}

} // namespace ui
