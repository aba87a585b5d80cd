// latchkey --sandbox as shipped: latchkey links no HTTP server and runs latchkey-sandbox as its child,
// found beside it; without one it exits 3 and says what to install; the child never outlives latchkey.

#include "ProcessDriver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace latchkey::testing;

class TestSandboxModeProcess : public QObject
{
    Q_OBJECT

    /** The ids of the processes whose parent is `parent` (from /proc/PID/stat). */
    static QList<qint64> childrenOf(qint64 parent)
    {
        QList<qint64> children;
        const QStringList entries =
            QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            bool isPid = false;
            const qint64 pid = entry.toLongLong(&isPid);
            QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
            if (!isPid || !stat.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray line = stat.readAll();
            // "PID (name) STATE PPID ...": the name may hold spaces, so read after its last ')'.
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1 && fields.at(1).toLongLong() == parent) {
                children.append(pid);
            }
        }
        return children;
    }

    /** The program's name as the kernel has it ("latchkey-sandb": 15 characters at most). */
    static QByteArray commandName(qint64 pid)
    {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        return comm.open(QIODevice::ReadOnly) ? comm.readAll().trimmed() : QByteArray();
    }

    /** Whether the process runs (a zombie, or a reused id with another name, does not). */
    static bool sandboxRuns(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly)) {
            return false;
        }
        const QByteArray line = stat.readAll();
        return line.mid(line.lastIndexOf(')') + 2, 1) != "Z" && commandName(pid).startsWith("latchkey-sand");
    }

    /** One `latchkey --tty --sandbox`, and the id of its latchkey-sandbox child. */
    struct TerminalRun
    {
        QProcess latchkey;
        QString seen; // its stderr so far
        qint64 child = 0;
    };

    /** Starts the run and waits for its first prompt, by when its sandbox listens. */
    static bool start(TerminalRun &run)
    {
        run.latchkey.setProcessEnvironment(withoutDisplay());
        run.latchkey.start(QStringLiteral(LATCHKEY_BINARY),
                           {QStringLiteral("--tty"), QStringLiteral("--sandbox")});
        if (!run.latchkey.waitForStarted() ||
            !waitForStderr(run.latchkey, run.seen, QRegularExpression(QStringLiteral("Username: $")))
                 .hasMatch()) {
            return false;
        }
        const QList<qint64> children = childrenOf(run.latchkey.processId());
        for (const qint64 pid : children) {
            if (sandboxRuns(pid)) {
                run.child = pid;
                return true;
            }
        }
        qWarning() << "no latchkey-sandbox among latchkey's children" << children;
        return false;
    }

    /** Answers the prompt that matches `prompt` with `answer`. */
    static bool answer(TerminalRun &run, const QString &prompt, const QString &answer)
    {
        if (!waitForStderr(run.latchkey, run.seen, QRegularExpression(prompt)).hasMatch()) {
            return false;
        }
        type(run.latchkey, answer);
        return true;
    }

private slots:
    void initTestCase()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc and sends SIGKILL");
#endif
    }

    void aTerminalSignInThroughTheChildSandbox()
    {
        TerminalRun run;
        QVERIFY2(start(run), qPrintable(run.seen));
        QVERIFY(run.seen.contains(QStringLiteral("demo / latchkey-demo"))); // the demo account up front
        type(run.latchkey, QStringLiteral("demo"));
        QVERIFY(answer(run, QStringLiteral("Password: $"), QStringLiteral("latchkey-demo")));
        QVERIFY(answer(run, QStringLiteral("Remember me.*\\] $"), QStringLiteral("n")));
        QVERIFY(answer(run, QStringLiteral("Phone number.*: $"), QStringLiteral("+1 202 555 0142")));
        // The child's outbox line reaches latchkey's stderr, as the in-process sandbox's did.
        const QRegularExpressionMatch code = waitForStderr(
            run.latchkey, run.seen, QRegularExpression(QStringLiteral("\\[sandbox\\][^\\n]*\\b(\\d{6})\\b")));
        QVERIFY2(code.hasMatch(), qPrintable(run.seen));
        QVERIFY(answer(run, QStringLiteral("Code \\(.*: $"), code.captured(1)));
        QVERIFY(run.latchkey.waitForFinished(20000));
        run.seen += QString::fromLocal8Bit(run.latchkey.readAllStandardError());
        QCOMPARE(run.latchkey.exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.latchkey.exitCode(), 0);
        QVERIFY2(run.seen.contains(QStringLiteral("Signed in as Demo User")), qPrintable(run.seen));
        QVERIFY2(!sandboxRuns(run.child), "the sandbox ended with latchkey");
    }

    void theChildEndsWhenLatchkeyIsCancelled()
    {
        TerminalRun run;
        QVERIFY2(start(run), qPrintable(run.seen));
        run.latchkey.closeWriteChannel(); // Ctrl+D
        QVERIFY(run.latchkey.waitForFinished(20000));
        QCOMPARE(run.latchkey.exitCode(), 1);
        QVERIFY2(!sandboxRuns(run.child), "the sandbox ended with latchkey");
    }

    void theChildEndsWhenLatchkeyIsKilled()
    {
        TerminalRun run;
        QVERIFY2(start(run), qPrintable(run.seen));
        // SIGKILL: latchkey runs no destructor and no clean-up of its own.
        QVERIFY(::kill(pid_t(run.latchkey.processId()), SIGKILL) == 0);
        QVERIFY(run.latchkey.waitForFinished(10000));
        QCOMPARE(run.latchkey.exitStatus(), QProcess::CrashExit);
        QTRY_VERIFY2_WITH_TIMEOUT(!sandboxRuns(run.child), "the orphaned sandbox still runs", 10000);
    }

    void withoutTheSandboxItExitsThreeAndSaysWhatToInstall()
    {
        // latchkey alone in a directory, and a PATH with no latchkey-sandbox on it: a production machine.
        QTemporaryDir directory;
        const QString alone = directory.filePath(QStringLiteral("latchkey"));
        QVERIFY(QFile::copy(QStringLiteral(LATCHKEY_BINARY), alone));
        QProcessEnvironment terminal = withoutDisplay();
        terminal.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        QProcessEnvironment window = terminal;
        window.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const bool tty : {true, false}) {
            const QStringList arguments =
                tty ? QStringList{QStringLiteral("--tty"), QStringLiteral("--sandbox")}
                    : QStringList{QStringLiteral("--sandbox")};
            QProcess latchkey;
            latchkey.setProcessEnvironment(tty ? terminal : window);
            latchkey.start(alone, arguments);
            QVERIFY(latchkey.waitForFinished(20000));
            const QString err = QString::fromLocal8Bit(latchkey.readAllStandardError());
            QCOMPARE(latchkey.exitCode(), 3);
            QVERIFY2(err.contains(QStringLiteral(
                         "latchkey: The sandbox is not installed: install the latchkey-sandbox package.")),
                     qPrintable(err));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxModeProcess)
#include "TestSandboxModeProcess.moc"
