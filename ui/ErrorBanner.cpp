#include "ErrorBanner.h"

#include "Palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

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

    m_retryButton = new QPushButton(tr("&Retry"), this);
    m_retryButton->setObjectName(QStringLiteral("retryPushButton"));
    connect(m_retryButton, &QPushButton::clicked, this, &ErrorBanner::retryRequested);

    m_settingsButton = new QPushButton(tr("Open &Settings…"), this);
    m_settingsButton->setObjectName(QStringLiteral("settingsPushButton"));
    m_settingsButton->hide();
    connect(m_settingsButton, &QPushButton::clicked, this, &ErrorBanner::settingsRequested);

    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(QStringLiteral("dismissToolButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_closeButton->setToolTip(tr("Hide this message"));
    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::hide);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_messageLabel, 1);
    layout->addWidget(m_settingsButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_retryButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    hide();
}

void ErrorBanner::showMessage(const QString& message)
{
    m_messageLabel->setText(message);
    show();
}

QString ErrorBanner::message() const
{
    return m_messageLabel->text();
}

void ErrorBanner::setRetryEnabled(bool enabled)
{
    m_retryButton->setEnabled(enabled);
}

void ErrorBanner::setSettingsVisible(bool visible)
{
    m_settingsButton->setVisible(visible);
}

} // namespace ui
