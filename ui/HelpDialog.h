#pragma once

#include <QDialog>

class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace ui {

// Help › Guide (F1): a short guide for support agents (what each status means, what "possibly
// disconnected" is, how to reconnect a phone) and the keyboard shortcuts, in the running language.
// The shortcut sheet is read from the window's own actions, so it cannot drift from them.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget* window);

    // The guide as HTML, translated.
    static QString guideHtml();
    // "Shortcut<TAB>what it does", one per action of `window` that has a shortcut, in menu order.
    static QList<QPair<QString, QString>> shortcuts(const QWidget* window);

private:
    // Every text, again after a language change.
    void texts();

    QWidget* m_window = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_guide = nullptr;
    QTreeWidget* m_keys = nullptr;
};

} // namespace ui
