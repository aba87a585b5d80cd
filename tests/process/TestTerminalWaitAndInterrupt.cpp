#include "ProcessDriver.h"
#include "ScriptedHttpServer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace latchkey;
using namespace latchkey::testing;

namespace {

const QByteArray seedLogin = R"({"message":"Signed in","username":"alice"})";

/** The seed backend's express-rate-limit answer: text, 429, and when to come back. */
ScriptedAnswer tooManyRequests()
{
    return {ScriptedAnswer::Action::Answer,
            429,
            {{"Content-Type", "text/plain; charset=utf-8"},
             {"Retry-After", "900"},
             {"RateLimit-Policy", "3;w=900"},
             {"RateLimit-Limit", "3"},
             {"RateLimit-Remaining", "0"},
             {"RateLimit-Reset", "900"}},
            "Too many verification attempts, please try again later."};
}

int sendCodeRequests(const ScriptedHttpServer &server)
{
    int count = 0;
    for (const ReceivedRequest &request : server.requests()) {
        count += request.target.endsWith("/send-code") ? 1 : 0;
    }
    return count;
}

} // namespace

/**
 * latchkey --tty as a process: a server's 429 is waited out, also by the next run of the program, and Ctrl+C
 * says "Cancelled." and ends the process by SIGINT, so a calling script stops too. Waits run the event loop
 * (the scripted server lives in this process).
 */
class TestTerminalWaitAndInterrupt : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // the data and config folders of every run: the waits' state file lives here

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = withoutDisplay();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        return environment;
    }

    static bool waitFor(QProcess &process, QString &seen, const QString &pattern, int msecs = 20000)
    {
        const QRegularExpression expression(pattern);
        const bool matched = QTest::qWaitFor(
            [&] {
                seen += QString::fromLocal8Bit(process.readAllStandardError());
                return expression.match(seen).hasMatch();
            },
            msecs);
        if (!matched) {
            qWarning().noquote() << "stderr so far:\n" << seen;
        }
        return matched;
    }

    static void typeLine(QProcess &process, const QString &line) { process.write(line.toLocal8Bit() + '\n'); }

    /** Starts latchkey --tty against `server` and answers the password step (alice, no remember-me). */
    bool signInToThePhoneStep(QProcess &process, QString &seen, const ScriptedHttpServer &server)
    {
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(LATCHKEY_BINARY),
                      {QStringLiteral("--tty"), QStringLiteral("--server"), server.url().toString()});
        if (!process.waitForStarted() || !waitFor(process, seen, QStringLiteral("Username: $"))) {
            return false;
        }
        typeLine(process, QStringLiteral("alice"));
        if (!waitFor(process, seen, QStringLiteral("Password: $"))) {
            return false;
        }
        typeLine(process, QStringLiteral("correct horse"));
        if (!waitFor(process, seen, QStringLiteral("Remember me.*\\] $"))) {
            return false;
        }
        typeLine(process, QStringLiteral("n"));
        return true;
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void aRateLimitedServerIsNotAskedAgainNorAfterARestart()
    {
        ScriptedHttpServer server;
        server.enqueue(ScriptedAnswer::json(200, seedLogin));
        server.enqueue(tooManyRequests());
        server.enqueue(ScriptedAnswer::json(200, seedLogin)); // the second run's login
        {
            QProcess process;
            QString seen;
            QVERIFY(signInToThePhoneStep(process, seen, server));
            QVERIFY(waitFor(process, seen, QStringLiteral("Phone number.*: $")));
            typeLine(process, QStringLiteral("+1 202 555 0142"));
            QVERIFY(waitFor(process, seen, QStringLiteral("Nothing will be sent before .* \\(in 15 minute")));
            QVERIFY2(seen.contains(QStringLiteral("Too many")), qPrintable(seen));
            // Typed again, as the old terminal invited: neither asked nor sent.
            typeLine(process, QStringLiteral("+1 202 555 0142"));
            typeLine(process, QStringLiteral("+1 202 555 0142"));
            QTest::qWait(1000);
            QCOMPARE(sendCodeRequests(server), 1);
            QCOMPARE(seen.count(QStringLiteral("Phone number")), 1);
            process.closeWriteChannel(); // Ctrl+D: leaves while waiting
            QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20000);
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 2); // could not go on: failed, not cancelled
        }
        {
            // The program again, minutes later by the wall clock but inside the server's window.
            QProcess process;
            QString seen;
            QVERIFY(signInToThePhoneStep(process, seen, server));
            QVERIFY(waitFor(process, seen, QStringLiteral("Nothing will be sent before")));
            QVERIFY(!seen.contains(QStringLiteral("Phone number")));
            process.closeWriteChannel();
            QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20000);
            QCOMPARE(sendCodeRequests(server), 1);
        }
    }

    void ctrlCSaysCancelledAndEndsBySigint_data()
    {
        QTest::addColumn<QString>("promptPattern");
        QTest::newRow("username") << QStringLiteral("Username: $");
        QTest::newRow("password") << QStringLiteral("Password: $");
    }

    void ctrlCSaysCancelledAndEndsBySigint()
    {
        QFETCH(QString, promptPattern);
        ScriptedHttpServer server;
        QProcess process;
        QString seen;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(LATCHKEY_BINARY),
                      {QStringLiteral("--tty"), QStringLiteral("--server"), server.url().toString()});
        QVERIFY(process.waitForStarted());
        QVERIFY(waitFor(process, seen, QStringLiteral("Username: $")));
        if (promptPattern.startsWith(QLatin1String("Password"))) {
            typeLine(process, QStringLiteral("alice"));
            QVERIFY(waitFor(process, seen, promptPattern));
        }
        QCOMPARE(::kill(static_cast<pid_t>(process.processId()), SIGINT), 0);
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20000);
        seen += QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(seen.contains(QStringLiteral("\nCancelled.\n")), qPrintable(seen));
        // Ended by the signal itself (a shell sees 130 and a script stops), not by an exit code.
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QCOMPARE(process.exitCode(), int(SIGINT));
        QCOMPARE(server.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTerminalWaitAndInterrupt)
#include "TestTerminalWaitAndInterrupt.moc"
