#pragma once

#include <QStyledItemDelegate>

namespace ui {

// Paints the Status column as a rounded, coloured badge (BadgeTone) holding the model's label.
// Geometry is in floating point so the badge stays crisp at fractional device pixel ratios; the
// label is elided, never clipped, when the column is too narrow.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StatusBadgeDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // The cell width that shows this label whole, for a view using `base` as its font.
    static int cellWidthFor(const QString& label, const QFont& base);

private:
    static QFont badgeFont(const QFont& base);
};

} // namespace ui
