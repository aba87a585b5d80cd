#include "ApplicationSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
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

QString ApplicationSetup::noDisplayProblem()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    // QT_QPA_PLATFORM is a list of plugins to try, each with its own options after ':'.
    QStringList platforms;
    const QStringList entries =
        qEnvironmentVariable("QT_QPA_PLATFORM").split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        platforms << entry.section(QLatin1Char(':'), 0, 0).trimmed();
    }
    platforms.removeAll(QString());
    const bool x11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    const bool wayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    const bool onlyXcb = !platforms.isEmpty() && platforms.count(QStringLiteral("xcb")) == platforms.size();
    const bool displayless = platforms.isEmpty() ? !x11 && !wayland : onlyXcb && !x11;
    if (displayless) {
        return QCoreApplication::translate(
            "main", "No display is available for a window (DISPLAY and WAYLAND_DISPLAY "
                    "are not set). Use latchkey --tty to sign in on the terminal.");
    }
#endif
    return QString();
}

} // namespace latchkey
