#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace settings {

// Installs the app's translation (embedded under :/i18n) and Qt's own for the chosen language:
// "en", "pt_BR", or empty for the system locale. Returns the language actually used.
QString installTranslations(QCoreApplication& app, const QString& language);

// The languages the app ships, as codes ("en", "pt_BR"): the one list the settings dialog, the
// --lang check and the profile read.
QStringList availableLanguages();
// A shipped language's name in that language ("Português (Brasil)"); empty for an unknown code.
QString languageNativeName(const QString& code);

} // namespace settings
