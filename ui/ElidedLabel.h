#pragma once

#include <QLabel>

namespace ui {

// A one-line label for the status bar whose text never sets the window's minimum width: when the
// space is short it ends in "…" and the whole text is in its tooltip. A plain QLabel there made
// the window grow by itself when a longer message arrived (1000 -> 1156 px in pt_BR).
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace ui
