#include "NoMatchOverlay.h"
#include "LanguageChange.h"

#include "Palette.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

NoMatchOverlay::NoMatchOverlay(QAbstractItemView* view, QAbstractItemModel* unfiltered)
    : QWidget(view->viewport())
    , m_view(view)
    , m_unfiltered(unfiltered)
{
    setObjectName(QStringLiteral("noMatchOverlay"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("noMatchLabel"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(palette::mutedText().name()));
    m_button = new QPushButton(this);
    const auto texts = [this] {
        m_label->setText(tr("No session matches the filter."));
        m_button->setText(tr("Show &all sessions"));
    };
    texts();
    onLanguageChange(this, texts);
    m_button->setObjectName(QStringLiteral("showAllPushButton"));
    connect(m_button, &QPushButton::clicked, this, &NoMatchOverlay::clearRequested);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    for (QAbstractItemModel* model : {view->model(), unfiltered}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &NoMatchOverlay::update);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &NoMatchOverlay::update);
        connect(model, &QAbstractItemModel::modelReset, this, &NoMatchOverlay::update);
        connect(model, &QAbstractItemModel::layoutChanged, this, &NoMatchOverlay::update);
    }
    view->viewport()->installEventFilter(this);
    update();
}

void NoMatchOverlay::update()
{
    const bool hidden = m_view->model()->rowCount() == 0 && m_unfiltered->rowCount() > 0;
    setGeometry(m_view->viewport()->rect());
    setVisible(hidden);
}

bool NoMatchOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == m_view->viewport()) // the type first: see HistoryHooks
        setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace ui
