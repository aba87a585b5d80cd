// Where latchkey --sandbox finds latchkey-sandbox: beside the program, then on PATH; none is exit code 3.

#include "Clock.h"
#include "LaunchFixture.h"
#include "MemorySecretStore.h"
#include "SandboxLocator.h"
#include "SignInSession.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

class TestSandboxLocator : public QObject
{
    Q_OBJECT

    /** An executable file called latchkey-sandbox in `directory`. */
    static QString placeSandbox(const QTemporaryDir &directory)
    {
        const QString path = directory.filePath(SandboxLocator::programName());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n") < 0) {
            qFatal("cannot write %s", qPrintable(path));
        }
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

private slots:
    void init()
    {
        m_path = qgetenv("PATH");
        QVERIFY(m_emptyDirectory.isValid());
        qputenv("PATH", m_emptyDirectory.path().toLocal8Bit()); // no latchkey-sandbox anywhere on it
    }

    void cleanup() { qputenv("PATH", m_path); }

    void theOneBesideTheProgramComesFirst()
    {
        QTemporaryDir beside;
        QTemporaryDir onPath;
        const QString expected = placeSandbox(beside);
        placeSandbox(onPath);
        qputenv("PATH", onPath.path().toLocal8Bit());
        QCOMPARE(SandboxLocator::find(beside.path()), expected);
    }

    void thenTheOneOnPath()
    {
        QTemporaryDir nothingBeside;
        QTemporaryDir onPath;
        const QString expected = placeSandbox(onPath);
        qputenv("PATH", (m_emptyDirectory.path() + QDir::listSeparator() + onPath.path()).toLocal8Bit());
        QCOMPARE(SandboxLocator::find(nothingBeside.path()), expected);
    }

    void aFileThatCannotRunIsNotTheSandbox()
    {
        QTemporaryDir beside;
        QFile file(beside.filePath(SandboxLocator::programName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(SandboxLocator::find(beside.path()), QString());
    }

    void noneAnywhereIsASpecificConfigurationError()
    {
        QTemporaryDir nothingBeside;
        QCOMPARE(SandboxLocator::find(nothingBeside.path()), QString());

        LaunchFixture fixture({QStringLiteral("--tty"), QStringLiteral("--sandbox")});
        QVERIFY(fixture.resolved);
        MemorySecretStore keychain;
        SignInSession session(fixture.launch.settings(), SignInSession::FrontEnd::Terminal, &keychain,
                              Clock::system());
        session.setSandboxDirectory(nothingBeside.path());
        QString problem;
        QVERIFY(!session.build(&problem));
        QCOMPARE(problem,
                 QStringLiteral("The sandbox is not installed: install the latchkey-sandbox package."));
        QVERIFY(!session.sandboxChild());
    }

private:
    QByteArray m_path;
    QTemporaryDir m_emptyDirectory;
};

QTEST_GUILESS_MAIN(TestSandboxLocator)
#include "TestSandboxLocator.moc"
