#include "CommandLine.h"
#include "SettingsSchema.h"

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

    static const QString sid;

private slots:
    void helpVersionAndReportsNeedNoWindow()
    {
        QCOMPARE(parse({QStringLiteral("--help")}).action, Action::ShowHelp);
        QCOMPARE(parse({QStringLiteral("-h")}).action, Action::ShowHelp);
        QCOMPARE(parse({QStringLiteral("--version")}).action, Action::ShowVersion);
        QVERIFY(parse({QStringLiteral("--version")}).runsWithoutWindow());
        QVERIFY(parse({QStringLiteral("--sandbox"), QStringLiteral("--tty")}).runsWithoutWindow());
        QVERIFY(!parse({QStringLiteral("--sandbox")}).runsWithoutWindow());
        QCOMPARE(parse({QStringLiteral("--check-config")}).action, Action::CheckConfig);
        QVERIFY(parse({QStringLiteral("--check-config")}).runsWithoutWindow());
        QCOMPARE(parse({QStringLiteral("--diagnose")}).action, Action::Diagnose);
        QVERIFY(parse({QStringLiteral("--diagnose")}).runsWithoutWindow());
    }

    void printResultIsForSignInsOnly()
    {
        QVERIFY(!parse({QStringLiteral("--sandbox")}).printResult);
        const CommandLine window = parse({QStringLiteral("--sandbox"), QStringLiteral("--print-result")});
        QCOMPARE(window.action, Action::SignIn);
        QVERIFY(window.printResult);
        QVERIFY(!window.runsWithoutWindow());
        QVERIFY(parse({QStringLiteral("--tty"), QStringLiteral("--print-result")}).printResult);
        for (const QString &action : {QStringLiteral("--check-config"), QStringLiteral("--sign-out")}) {
            const CommandLine refused = parse({action, QStringLiteral("--print-result")});
            QCOMPARE(refused.action, Action::UsageError);
            QVERIFY2(refused.errorText.contains(QStringLiteral("--print-result")),
                     qPrintable(refused.errorText));
        }
    }

    void exitAfterFirstFrameIsForTheWindowOnly()
    {
        const CommandLine window =
            parse({QStringLiteral("--sandbox"), QStringLiteral("--exit-after-first-frame")});
        QCOMPARE(window.action, Action::SignIn);
        QVERIFY(window.exitAfterFirstFrame);
        QVERIFY(!window.runsWithoutWindow());
        QVERIFY(!parse({QStringLiteral("--sandbox")}).exitAfterFirstFrame);
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--tty")}, QStringList{QStringLiteral("--check-config")},
              QStringList{QStringLiteral("--exec"), QStringLiteral("--"), QStringLiteral("true")}}) {
            const CommandLine refused =
                parse(QStringList{QStringLiteral("--exit-after-first-frame")} + arguments);
            QCOMPARE(refused.action, Action::UsageError);
            QVERIFY2(refused.errorText.contains(QStringLiteral("--exit-after-first-frame")),
                     qPrintable(refused.errorText));
        }
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
            << QStringLiteral("must use https");
        QTest::newRow("server with a path")
            << QStringList{QStringLiteral("--server"), QStringLiteral("https://a.b/api")}
            << QStringLiteral("must be an origin");
        QTest::newRow("unknown mode")
            << QStringList{QStringLiteral("--mode"), QStringLiteral("carrier-pigeon")}
            << QStringLiteral("carrier-pigeon");
        QTest::newRow("sandbox with server")
            << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--server"),
                           QStringLiteral("https://a.b")}
            << QStringLiteral("sandbox");
        QTest::newRow("sandbox against another mode")
            << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--mode"), QStringLiteral("twilio")}
            << QStringLiteral("contradict");
        QTest::newRow("malformed service sid")
            << QStringList{QStringLiteral("--service-sid"), QStringLiteral("VA12")}
            << QStringLiteral("--service-sid VA12: must be \"VA\" followed by 32 hexadecimal digits");
        QTest::newRow("verify url over http")
            << QStringList{QStringLiteral("--verify-url"), QStringLiteral("http://verify.example.com")}
            << QStringLiteral("--verify-url http://verify.example.com: must use https");
        QTest::newRow("service sid with the sandbox")
            << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--service-sid"), sid}
            << QStringLiteral("--service-sid cannot be combined with the sandbox");
        QTest::newRow("two reports") << QStringList{QStringLiteral("--check-config"),
                                                    QStringLiteral("--diagnose")}
                                     << QStringLiteral("one at a time");
        QTest::newRow("empty server")
            << QStringList{QStringLiteral("--tty"), QStringLiteral("--server"), QString()}
            << QStringLiteral("--server needs a value, not an empty one.");
        QTest::newRow("blank server") << QStringList{QStringLiteral("--server=  ")}
                                      << QStringLiteral("--server needs a value, not an empty one.");
        QTest::newRow("server twice")
            << QStringList{QStringLiteral("--server"), QStringLiteral("https://a.example.org"),
                           QStringLiteral("--server"), QStringLiteral("https://b.example.org")}
            << QStringLiteral("--server is given more than once: give it once.");
        QTest::newRow("the same server twice")
            << QStringList{QStringLiteral("--server"), QStringLiteral("https://a.example.org"),
                           QStringLiteral("--server=https://a.example.org")}
            << QStringLiteral("--server is given more than once");
        QTest::newRow("mode twice") << QStringList{QStringLiteral("--mode"), QStringLiteral("backend"),
                                                   QStringLiteral("--mode"), QStringLiteral("twilio")}
                                    << QStringLiteral("--mode is given more than once");
        QTest::newRow("empty service sid") << QStringList{QStringLiteral("--service-sid"), QString()}
                                           << QStringLiteral("--service-sid needs a value");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("--sandbox"), QStringLiteral("extra")} << QStringLiteral("extra");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CommandLine commandLine = parse(arguments);
        QCOMPARE(commandLine.action, Action::UsageError);
        QVERIFY2(commandLine.errorText.contains(mentions), qPrintable(commandLine.errorText));
    }

    void noServerIsForTheSettingsToDecide()
    {
        // Whether a server is configured depends on policy and settings, not on the command line alone.
        const CommandLine nothing = parse({});
        QCOMPARE(nothing.action, Action::SignIn);
        QVERIFY(nothing.overrides.isEmpty());
    }

    void optionsBecomeSettingsOverrides()
    {
        const CommandLine backend =
            parse({QStringLiteral("--server"), QStringLiteral("https://auth.example.org")});
        QCOMPARE(backend.action, Action::SignIn);
        QCOMPARE(backend.overrideFor(SettingsKey::serverUrl).toString(),
                 QStringLiteral("https://auth.example.org"));
        QVERIFY(!backend.overrideFor(SettingsKey::mode).isValid());
        QCOMPARE(backend.overrides.constFirst().option, QStringLiteral("--server https://auth.example.org"));

        const CommandLine loopback =
            parse({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:3000")});
        QCOMPARE(loopback.action, Action::SignIn);

        const CommandLine sandbox = parse({QStringLiteral("--sandbox")});
        QCOMPARE(sandbox.overrideFor(SettingsKey::mode).toString(), QStringLiteral("sandbox"));
        QCOMPARE(sandbox.overrides.constFirst().option, QStringLiteral("--sandbox"));
        QCOMPARE(parse({QStringLiteral("--mode"), QStringLiteral("sandbox")}).overrideFor(SettingsKey::mode),
                 QVariant(QStringLiteral("sandbox")));

        const CommandLine user =
            parse({QStringLiteral("--sandbox"), QStringLiteral("--user"), QStringLiteral("demo")});
        QCOMPARE(user.username, QStringLiteral("demo"));
    }

    void directModeOptions()
    {
        const CommandLine direct =
            parse({QStringLiteral("--mode"), QStringLiteral("twilio"), QStringLiteral("--verify-url"),
                   QStringLiteral("https://127.0.0.1:8443"), QStringLiteral("--service-sid"), sid});
        QCOMPARE(direct.action, Action::SignIn);
        QCOMPARE(direct.overrideFor(SettingsKey::mode).toString(), QStringLiteral("twilio"));
        QCOMPARE(direct.overrideFor(SettingsKey::verifyBaseUrl).toString(),
                 QStringLiteral("https://127.0.0.1:8443"));
        QCOMPARE(direct.overrideFor(SettingsKey::verifyServiceSid).toString(), sid);
    }

    void helpDocumentsEveryOptionAndTheExitCodes()
    {
        const QString help = CommandLine::helpText();
        for (const char *option : {"--help", "--version", "--sandbox", "--mode", "--server", "--verify-url",
                                   "--service-sid", "--user", "--tty", "--check-config", "--diagnose"}) {
            QVERIFY2(help.contains(QLatin1String(option)), option);
        }
        QVERIFY(help.contains(QStringLiteral("3 configuration or usage error")));
        QVERIFY(help.contains(QStringLiteral("never means a sign-in")));
        QVERIFY(help.contains(QStringLiteral("twilio")));
        // "Usage: latchkey [options]", whatever path the program was started by (here the test's own).
        QVERIFY2(help.startsWith(QStringLiteral("Usage: latchkey [options]")), qPrintable(help.left(80)));
        QVERIFY(!help.contains(QCoreApplication::arguments().constFirst()));
    }

    void qtsOwnOptionsAreLeftToQt()
    {
        // As every Qt program takes them, in each spelling Qt accepts; Latchkey's own options still count.
        const CommandLine styled =
            parse({QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("--sandbox"),
                   QStringLiteral("-platform=offscreen"), QStringLiteral("--reverse"),
                   QStringLiteral("--stylesheet"), QStringLiteral("x.qss"), QStringLiteral("-qwindowtitle"),
                   QStringLiteral("Sign in")});
        QCOMPARE(styled.action, Action::SignIn);
        QVERIFY2(styled.errorText.isEmpty(), qPrintable(styled.errorText));
        QVERIFY(!styled.runsWithoutWindow());
        QVERIFY(styled.overrideFor(SettingsKey::mode).isValid()); // --sandbox was read
        // A value is taken by its Qt option, not mistaken for Latchkey's (or an unexpected argument).
        QCOMPARE(parse({QStringLiteral("-style"), QStringLiteral("--tty")}).runsWithoutWindow(), false);
        // Near misses are not Qt's: still refused, by name.
        const CommandLine typo = parse({QStringLiteral("--styel"), QStringLiteral("fusion")});
        QCOMPARE(typo.action, Action::UsageError);
        QVERIFY2(typo.errorText.contains(QStringLiteral("styel")), qPrintable(typo.errorText));
    }
};

const QString TestCommandLine::sid = QStringLiteral("VA0123456789abcdef0123456789abcdef");

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
