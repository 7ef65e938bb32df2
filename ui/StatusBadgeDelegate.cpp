#include "StatusBadgeDelegate.h"

#include "Palette.h"
#include "SessionTableModel.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ui {

namespace {
constexpr qreal HorizontalPadding = 9; // inside the badge, left and right of the text
constexpr qreal VerticalPadding = 2.5; // inside the badge, above and below the text
constexpr qreal CellMargin = 6;        // between the cell's edge and the badge
constexpr qreal MinimumRowPadding = 3; // above and below the badge
} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QFont StatusBadgeDelegate::badgeFont(const QFont& base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString label = opt.text;
    opt.text.clear();
    opt.icon = {};
    // Selection and hover backgrounds come from the style, like every other cell.
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (label.isEmpty())
        return;

    const auto tone = BadgeTone(index.data(SessionTableModel::BadgeToneRole).toInt());
    const bool stale = index.data(SessionTableModel::StaleRole).toBool();
    const palette::Swatch colors = palette::badge(tone, stale);

    const QFont font = badgeFont(opt.font);
    const QFontMetricsF metrics(font, painter->device());
    const QRectF cell = QRectF(opt.rect).adjusted(CellMargin, 0, -CellMargin, 0);
    const qreal height = std::ceil(metrics.height() + 2 * VerticalPadding);
    const qreal available = std::max<qreal>(0, cell.width() - 2 * HorizontalPadding);
    const QString text =
        metrics.horizontalAdvance(label) <= available ? label : metrics.elidedText(label, Qt::ElideRight, available);
    const qreal width = std::min(cell.width(), std::ceil(metrics.horizontalAdvance(text)) + 2 * HorizontalPadding);
    // Snap to whole logical pixels, then offset by half a pixel so the 1 px border is sharp.
    const qreal top = std::round(cell.top() + (cell.height() - height) / 2);
    QRectF badge(std::round(cell.left()), top, std::round(width), height);
    if (badge.width() <= HorizontalPadding)
        return;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QRectF frame = badge.adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = frame.height() / 2;
    painter->setPen(QPen(colors.border, 1));
    painter->setBrush(colors.background);
    painter->drawRoundedRect(frame, radius, radius);

    painter->setFont(font);
    painter->setPen(colors.text);
    painter->drawText(badge.adjusted(HorizontalPadding, 0, -HorizontalPadding, 0), Qt::AlignCenter, text);
    painter->restore();
}

int StatusBadgeDelegate::cellWidthFor(const QString& label, const QFont& base)
{
    const QFontMetricsF metrics(badgeFont(base));
    return int(std::ceil(metrics.horizontalAdvance(label) + 2 * HorizontalPadding + 2 * CellMargin));
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetricsF metrics(badgeFont(opt.font));
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const qreal width = metrics.horizontalAdvance(opt.text) + 2 * HorizontalPadding + 2 * CellMargin;
    const qreal height = metrics.height() + 2 * VerticalPadding + 2 * MinimumRowPadding;
    return {int(std::ceil(std::max<qreal>(width, base.width()))),
            int(std::ceil(std::max<qreal>(height, base.height())))};
}

} // namespace ui
