#include "ProcessDriver.h"
#include "TestHome.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace latchkey::testing;

/**
 * Direct mode end to end: the real latchkey and the standalone latchkey-sandbox as Twilio Verify, with the
 * real gnome-keyring (KEYRING): the Twilio secret set from stdin, first-run enrolment on the terminal, a
 * second run with the number on file, --sign-out and --reset.
 */

class TestDirectModeProcess : public QObject
{
    Q_OBJECT

    using Run = ProcessRun;

    static Run run(const QStringList &arguments, const QByteArray &input = QByteArray())
    {
        return runToEnd(QStringLiteral(LATCHKEY_BINARY), arguments, input);
    }

    QStringList directOptions() const { return m_facts.directOptions(); }

    /** The newest code the sandbox delivered (its outbox lines on stderr), after `after` lines were seen. */
    QString nextCode() { return nextOutboxCode(m_sandbox, m_sandboxSeen, m_codesUsed); }

    /** A terminal sign-in; enrols first when `enrol`, else signs in as alice with the number on file. */
    void signInOnTheTerminal(bool enrol, const QString &number = QStringLiteral("+1 202 555 0142"))
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        QStringList arguments{QStringLiteral("--tty")};
        if (!enrol) {
            arguments << QStringLiteral("--user") << QStringLiteral("alice");
        }
        process.start(QStringLiteral(LATCHKEY_BINARY), arguments + directOptions());
        QVERIFY(process.waitForStarted());
        QString seen;
        if (enrol) {
            QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Choose a username: $")))
                        .hasMatch());
            type(process, QStringLiteral("alice"));
            QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Choose a password.*: $")))
                        .hasMatch());
            type(process, m_password);
            QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("password again: $")))
                        .hasMatch());
            type(process, m_password);
            QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Phone number.*: $")))
                        .hasMatch());
            type(process, number);
        } else {
            QVERIFY(
                waitForStderr(process, seen, QRegularExpression(QStringLiteral("Password: $"))).hasMatch());
            type(process, m_password);
        }
        const QString code = nextCode();
        QVERIFY(!code.isEmpty());
        QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Code \\(.*: $"))).hasMatch());
        if (!enrol) {
            QVERIFY2(!seen.contains(QStringLiteral("Phone number")), qPrintable(seen)); // the number on file
            QVERIFY2(seen.contains(QStringLiteral("••42")), qPrintable(seen));
        }
        type(process, code);
        QVERIFY(process.waitForFinished(30000));
        seen += QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(seen));
        QVERIFY2(!seen.contains(m_password), qPrintable(seen));
        QVERIFY(!seen.contains(QString(number).remove(QLatin1Char(' ')).mid(2))); // only ever masked
    }

    QProcess m_sandbox;
    QString m_sandboxSeen;
    int m_codesUsed = 0;
    SandboxFacts m_facts;
    const QString m_password = QStringLiteral("correct horse battery staple");

