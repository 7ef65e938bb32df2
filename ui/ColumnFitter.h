#pragma once

#include <QObject>

class QHeaderView;
class QTableView;

namespace ui {

// Keeps a table's columns inside its view while they are the app's own widths: one elastic column
// (the session's name) takes the room the others leave, between a floor and a ceiling, whenever
// the view is resized, a column is shown or hidden, or the language changes the others' widths.
// Once the person drags a column divider, the widths are theirs and are left alone. A layout
// restored as the person's is refitted once, when the view is first shown, if it does not fit
// (refitted() asks the owner for its own widths again).
//
//   auto* fitter = new ColumnFitter(view, SessionTableModel::Session, 110, 360);
//   if (restored) fitter->restored(personsWidths);
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    ColumnFitter(QTableView* view, int elasticColumn, int minWidth, int maxWidth);

    void setUserSized(bool userSized);
    bool isUserSized() const { return m_userSized; }
    // A saved layout was restored: the person's widths (kept unless they do not fit when the view
    // is first shown), or the app's own (fitted from now on).
    void restored(bool personsWidths);
    // The room the header needs for a section's title whole, with the sort arrow beside it when
    // the table is sorted by that column.
    static int titleWidth(const QHeaderView* header, int section);

    // Fits now (after a column was shown or hidden, or the others were widened).
    void fit();

signals:
    // The person's restored widths did not fit the view: they are the app's own again.
    void refitted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int neededWidth() const; // the visible columns' widths, a stretched last one by its title

    QTableView* m_view;
    // The view's viewport, for telling its events apart only: never dereferenced, because its last
    // events come while the view is being destroyed (calling m_view then is undefined: UBSan).
    const QObject* m_viewport = nullptr;
    int m_column;
    int m_min;
    int m_max;
    bool m_userSized = false;
    bool m_fitting = false;
    bool m_dragging = false;    // a mouse button is down on the header: resizes are the person's
    bool m_checkOnShow = false; // restored widths of the person's, not yet checked against the view
};

} // namespace ui
