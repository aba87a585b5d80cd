// latchkey-sandbox as latchkey's child: started asynchronously on a free loopback port, read back from its
// first line, stopped with its owner; each way it can fail to start is a failed() with a sentence.

#include "SandboxChildProcess.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace latchkey;

class TestSandboxChildProcess : public QObject
{
    Q_OBJECT

    /** Whether a process with this id still exists (a zombie counts as gone: it no longer runs). */
    static bool isRunning(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly)) {
            return false;
        }
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        return close >= 0 && line.mid(close + 2, 1) != "Z";
    }

    /** A shell script of its own in `directory`, for a child that misbehaves. */
    static QString writeScript(const QTemporaryDir &directory, const QByteArray &body)
    {
        const QString path = directory.filePath(QStringLiteral("latchkey-sandbox"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n" + body + '\n') < 0) {
            qFatal("cannot write %s", qPrintable(path));
        }
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    /** Starts `child` and waits for its one answer; the answer never comes from inside start(). */
    static bool startAndWait(SandboxChildProcess &child, QSignalSpy &started, QSignalSpy &failed)
    {
        child.start();
        if (!started.isEmpty() || !failed.isEmpty()) {
            qWarning("answered from inside start()");
            return false;
        }
        return QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 15000);
    }

private slots:
    void startsOnAFreeLoopbackPortAndAnswersThere()
    {
        SandboxChildProcess child(QStringLiteral(LATCHKEY_SANDBOX_BINARY));
        QSignalSpy started(&child, &SandboxChildProcess::started);
        QSignalSpy failed(&child, &SandboxChildProcess::failed);
        QVERIFY(startAndWait(child, started, failed));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const QUrl url = started.constFirst().constFirst().toUrl();
        QCOMPARE(url, child.baseUrl());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);

        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(
            network.get(QNetworkRequest(url.resolved(QUrl(QStringLiteral("/sandbox/messages"))))));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray("[]"));
    }

    void endsWithItsOwner()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc");
#endif
        auto child = std::make_unique<SandboxChildProcess>(QStringLiteral(LATCHKEY_SANDBOX_BINARY));
        QSignalSpy started(child.get(), &SandboxChildProcess::started);
        QSignalSpy failed(child.get(), &SandboxChildProcess::failed);
        QVERIFY(startAndWait(*child, started, failed));
        QCOMPARE(started.size(), 1);
        const qint64 pid = child->processId();
        QVERIFY(pid > 0);
        QVERIFY(isRunning(pid));
        child.reset();
        QVERIFY(!isRunning(pid)); // stopped and reaped before the destructor returned
    }

    void exitsWhenItsStdinCloses()
    {
        // What stops the child wherever the parent-death signal does not exist: latchkey's end closes the
        // pipe.
        QProcess sandbox;
        sandbox.start(QStringLiteral(LATCHKEY_SANDBOX_BINARY), {QStringLiteral("--watch-stdin")});
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY(sandbox.canReadLine());
        QVERIFY(sandbox.readLine().startsWith("base_url=http://127.0.0.1:"));
        sandbox.closeWriteChannel();
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.exitCode(), 0);
    }

    void aProgramThatCannotRunFails()
    {
        QTemporaryDir directory;
        SandboxChildProcess child(directory.filePath(QStringLiteral("latchkey-sandbox")));
        QSignalSpy started(&child, &SandboxChildProcess::started);
        QSignalSpy failed(&child, &SandboxChildProcess::failed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not start")));
        QVERIFY(startAndWait(child, started, failed));
        QVERIFY(started.isEmpty());
        QVERIFY2(failed.constFirst().constFirst().toString().startsWith(
                     QStringLiteral("The sandbox could not be started: ")),
                 qPrintable(failed.constFirst().constFirst().toString()));
        QTest::qWait(100);
        QCOMPARE(failed.size(), 1);
    }

    void aChildThatDoesNotSayWhereItListensFails_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("problem");
        QTest::newRow("ends at once")
            << QByteArray("exit 1") << QStringLiteral("The sandbox could not listen on this computer.");
        QTest::newRow("says something else") << QByteArray("echo hello; exec sleep 30")
                                             << QStringLiteral("The sandbox did not say where it listens.");
        QTest::newRow("says nothing")
            << QByteArray("exec sleep 30") << QStringLiteral("The sandbox did not start in time.");
    }

    void aChildThatDoesNotSayWhereItListensFails()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, problem);
        QTemporaryDir directory;
        SandboxChildProcess child(writeScript(directory, script));
        child.setStartTimeout(500);
        QSignalSpy started(&child, &SandboxChildProcess::started);
        QSignalSpy failed(&child, &SandboxChildProcess::failed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not start")));
        QVERIFY(startAndWait(child, started, failed));
        QCOMPARE(failed.constFirst().constFirst().toString(), problem);
        QTRY_COMPARE(child.processId(), qint64(0)); // stopped, not left running
    }
};

QTEST_GUILESS_MAIN(TestSandboxChildProcess)
#include "TestSandboxChildProcess.moc"
