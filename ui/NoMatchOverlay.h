#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAbstractItemView;
class QLabel;
class QPushButton;

namespace ui {

// Over the table, when a filter hides every row: "No session matches the filter" and a button
// that shows all sessions again, instead of a blank table. It watches the view's model (the
// filter proxy) and its source by itself.
//
//   auto* note = new NoMatchOverlay(view, proxy->sourceModel());
//   connect(note, &NoMatchOverlay::clearRequested, filterLineEdit, &QLineEdit::clear);
class NoMatchOverlay : public QWidget
{
    Q_OBJECT

public:
    NoMatchOverlay(QAbstractItemView* view, QAbstractItemModel* unfiltered);

    // Shows or hides itself from the row counts; called on every change of either model.
    void update();

signals:
    void clearRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_view;
    QAbstractItemModel* m_unfiltered;
    QLabel* m_label = nullptr;
    QPushButton* m_button = nullptr;
};

} // namespace ui
