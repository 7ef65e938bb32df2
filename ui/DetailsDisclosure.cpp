#include "DetailsDisclosure.h"

#include "LanguageChange.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

DetailsDisclosure::DetailsDisclosure(QWidget* parent)
    : QWidget(parent)
{
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("detailsToolButton"));
    m_button->setCheckable(true);
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setArrowType(Qt::RightArrow);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("detailsLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->hide();
    connect(m_button, &QToolButton::toggled, this, [this](bool open) {
        m_button->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_label->setVisible(open);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addWidget(m_label);

    const auto texts = [this] { m_button->setText(tr("Details")); };
    texts();
    onLanguageChange(this, texts);
    hide();
}

void DetailsDisclosure::setDetails(const QString& details)
{
    if (details != m_label->text()) {
        m_label->setText(details);
        m_button->setChecked(false);
    }
    setVisible(!details.isEmpty());
}

QString DetailsDisclosure::details() const
{
    return m_label->text();
}

bool DetailsDisclosure::isOpen() const
{
    return m_button->isChecked();
}

} // namespace ui
