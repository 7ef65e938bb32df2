#include "ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace ui {

ColumnFitter::ColumnFitter(QTableView* view, int elasticColumn, int minWidth, int maxWidth)
    : QObject(view)
    , m_view(view)
    , m_column(elasticColumn)
    , m_min(minWidth)
    , m_max(maxWidth)
{
    QHeaderView* header = view->horizontalHeader();
    view->viewport()->installEventFilter(this);
    header->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (m_dragging && !m_fitting)
            m_userSized = true;
    });
}

void ColumnFitter::setUserSized(bool userSized)
{
    m_userSized = userSized;
    fit();
}

void ColumnFitter::fit()
{
    if (m_userSized || m_fitting)
        return;
    QHeaderView* header = m_view->horizontalHeader();
    const int available = m_view->viewport()->width();
    if (available <= 0 || header->isSectionHidden(m_column))
        return;
    int others = 0;
    for (int i = 0; i < header->count(); ++i) {
        if (i != m_column && !header->isSectionHidden(i))
            others += header->sectionSize(i);
    }
    const int width = std::clamp(available - others, m_min, m_max);
    if (width == header->sectionSize(m_column))
        return;
    m_fitting = true;
    header->resizeSection(m_column, width);
    m_fitting = false;
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::Resize)
            fit();
    } else if (event->type() == QEvent::MouseButtonPress) {
        m_dragging = true;
    } else if (event->type() == QEvent::MouseButtonRelease) {
        m_dragging = false;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ui
