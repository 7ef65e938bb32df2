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
    // A second call replaces the first (a language chosen again at run time): the translators this
    // function installed before go, and Qt tells every widget (QEvent::LanguageChange).
    const QString ours = QStringLiteral("phs-translator");
    bool switching = false;
    for (QTranslator* old : app.findChildren<QTranslator*>(ours, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
        switching = true;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // English is the source language: nothing to load. Any Portuguese locale gets pt_BR.
    if (locale.language() != QLocale::Portuguese) {
        if (switching) // back from pt_BR: dates and numbers as the chosen (or system) locale writes them
            QLocale::setDefault(locale);
        return QStringLiteral("en");
    }

    auto* qt = new QTranslator(&app);
    qt->setObjectName(ours);
    if (qt->load(QLocale(QStringLiteral("pt_BR")), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* own = new QTranslator(&app);
    own->setObjectName(ours);
    if (own->load(QStringLiteral(":/i18n/pixelhub-sessions_pt_BR.qm"))) {
        QCoreApplication::installTranslator(own);
        QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));
        return QStringLiteral("pt_BR");
    }
    delete own;
    return QStringLiteral("en");
}

} // namespace settings
