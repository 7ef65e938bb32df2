#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace ui {

// "Details ▸": what a gateway or a library said in its own words, under a message written for an
// agent, shown on request as selectable plain text. Hidden while there is nothing to show; closed
// again whenever its text changes.
class DetailsDisclosure : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsDisclosure(QWidget* parent = nullptr);

    void setDetails(const QString& details);
    QString details() const;
    bool isOpen() const;

private:
    QToolButton* m_button = nullptr;
    QLabel* m_label = nullptr;
};

} // namespace ui
