#include "ProcessDriver.h"
#include "TestHome.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace latchkey::testing;

/**
 * The last sign-in's number end to end: the real latchkey on the terminal against the standalone sandbox,
 * with the real keychain. A remembered sign-in keeps the number; the next run offers it masked and Enter
 * sends the code to it; --sign-out forgets it; it is never in a file in plain text.
 */
class TestNumberPrefillProcess : public QObject
{
    Q_OBJECT

    static void start(QProcess &process, const QStringList &arguments)
    {
        process.setProcessEnvironment(withoutDisplay());
        process.start(QStringLiteral(LATCHKEY_BINARY), arguments);
        QVERIFY(process.waitForStarted());
    }

    static void logIn(QProcess &process, QString &seen, bool remember)
    {
        QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Username: $"))).hasMatch());
        type(process, QStringLiteral("demo"));
        QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Password: $"))).hasMatch());
        type(process, QStringLiteral("latchkey-demo"));
        QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Remember me.*\\] $")))
                    .hasMatch());
        type(process, remember ? QStringLiteral("y") : QStringLiteral("n"));
    }

    /** The prompt for a number when none is on file. */
    static void expectNumberAsked(QProcess &process, QString &seen)
    {
        QVERIFY(waitForStderr(process, seen,
                              QRegularExpression(
                                  QStringLiteral("Phone number \\(national, or \\+ and country code\\): $")))
                    .hasMatch());
    }

    /** Types the code the sandbox printed (only output read after the call counts) and expects exit 0. */
    static void enterCode(QProcess &process, QString &seen, QProcess &sandbox)
    {
        QString sandboxSeen;
        const QRegularExpressionMatch code = waitForStderr(
            sandbox, sandboxSeen, QRegularExpression(QStringLiteral("\\[sandbox\\][^\\n]*\\b(\\d{6})\\b")));
        QVERIFY2(code.hasMatch(), qPrintable(seen));
        QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Code \\(.*: $"))).hasMatch());
        type(process, code.captured(1));
        QVERIFY(process.waitForFinished(20000));
        seen += QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(seen));
        QVERIFY2(seen.contains(QStringLiteral("Signed in as Demo User")), qPrintable(seen));
    }

private slots:
    void aSecondRunOffersTheLastNumberAndSignOutForgetsIt()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(LATCHKEY_SANDBOX_BINARY), {});
        QVERIFY(sandbox.waitForStarted());
        const SandboxFacts facts = readSandboxFacts(sandbox);
        QVERIFY2(!facts.baseUrl.isEmpty(), qPrintable(facts.printed));
        const QStringList arguments{QStringLiteral("--tty"), QStringLiteral("--server"), facts.baseUrl};

        // First run: the number is typed; "Remember me" keeps it.
        QProcess first;
        start(first, arguments);
        QString seen;
        logIn(first, seen, true);
        expectNumberAsked(first, seen);
        type(first, QStringLiteral("+1 202 555 0142"));
        enterCode(first, seen, sandbox);

        // Second run: offered masked, and Enter accepts it.
        QProcess second;
        start(second, arguments);
        QString seenAgain;
        QVERIFY(waitForStderr(second, seenAgain,
                              QRegularExpression(QStringLiteral("Phone number \\[\\+1 ••• ••• ••42\\]: $")))
                    .hasMatch());
        QVERIFY2(!seenAgain.contains(QStringLiteral("2025550142")), qPrintable(seenAgain));
        QVERIFY2(!seenAgain.contains(QStringLiteral("202 555")), qPrintable(seenAgain));
        type(second, QString());
        enterCode(second, seenAgain, sandbox);

        // --sign-out forgets it with the session: the next run asks for the number again.
        QProcess signOut;
        start(signOut, {QStringLiteral("--sign-out")});
        QVERIFY(signOut.waitForFinished(20000));
        QCOMPARE(signOut.exitCode(), 0);
        QProcess third;
        start(third, arguments);
        QString seenThird;
        logIn(third, seenThird, false);
        expectNumberAsked(third, seenThird);
        third.kill();
        third.waitForFinished();
        sandbox.kill();
        sandbox.waitForFinished();

        // The number lived in the keychain only: no file under the test's home holds it in plain text.
        QVERIFY(!qEnvironmentVariable("LATCHKEY_TEST_HOME").isEmpty());
        for (const FileContents &file : filesAroundTestHome()) {
            QVERIFY2(!file.contents.contains("2025550142"), qPrintable(file.name));
        }
    }
};

QTEST_GUILESS_MAIN(TestNumberPrefillProcess)
#include "TestNumberPrefillProcess.moc"
