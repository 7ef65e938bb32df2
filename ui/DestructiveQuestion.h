#pragma once

#include <QString>

class QMessageBox;
class QPushButton;
class QWidget;

namespace ui {

// A warning question before something that cannot be undone (Log out, one session or several).
// The destructive button is never the default: Enter and Esc press Cancel (issue 14 #6). Deletes
// itself when closed; not yet shown (call open()).
//
//   const DestructiveQuestion q = askDestructive(window, title, text, details, tr("&Log out phone"));
//   connect(q.box, &QMessageBox::buttonClicked, this, [q](QAbstractButton* b) { if (b == q.confirm) ... });
//   q.box->open();
struct DestructiveQuestion
{
    QMessageBox* box = nullptr;
    QPushButton* confirm = nullptr; // the destructive button; its object name is the caller's
};

DestructiveQuestion askDestructive(QWidget* parent, const QString& title, const QString& text,
                                   const QString& informativeText, const QString& confirmText);

} // namespace ui
