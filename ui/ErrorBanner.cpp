#include "ErrorBanner.h"
#include "DetailsDisclosure.h"
#include "LanguageChange.h"

#include "Palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Amber, like the old page's warnings.
    setStyleSheet(palette::frameStyle(QStringLiteral("ui--ErrorBanner"), palette::Note::Warning));

    m_iconLabel = new QLabel(this);
    m_iconLabel->setObjectName(QStringLiteral("errorIconLabel"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()
                               ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                               .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_iconLabel->setAlignment(Qt::AlignTop);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("errorMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_details = new DetailsDisclosure(this);

    m_retryButton = new QPushButton(this);
    m_retryButton->setObjectName(QStringLiteral("retryPushButton"));
    connect(m_retryButton, &QPushButton::clicked, this, &ErrorBanner::retryRequested);

    m_settingsButton = new QPushButton(this);
    m_settingsButton->setObjectName(QStringLiteral("settingsPushButton"));
    m_settingsButton->hide();
    connect(m_settingsButton, &QPushButton::clicked, this, &ErrorBanner::settingsRequested);

    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(QStringLiteral("dismissToolButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));

    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });

    // The message and its details share a column, so the buttons keep their place.
    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_messageLabel);
    text->addWidget(m_details);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_iconLabel);
    layout->addLayout(text, 1);
    layout->addWidget(m_settingsButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_retryButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    const auto texts = [this] {
        m_retryButton->setText(tr("&Retry"));
        m_settingsButton->setText(tr("Open &Settings…"));
        m_closeButton->setToolTip(tr("Hide this message"));
    };
    texts();
    onLanguageChange(this, texts);
    hide();
}

void ErrorBanner::showMessage(const QString& message, const QString& details)
{
    m_messageLabel->setText(message);
    m_details->setDetails(details);
    show();
}

QString ErrorBanner::details() const
{
    return m_details->details();
}

QString ErrorBanner::message() const
{
    return m_messageLabel->text();
}

void ErrorBanner::setRetryEnabled(bool enabled)
{
    m_retryButton->setEnabled(enabled);
}

void ErrorBanner::setRetryVisible(bool visible)
{
    m_retryButton->setVisible(visible);
}

void ErrorBanner::setSettingsVisible(bool visible)
{
    m_settingsButton->setVisible(visible);
}

} // namespace ui
