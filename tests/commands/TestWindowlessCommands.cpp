#include "ExecCommand.h"
#include "LaunchFixture.h"
#include "MemorySecretStore.h"
#include "ReportCommand.h"
#include "SetTwilioSecretCommand.h"
#include "SignOutCommand.h"
#include "TerminalSignInCommand.h"
#include "WindowlessCommands.h"

#include "Clock.h"

#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/** Each windowless command line gets the class that runs it, and only that one. */
class TestWindowlessCommands : public QObject
{
    Q_OBJECT

private slots:
    void eachActionHasItsCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("className");
        QTest::newRow("check-config") << QStringList{QStringLiteral("--check-config")}
                                      << QByteArray(ReportCommand::staticMetaObject.className());
        QTest::newRow("diagnose") << QStringList{QStringLiteral("--diagnose")}
                                  << QByteArray(ReportCommand::staticMetaObject.className());
        QTest::newRow("set-twilio-secret")
            << QStringList{QStringLiteral("--set-twilio-secret")}
            << QByteArray(SetTwilioSecretCommand::staticMetaObject.className());
        QTest::newRow("sign-out") << QStringList{QStringLiteral("--sign-out")}
                                  << QByteArray(SignOutCommand::staticMetaObject.className());
        QTest::newRow("reset") << QStringList{QStringLiteral("--reset")}
                               << QByteArray(SignOutCommand::staticMetaObject.className());
        QTest::newRow("tty") << QStringList{QStringLiteral("--tty"), QStringLiteral("--sandbox")}
                             << QByteArray(TerminalSignInCommand::staticMetaObject.className());
        QTest::newRow("tty exec") << QStringList{QStringLiteral("--tty"), QStringLiteral("--sandbox"),
                                                 QStringLiteral("--exec"), QStringLiteral("--"),
                                                 QStringLiteral("true")}
                                  << QByteArray(ExecCommand::staticMetaObject.className());
    }

    void eachActionHasItsCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, className);
        LaunchFixture fixture(arguments);
        QVERIFY2(fixture.resolved, qPrintable(fixture.console.err()));
        QVERIFY(fixture.launch.commandLine().runsWithoutWindow());
        MemorySecretStore keychain;
        const std::unique_ptr<Command> command =
            WindowlessCommands::create(fixture.launch, &keychain, Clock::system(), &fixture.console);
        QVERIFY(command);
        QCOMPARE(QByteArray(command->metaObject()->className()), className);
    }
};

QTEST_GUILESS_MAIN(TestWindowlessCommands)
#include "TestWindowlessCommands.moc"
