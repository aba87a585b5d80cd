#include "Clock.h"
#include "FontPreload.h"
#include "LaunchFixture.h"
#include "MemorySecretStore.h"
#include "WizardShell.h"

#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * The window's shell starts loading the font database in the thread pool at once, and a launch that ends
 * straight away (a second one, which brings the first window forward) leaves none of that work behind:
 * Qt waits for the pool only after QGuiApplication is gone, and a font database asked for then is a qFatal.
 */
class TestWizardShell : public QObject
{
    Q_OBJECT

private slots:
    void aLaunchThatEndsAtOnceLeavesNoFontWorkBehind()
    {
        LaunchFixture launch({QStringLiteral("--sandbox")});
        QVERIFY(launch.resolved);
        MemorySecretStore keychain;
        {
            WizardShell shell(launch.launch, &keychain, Clock::system(), &launch.console);
            shell.start();
            QVERIFY(FontPreload::start().isRunning()); // this process's first use of the fonts: still loading
        }
        QVERIFY(FontPreload::start().isFinished());
    }
};

QTEST_MAIN(TestWizardShell)
#include "TestWizardShell.moc"
