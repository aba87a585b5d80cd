// The screenshot tool (scripts/screenshots): the real wizard with the sandbox panel, walked through every
// page and state by PageTour, each saved as a PNG. Not a test: it asserts only that the walk gets through.
//
// LATCHKEY_SHOTS_DIR       where the PNGs go (required)
// LATCHKEY_SHOTS_THEME     light (Fusion's palette) or dark (a dark desktop theme's)
// LATCHKEY_SHOTS_LANGUAGE  en, de, es or fr; the translations are read from LATCHKEY_SHOTS_QM (build/app)
// QT_SCALE_FACTOR          2 for a 200% display

#include "PageTour.h"
#include "PasswordPage.h"
#include "SandboxPanel.h"
#include "UnconfiguredPage.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>
#include <QWizard>

#include <memory>

using namespace latchkey;
using namespace latchkey::testing;

class ScreenshotTour : public QObject
{
    Q_OBJECT

    QDir m_dir;

    void save(QWidget *window, const QString &name)
    {
        QCoreApplication::processEvents();
        const QString file = m_dir.filePath(name + QStringLiteral(".png"));
        QVERIFY2(window->grab().save(file), qPrintable(file));
    }

private slots:
    void initTestCase()
    {
        useTestApplication(QStringLiteral("ScreenshotTour"));
        const QString dir = qEnvironmentVariable("LATCHKEY_SHOTS_DIR");
        QVERIFY2(!dir.isEmpty(), "LATCHKEY_SHOTS_DIR is not set");
        QVERIFY(QDir().mkpath(dir));
        m_dir.setPath(dir);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(qEnvironmentVariable("LATCHKEY_SHOTS_THEME") == QLatin1String("dark")
                                     ? darkThemePalette()
                                     : QApplication::style()->standardPalette());
        const QString language = qEnvironmentVariable("LATCHKEY_SHOTS_LANGUAGE", QStringLiteral("en"));
        QLocale::setDefault(QLocale(language));
        auto *own = new QTranslator(qApp);
        QVERIFY2(own->load(QLocale(language), QStringLiteral("latchkey"), QStringLiteral("_"),
                           qEnvironmentVariable("LATCHKEY_SHOTS_QM")),
                 "no latchkey_<language>.qm in LATCHKEY_SHOTS_QM");
        QCoreApplication::installTranslator(own);
        auto *qt = new QTranslator(qApp);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        }
    }

    void unconfigured()
    {
        auto *page = new UnconfiguredPage(tr("No server is configured."), QString(), true);
        std::unique_ptr<QWizard> window(page->createWindow());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        save(window.get(), QStringLiteral("0-unconfigured"));
    }

    void enrolment()
    {
        FakeWizardHarness f;
        tourEnrolmentPage(f, [&](const QString &name) { save(&f.wizard, name); });
    }

    void signIn()
    {
        WizardHarness h({}, HarnessSandbox::InProcessManualClock);
        // As WizardShell shows a sandbox sign-in: the sandbox phone beside the pages, the demo account's
        // hint.
        h.wizard.setSidePanel(new SandboxPanel(&h.outbox));
        h.wizard.passwordPage()->setHint(h.session.hint());
        tourEveryPage(h, [&](const QString &name) { save(&h.wizard, name); });
    }

    void numberOnFile()
    {
        WizardHarness h({}, HarnessSandbox::InProcessManualClock);
        h.wizard.setSidePanel(new SandboxPanel(&h.outbox));
        tourNumberOnFile(h, [&](const QString &name) { save(&h.wizard, name); });
    }
};

LATCHKEY_FULL_HD_TEST_MAIN(ScreenshotTour)

#include "ScreenshotTour.moc"
