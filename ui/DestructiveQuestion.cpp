#include "DestructiveQuestion.h"

#include <QMessageBox>
#include <QPushButton>

namespace ui {

DestructiveQuestion askDestructive(QWidget* parent, const QString& title, const QString& text,
                                   const QString& informativeText, const QString& confirmText)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setInformativeText(informativeText);
    QPushButton* confirm = box->addButton(confirmText, QMessageBox::DestructiveRole);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    // Destructive: Enter presses Cancel, never the button that destroys.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return {box, confirm};
}

} // namespace ui
