#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace settings {

// Installs the app's translation (embedded under :/i18n) and Qt's own for the chosen language:
// "en", "pt_BR", or empty for the system locale. Returns the language actually used.
QString installTranslations(QCoreApplication& app, const QString& language);

// The languages the app ships, as codes ("en", "pt_BR").
QStringList availableLanguages();

} // namespace settings
