#include "ApplicationSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace latchkey {

void ApplicationSetup::setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Latchkey"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("latchkey.app"));
    QCoreApplication::setApplicationName(QStringLiteral("latchkey"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCHKEY_VERSION));
}

void ApplicationSetup::installTranslations(QCoreApplication &app, const QString &language)
{
    if (!language.isEmpty()) {
        QLocale::setDefault(QLocale(language));
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *own = new QTranslator(&app);
    // A language without a translation falls back to English, whose plural forms ("1 day") need their file.
    if (own->load(locale, QStringLiteral("latchkey"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/latchkey_en.qm"))) {
        QCoreApplication::installTranslator(own);
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

} // namespace latchkey
