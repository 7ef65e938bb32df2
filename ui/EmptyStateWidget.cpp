#include "EmptyStateWidget.h"

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
    m_textLabel->setForegroundRole(QPalette::PlaceholderText);

    m_actionButton = new QPushButton(this);
    m_actionButton->setObjectName(QStringLiteral("emptyActionPushButton"));
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        if (m_state == State::NotConfigured)
            emit settingsRequested();
        else
            emit retryRequested();
    });

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
    layout->addWidget(m_actionButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    setState(State::NotConfigured);
}

void EmptyStateWidget::setState(State state)
{
    m_state = state;
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
        m_textLabel->setText(tr("The gateway answered, but it has no WhatsApp sessions yet."));
        m_actionButton->setText(tr("&Refresh"));
        m_actionButton->show();
        break;
    case State::LoadFailed:
        m_titleLabel->setText(tr("Could not load the sessions"));
        m_textLabel->setText(tr("The message above says what went wrong. Fix it, then try again."));
        m_actionButton->setText(tr("Try &again"));
        m_actionButton->show();
        break;
    }
}

QString EmptyStateWidget::title() const
{
    return m_titleLabel->text();
}

} // namespace ui
