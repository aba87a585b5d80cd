#include "KeychainSecretStore.h"
#include "ProcessDriver.h"
#include "SecretStore.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * latchkey --tty --exec -- PROGRAM: the real executable signs in against the standalone latchkey-sandbox
 * (as a backend), then runs a shell as the gated program. Exit codes (the child's, 128+N for a signal, 125,
 * 126, 127), stdin handed over, signals passed on, the environment the child sees, and the refusals.
 */
class TestExecProcess : public QObject
{
    Q_OBJECT

    QProcess m_sandbox;
    QString m_url;
    QString m_sandboxSeen;
    QTemporaryDir m_directory;

    QString file(const QString &name) const { return m_directory.filePath(name); }

    void startGate(QProcess &latchkey, const QStringList &program,
                   const QProcessEnvironment &environment = withoutDisplay())
    {
        latchkey.setProcessEnvironment(environment);
        latchkey.start(QStringLiteral(LATCHKEY_BINARY),
                       QStringList{QStringLiteral("--tty"), QStringLiteral("--server"), m_url,
                                   QStringLiteral("--exec"), QStringLiteral("--")} +
                           program);
        QVERIFY(latchkey.waitForStarted());
    }

    /** A whole sign-in at the prompts; `code` receives the code typed. */
    void signIn(QProcess &latchkey, QString &seen, bool remember, QString *code = nullptr)
    {
        QVERIFY(waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("Username: $"))).hasMatch());
        type(latchkey, QStringLiteral("demo"));
        QVERIFY(waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("Password: $"))).hasMatch());
        type(latchkey, QStringLiteral("latchkey-demo"));
        QVERIFY(waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("Remember me.*\\] $")))
                    .hasMatch());
        type(latchkey, remember ? QStringLiteral("y") : QStringLiteral("n"));
        QVERIFY(waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("Phone number.*: $")))
                    .hasMatch());
        type(latchkey, QStringLiteral("+1 202 555 0142"));
        const qsizetype from = m_sandboxSeen.size();
        QRegularExpressionMatch match;
        QVERIFY(QTest::qWaitFor(
            [&] {
                m_sandboxSeen += QString::fromLocal8Bit(m_sandbox.readAllStandardError());
                match = QRegularExpression(QStringLiteral("\\[sandbox\\][^\\n]*\\b(\\d{6})\\b"))
                            .match(m_sandboxSeen, from);
                return match.hasMatch();
            },
            20000));
        QVERIFY(
            waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("Code \\(.*: $"))).hasMatch());
        type(latchkey, match.captured(1));
        if (code) {
            *code = match.captured(1);
        }
    }

    static int finish(QProcess &latchkey, QString &seen)
    {
        if (!latchkey.waitForFinished(20000)) {
            latchkey.kill();
            latchkey.waitForFinished();
            qWarning().noquote() << seen;
            return -1;
        }
        seen += QString::fromLocal8Bit(latchkey.readAllStandardError());
        return latchkey.exitStatus() == QProcess::NormalExit ? latchkey.exitCode() : -1;
    }

    /** Waits for a file the child writes (its pid) and reads it. */
    static QByteArray waitForFile(const QString &path)
    {
        QByteArray contents;
        (void)QTest::qWaitFor(
            [&] {
                QFile f(path);
                if (f.open(QIODevice::ReadOnly)) {
                    contents = f.readAll().trimmed();
                }
                return !contents.isEmpty();
            },
            20000);
        return contents;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        m_sandbox.start(QStringLiteral(LATCHKEY_SANDBOX_BINARY), {});
        QVERIFY(m_sandbox.waitForStarted());
        m_url = readSandboxFacts(m_sandbox).baseUrl;
        QVERIFY(!m_url.isEmpty());
    }

    void cleanupTestCase()
    {
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }

    void aProgramThatSucceedsGivesZero()
    {
        QProcess latchkey;
        startGate(latchkey,
                  {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo child-ran; exit 0")});
        QString seen;
        signIn(latchkey, seen, false);
        QCOMPARE(finish(latchkey, seen), 0);
        QCOMPARE(latchkey.readAllStandardOutput(), QByteArray("child-ran\n")); // the child owns stdout
    }

    void aProgramThatFailsGivesItsCode()
    {
        QProcess latchkey;
        startGate(latchkey, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 3")});
        QString seen;
        signIn(latchkey, seen, false);
        QCOMPARE(finish(latchkey, seen), 3);
    }

    void theProgramReadsTheRestOfStdin()
    {
        QProcess latchkey;
        startGate(latchkey, {QStringLiteral("sh"), QStringLiteral("-c"),
                             QStringLiteral("echo program-ready >&2; read first; read second; "
                                            "echo \"got:$first:$second\"")});
        QString seen;
        signIn(latchkey, seen, false);
        // Typed once the program runs: neither line may be taken by Latchkey, which read only up to the code.
        QVERIFY(
            waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("program-ready"))).hasMatch());
        latchkey.write("hello\nworld\n");
        latchkey.closeWriteChannel();
        QCOMPARE(finish(latchkey, seen), 0);
        QCOMPARE(latchkey.readAllStandardOutput(), QByteArray("got:hello:world\n"));
    }

    void aProgramKilledBySigkillGives137()
    {
        const QString pidFile = file(QStringLiteral("kill.pid"));
        QProcess latchkey;
        startGate(latchkey, {QStringLiteral("sh"), QStringLiteral("-c"),
                             QStringLiteral("echo $$ > '%1'; exec sleep 60").arg(pidFile)});
        QString seen;
        signIn(latchkey, seen, false);
        const pid_t child = waitForFile(pidFile).toInt();
        QVERIFY(child > 0);
        QCOMPARE(::kill(child, SIGKILL), 0);
        QCOMPARE(finish(latchkey, seen), 128 + SIGKILL);
    }

    void sigtermToLatchkeyReachesTheProgram()
    {
        const QString pidFile = file(QStringLiteral("term.pid"));
        QProcess latchkey;
        startGate(latchkey, {QStringLiteral("sh"), QStringLiteral("-c"),
                             QStringLiteral("trap 'echo got-term; exit 7' TERM; echo $$ > '%1'; "
                                            "while :; do sleep 0.05; done")
                                 .arg(pidFile)});
        QString seen;
        signIn(latchkey, seen, false);
        QVERIFY(waitForFile(pidFile).toInt() > 0);
        latchkey.terminate(); // SIGTERM to Latchkey only; it survives and passes it on
        QCOMPARE(finish(latchkey, seen), 7);
        QCOMPARE(latchkey.readAllStandardOutput(), QByteArray("got-term\n"));
    }

    void aProgramKilledBySigtermGives143()
    {
        const QString pidFile = file(QStringLiteral("term2.pid"));
        QProcess latchkey;
        startGate(latchkey, {QStringLiteral("sh"), QStringLiteral("-c"),
                             QStringLiteral("echo $$ > '%1'; exec sleep 60").arg(pidFile)});
        QString seen;
        signIn(latchkey, seen, false);
        QVERIFY(waitForFile(pidFile).toInt() > 0);
        latchkey.terminate();
        QCOMPARE(finish(latchkey, seen), 128 + SIGTERM);
    }

    void aProgramThatIsNotFoundGives127()
    {
        QProcess latchkey;
        startGate(latchkey, {QStringLiteral("latchkey-no-such-program")});
        QString seen;
        signIn(latchkey, seen, false);
        QCOMPARE(finish(latchkey, seen), 127);
        QVERIFY2(seen.contains(QStringLiteral("latchkey-no-such-program: not found on PATH.")),
                 qPrintable(seen));
    }

    void aProgramThatIsNotExecutableGives126()
    {
        const QString script = file(QStringLiteral("not-executable.sh"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nexit 0\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QProcess latchkey;
        startGate(latchkey, {script});
        QString seen;
        signIn(latchkey, seen, false);
        QCOMPARE(finish(latchkey, seen), 126);
        QVERIFY2(seen.contains(QStringLiteral("it is not an executable file")), qPrintable(seen));
    }

    void aCancelledSignInNeverStartsTheProgram()
    {
        const QString marker = file(QStringLiteral("cancelled-ran"));
        QProcess latchkey;
        startGate(latchkey, {QStringLiteral("touch"), marker});
        QString seen;
        QVERIFY(waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("Username: $"))).hasMatch());
        latchkey.closeWriteChannel(); // Ctrl+D
        QCOMPARE(finish(latchkey, seen), 125);
        QVERIFY2(seen.contains(QStringLiteral("Not signed in: touch was not started.")), qPrintable(seen));
        QVERIFY(!QFile::exists(marker));
    }

    void aWrongCodeNeverStartsTheProgram()
    {
        const QString marker = file(QStringLiteral("failed-ran"));
        QProcess latchkey;
        startGate(latchkey, {QStringLiteral("touch"), marker});
        QString seen;
        QVERIFY(waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("Username: $"))).hasMatch());
        type(latchkey, QStringLiteral("demo"));
        QVERIFY(waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("Password: $"))).hasMatch());
        type(latchkey, QStringLiteral("latchkey-demo"));
        QVERIFY(waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("Remember me.*\\] $")))
                    .hasMatch());
        type(latchkey, QStringLiteral("n"));
        QVERIFY(waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("Phone number.*: $")))
                    .hasMatch());
        type(latchkey, QStringLiteral("+1 202 555 0142"));
        QVERIFY(
            waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("Code \\(.*: $"))).hasMatch());
        type(latchkey, QStringLiteral("000000")); // wrong (the sandbox never issues it here), then leave
        latchkey.closeWriteChannel();
        QCOMPARE(finish(latchkey, seen), 125);
        QVERIFY(!QFile::exists(marker));
    }

    void theSandboxDoesNotOpenAGate()
    {
        const QString marker = file(QStringLiteral("sandbox-ran"));
        const ProcessRun run =
            runToEnd(QStringLiteral(LATCHKEY_BINARY),
                     {QStringLiteral("--tty"), QStringLiteral("--sandbox"), QStringLiteral("--exec"),
                      QStringLiteral("--"), QStringLiteral("touch"), marker});
        QCOMPARE(run.exitCode, 125);
        QVERIFY2(run.err.contains(QStringLiteral("Gate/AllowSandbox")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("Username")), "refused before any sign-in");
        QVERIFY(!QFile::exists(marker));
    }

    void usageErrorsWithExecGive125()
    {
        const QString marker = file(QStringLiteral("usage-ran"));
        ProcessRun run = runToEnd(QStringLiteral(LATCHKEY_BINARY),
                                  {QStringLiteral("--tty"), QStringLiteral("--server"), m_url,
                                   QStringLiteral("--exec"), QStringLiteral("--print-result"),
                                   QStringLiteral("--"), QStringLiteral("touch"), marker});
        QCOMPARE(run.exitCode, 125);
        QVERIFY2(run.err.contains(QStringLiteral("--exec and --print-result cannot be combined")),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        run = runToEnd(QStringLiteral(LATCHKEY_BINARY), {QStringLiteral("--tty"), QStringLiteral("--exec")});
        QCOMPARE(run.exitCode, 125);
        QVERIFY2(run.err.contains(QStringLiteral("--exec needs a program after --")), qPrintable(run.err));
        // Without --exec a usage error keeps its own code.
        run = runToEnd(QStringLiteral(LATCHKEY_BINARY),
                       {QStringLiteral("--tty"), QStringLiteral("--"), QStringLiteral("touch"), marker});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!QFile::exists(marker));
    }

    /** Last: it remembers the session (to have a token to look for), and signs out afterwards. */
    void theProgramSeesWhoSignedInAndNoSecret()
    {
        const QString envFile = file(QStringLiteral("child.env"));
        QProcessEnvironment environment = withoutDisplay();
        environment.insert(QStringLiteral("LATCHKEY_ASSERTION"), QStringLiteral("stale.from.parent"));
        QProcess latchkey;
        startGate(latchkey,
                  {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("env > '%1'").arg(envFile)},
                  environment);
        QString seen;
        QString code;
        signIn(latchkey, seen, true, &code);
        QCOMPARE(finish(latchkey, seen), 0);
        QFile f(envFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray env = f.readAll();
        QVERIFY2(env.contains("\nLATCHKEY_USER=demo\n"), env.constData());
        QVERIFY2(env.contains("\nLATCHKEY_MODE=backend\n"), env.constData());
        QVERIFY2(env.contains("\nLATCHKEY_CHANNEL=sms\n"), env.constData());
        const QRegularExpressionMatch at =
            QRegularExpression(
                QStringLiteral("\\nLATCHKEY_SIGNED_IN_AT=(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)\\n"))
                .match(QString::fromUtf8(env));
        QVERIFY2(at.hasMatch(), env.constData());
        const QDateTime when = QDateTime::fromString(at.captured(1), Qt::ISODate);
        QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        // The sandbox issues no assertion: none, and not the one inherited from Latchkey's own environment.
        QVERIFY2(!env.contains("LATCHKEY_ASSERTION"), env.constData());
        QVERIFY2(!env.contains("latchkey-demo"), "the password");
        QVERIFY2(!env.contains(code.toLatin1()), "the code");
        QVERIFY2(!env.contains("5550142"), "the phone number");

        // The remembered session's token, as Latchkey kept it in the keychain: not in the child's view.
        KeychainSecretStore store;
        QSignalSpy spy(&store, &SecretStore::readFinished);
        store.read(SecretKey::backendSession);
        QVERIFY(spy.wait(10000));
        const QByteArray token = spy.first().at(1).toByteArray();
        QVERIFY2(token.size() >= 16, "remember me kept a session token");
        QVERIFY(!env.contains(token));
        for (const QByteArray &part : token.split(';') + token.split('=')) {
            if (part.trimmed().size() >= 16) {
                QVERIFY2(!env.contains(part.trimmed()), "a piece of the session token");
            }
        }
        QCOMPARE(runToEnd(QStringLiteral(LATCHKEY_BINARY), {QStringLiteral("--sign-out")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestExecProcess)
#include "TestExecProcess.moc"
