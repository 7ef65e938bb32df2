#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace settings {

namespace {
struct Shipped
{
    const char* code;
    const char* nativeName; // UTF-8
};
constexpr Shipped Languages[] = {{"en", "English"}, {"pt_BR", "Portugu\u00eas (Brasil)"}};
} // namespace

QStringList availableLanguages()
{
    QStringList codes;
    for (const Shipped& l : Languages)
        codes.append(QString::fromLatin1(l.code));
    return codes;
}

QString languageNativeName(const QString& code)
{
    for (const Shipped& l : Languages)
        if (code == QLatin1String(l.code))
            return QString::fromUtf8(l.nativeName);
    return {};
}

QString installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // English is the source language: nothing to load. Any Portuguese locale gets pt_BR.
    if (locale.language() != QLocale::Portuguese)
        return QStringLiteral("en");

    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(QStringLiteral("pt_BR")), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/pixelhub-sessions_pt_BR.qm"))) {
        QCoreApplication::installTranslator(own);
        QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));
        return QStringLiteral("pt_BR");
    }
    delete own;
    return QStringLiteral("en");
}

} // namespace settings
