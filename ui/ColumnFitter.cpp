#include "ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
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
    m_viewport = view->viewport();
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

void ColumnFitter::restored(bool personsWidths)
{
    m_checkOnShow = personsWidths;
    setUserSized(personsWidths);
}

int ColumnFitter::titleWidth(const QHeaderView* header, int section)
{
    const QString title = header->model() ? header->model()->headerData(section, Qt::Horizontal).toString() : QString();
    const QStyle* style = header->style();
    const int margin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int arrow = style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const bool sorted = header->isSortIndicatorShown() && header->sortIndicatorSection() == section;
    return QFontMetrics(header->font()).horizontalAdvance(title) + 2 * margin + (sorted ? arrow + margin : 0) + 2;
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

int ColumnFitter::neededWidth() const
{
    // A stretched last column fills whatever view it had when saved: it needs only its title.
    const QHeaderView* header = m_view->horizontalHeader();
    int last = -1;
    for (int i = 0; i < header->count(); ++i) {
        if (!header->isSectionHidden(header->logicalIndex(i)))
            last = header->logicalIndex(i);
    }
    int total = 0;
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i))
            continue;
        total += i == last && header->stretchLastSection() ? titleWidth(header, i) : header->sectionSize(i);
    }
    return total;
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport) {
        if (event->type() == QEvent::Show && m_checkOnShow) {
            m_checkOnShow = false;
            if (m_userSized && neededWidth() > m_view->viewport()->width()) {
                m_userSized = false;
                emit refitted();
                fit();
            }
        } else if (event->type() == QEvent::Resize) {
            fit();
        }
    } else if (event->type() == QEvent::MouseButtonPress) {
        m_dragging = true;
    } else if (event->type() == QEvent::MouseButtonRelease) {
        m_dragging = false;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ui
