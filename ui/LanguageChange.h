#pragma once

#include <functional>

class QObject;

namespace ui {

// Calls retranslate each time the language changes while the app runs (Settings › Language):
// Qt sends QEvent::LanguageChange to every window and each widget passes it to its children, so
// target is a widget or a QObject child of one. For the texts a class sets in code; a Designer
// form is retranslated in its widget's changeEvent() (retranslateUi), before its children hear of it.
//
//   const auto texts = [this] { m_action->setText(tr("&Reconnect…")); };
//   texts();
//   onLanguageChange(this, texts);
void onLanguageChange(QObject* target, std::function<void()> retranslate);

} // namespace ui
