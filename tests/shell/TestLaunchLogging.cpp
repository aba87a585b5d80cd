#include "LaunchFixture.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * A log level set by policy is enforced: a developer's QT_LOGGING_RULES (set for this whole process, before
 * the application object reads it) still turns Latchkey's debug lines on where policy leaves the level alone,
 * and no longer does once policy sets it. One process: an enforced level cannot be lifted again.
 */
class TestLaunchLogging : public QObject
{
    Q_OBJECT

private slots:
    void aLogLevelSetByPolicyIgnoresQtLoggingRules()
    {
        LaunchFixture open({QStringLiteral("--tty"), QStringLiteral("--sandbox")},
                           "[Logging]\nDirectory=none\n");
        QVERIFY(open.resolved);
        open.launch.installLogging();
        QVERIFY(lcFlow().isDebugEnabled()); // the variable works when policy leaves the level alone

        LaunchFixture locked({QStringLiteral("--tty"), QStringLiteral("--sandbox")},
                             "[Logging]\nLevel=warning\nDirectory=none\n");
        QVERIFY(locked.resolved);
        locked.launch.installLogging();
        QVERIFY(!lcFlow().isDebugEnabled());
        QVERIFY(!lcNet().isDebugEnabled());
        QVERIFY(lcFlow().isWarningEnabled());
    }
};

int main(int argc, char **argv)
{
    // As a developer would run latchkey: every category on. Read once, by the application object.
    qputenv("QT_LOGGING_RULES", "latchkey.*=true");
    QCoreApplication app(argc, argv);
    TestLaunchLogging test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestLaunchLogging.moc"