private slots:
    void initTestCase()
    {
        m_sandbox.start(QStringLiteral(LATCHKEY_SANDBOX_BINARY), {});
        QVERIFY(m_sandbox.waitForStarted());
        m_facts = readSandboxFacts(m_sandbox);
        QVERIFY2(m_facts.isComplete(), qPrintable(m_facts.printed));
    }

    void cleanupTestCase()
    {
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }

    void withoutASecretDirectModeSaysWhatToRun()
    {
        const Run result = run(QStringList{QStringLiteral("--tty")} + directOptions());
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("no twilio secret"), Qt::CaseInsensitive),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("latchkey --set-twilio-secret")));
    }

    void aWrongSecretIsRefusedWithTwiliosReason()
    {
        const Run result = run(QStringList{QStringLiteral("--set-twilio-secret")} + directOptions(),
                               (m_facts.keySid + QStringLiteral("\nnot-the-secret\n")).toUtf8());
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("20003")), qPrintable(result.err));
        QVERIFY(!result.err.contains(QStringLiteral("not-the-secret")));
        // Nothing was stored: direct mode still has no secret.
        QCOMPARE(run(QStringList{QStringLiteral("--tty")} + directOptions()).exitCode, 3);
    }

    void aMalformedKeySidIsRefusedWithoutEchoingIt()
    {
        const Run result = run(QStringList{QStringLiteral("--set-twilio-secret")} + directOptions(),
                               QByteArray("hunter2hunter2\nsecond\n"));
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("32 hex digits")), qPrintable(result.err));
        QVERIFY(!result.err.contains(QStringLiteral("hunter2")));
    }

    void theRightSecretIsStored()
    {
        const Run result =
            run(QStringList{QStringLiteral("--set-twilio-secret")} + directOptions(),
                (m_facts.keySid + QLatin1Char('\n') + m_facts.secret + QLatin1Char('\n')).toUtf8());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(!result.err.contains(m_facts.secret));
        QVERIFY(result.out.isEmpty());
    }

    void theFirstRunEnrols() { signInOnTheTerminal(true); }

    void theSecondRunAsksOnlyThePassword() { signInOnTheTerminal(false); }

    void aWrongPasswordIsRefusedAndAskedAgain()
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        process.start(
            QStringLiteral(LATCHKEY_BINARY),
            QStringList{QStringLiteral("--tty"), QStringLiteral("--user"), QStringLiteral("alice")} +
                directOptions());
        QVERIFY(process.waitForStarted());
        QString seen;
        QVERIFY(waitForStderr(process, seen, QRegularExpression(QStringLiteral("Password: $"))).hasMatch());
        type(process, QStringLiteral("not the password at all"));
        QVERIFY(waitForStderr(process, seen,
                              QRegularExpression(QStringLiteral("Error: [^\\n]*\\n(.|\\n)*Password: $")))
                    .hasMatch());
        process.closeWriteChannel(); // Ctrl+D
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(!seen.contains(QStringLiteral("Code (")));
    }

    void signOutKeepsTheEnrolment()
    {
        QCOMPARE(run({QStringLiteral("--sign-out")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("--sign-out")}).exitCode, 0); // idempotent
        signInOnTheTerminal(false);
    }

    void resetEnrolsAgain()
    {
        const Run reset = run({QStringLiteral("--reset")});
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
        QCOMPARE(run({QStringLiteral("--reset")}).exitCode, 0); // idempotent
        // The Twilio secret went too.
        const Run noSecret = run(QStringList{QStringLiteral("--tty")} + directOptions());
        QCOMPARE(noSecret.exitCode, 3);
        QVERIFY(noSecret.err.contains(QStringLiteral("--set-twilio-secret")));
        theRightSecretIsStored();
        signInOnTheTerminal(true);

        // The keychain is the only place: no file under the home holds the secret or the password.
        QVERIFY(!qEnvironmentVariable("LATCHKEY_TEST_HOME").isEmpty());
        for (const FileContents &file : filesAroundTestHome()) {
            QVERIFY2(!file.contents.contains(m_facts.secret.toUtf8()), qPrintable(file.name));
            QVERIFY2(!file.contents.contains(m_password.toUtf8()), qPrintable(file.name));
        }
    }

    void aLandlineGetsItsCodeByCall()
    {
        // The sandbox's landline answers an SMS with 60205; where calls are allowed, the client falls back to
        // a voice call, which counts as the send.
        QCOMPARE(run({QStringLiteral("--reset")}).exitCode, 0);
        theRightSecretIsStored();
        signInOnTheTerminal(true, QStringLiteral("+1 202 555 0100"));
        QVERIFY2(m_sandboxSeen.contains(QStringLiteral("for +12025550100 by call")),
                 qPrintable(m_sandboxSeen));
        QVERIFY(!m_sandboxSeen.contains(QStringLiteral("for +12025550100 by sms")));
    }
};

QTEST_GUILESS_MAIN(TestDirectModeProcess)
#include "TestDirectModeProcess.moc"
