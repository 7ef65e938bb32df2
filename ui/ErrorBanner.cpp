#include "ErrorBanner.h"
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

    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("detailsToolButton"));

    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->hide();
    m_detailsLabel = new QLabel(this);
    m_detailsLabel->setObjectName(QStringLiteral("errorDetailsLabel"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextFormat(Qt::PlainText);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->hide();
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_detailsLabel->setVisible(open);
    });

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
    text->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    text->addWidget(m_detailsLabel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_iconLabel);
    layout->addLayout(text, 1);
    layout->addWidget(m_settingsButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_retryButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    const auto texts = [this] {
        m_detailsButton->setText(tr("Details"));
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
    m_detailsLabel->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    show();
}

QString ErrorBanner::details() const
{
    return m_detailsLabel->text();
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
