#pragma once

#include <QObject>

class QTableView;

namespace ui {

// Keeps a table's columns inside its view while they are the app's own widths: one elastic column
// (the session's name) takes the room the others leave, between a floor and a ceiling, whenever
// the view is resized, a column is shown or hidden, or the language changes the others' widths.
// Once the person drags a column divider, or a saved layout is restored, the widths are theirs and
// are left alone.
//
//   auto* fitter = new ColumnFitter(view, SessionTableModel::Session, 110, 360);
//   if (restored) fitter->setUserSized(true);
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    ColumnFitter(QTableView* view, int elasticColumn, int minWidth, int maxWidth);

    void setUserSized(bool userSized);
    bool isUserSized() const { return m_userSized; }
    // Fits now (after a column was shown or hidden, or the others were widened).
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_view;
    int m_column;
    int m_min;
    int m_max;
    bool m_userSized = false;
    bool m_fitting = false;
    bool m_dragging = false; // a mouse button is down on the header: resizes are the person's
};

} // namespace ui
