#include "cli/CommandLine.h"

#include <QTest>

using namespace latchkey;
using Action = CommandLine::Action;

class TestCommandLine : public QObject
{
    Q_OBJECT

    static CommandLine parse(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("latchkey"));
        return CommandLine::parse(arguments);
    }

private slots:
    void helpAndVersionNeedNoWindow()
    {
        QCOMPARE(parse({QStringLiteral("--help")}).action, Action::ShowHelp);
        QCOMPARE(parse({QStringLiteral("-h")}).action, Action::ShowHelp);
        QCOMPARE(parse({QStringLiteral("--version")}).action, Action::ShowVersion);
        QVERIFY(parse({QStringLiteral("--version")}).runsWithoutWindow());
        QVERIFY(parse({QStringLiteral("--sandbox"), QStringLiteral("--tty")}).runsWithoutWindow());
        QVERIFY(!parse({QStringLiteral("--sandbox")}).runsWithoutWindow());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--server")} << QStringLiteral("server");
        QTest::newRow("plain http elsewhere")
            << QStringList{QStringLiteral("--server"), QStringLiteral("http://example.com")}
            << QStringLiteral("https");
        QTest::newRow("unknown mode")
            << QStringList{QStringLiteral("--mode"), QStringLiteral("carrier-pigeon")}
            << QStringLiteral("carrier-pigeon");
        QTest::newRow("sandbox with server")
            << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--server"),
                           QStringLiteral("https://a.b")}
            << QStringLiteral("sandbox");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("--sandbox"), QStringLiteral("extra")} << QStringLiteral("extra");
        QTest::newRow("nothing configured") << QStringList{} << QStringLiteral("No server");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CommandLine commandLine = parse(arguments);
        QCOMPARE(commandLine.action, Action::UsageError);
        QVERIFY2(commandLine.errorText.contains(mentions), qPrintable(commandLine.errorText));
    }

    void serverAndSandboxSelections()
    {
        const CommandLine backend =
            parse({QStringLiteral("--server"), QStringLiteral("https://auth.example.org")});
        QCOMPARE(backend.action, Action::SignIn);
        QCOMPARE(backend.server, QUrl(QStringLiteral("https://auth.example.org")));
        QVERIFY(!backend.sandbox);
        const CommandLine loopback =
            parse({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:3000")});
        QCOMPARE(loopback.action, Action::SignIn);
        QVERIFY(parse({QStringLiteral("--mode"), QStringLiteral("sandbox")}).sandbox);
        const CommandLine user =
            parse({QStringLiteral("--sandbox"), QStringLiteral("--user"), QStringLiteral("demo")});
        QCOMPARE(user.username, QStringLiteral("demo"));
    }

    void helpDocumentsEveryOptionAndTheExitCodes()
    {
        const QString help = CommandLine::helpText();
        for (const char *option :
             {"--help", "--version", "--sandbox", "--mode", "--server", "--user", "--tty"}) {
            QVERIFY2(help.contains(QLatin1String(option)), option);
        }
        QVERIFY(help.contains(QStringLiteral("3 configuration or usage error")));
        QVERIFY(help.contains(QStringLiteral("never means a sign-in")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
