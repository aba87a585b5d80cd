#include "ProcessDriver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace latchkey::testing;

/**
 * Direct mode on a D-Bus with no Secret Service at all (NO_SECRET_SERVICE): it cannot work without its
 * secret, so both --set-twilio-secret and a sign-in stop with exit code 3 and say why, in bounded time.
 */
class TestDirectModeWithoutKeychain : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString err;
        qint64 msecs = 0;
        QString out;
    };

    static Run run(const QStringList &arguments, const QByteArray &input = QByteArray())
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
            environment.remove(QString::fromLatin1(name));
        }
        QProcess process;
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(LATCHKEY_BINARY), arguments);
        if (!process.waitForStarted()) {
            qFatal("latchkey did not start");
        }
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            qFatal("latchkey did not finish");
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAllStandardError()), timer.elapsed(),
                QString::fromLocal8Bit(process.readAllStandardOutput())};
    }

    QProcess m_sandbox;
    QString m_baseUrl;
    QString m_serviceSid;
    QString m_keySid;
    QString m_secret;

    QStringList directOptions() const
    {
        return {QStringLiteral("--mode"),        QStringLiteral("twilio"),
                QStringLiteral("--verify-url"),  m_baseUrl,
                QStringLiteral("--service-sid"), m_serviceSid};
    }

private slots:
    void initTestCase()
    {
        m_sandbox.start(QStringLiteral(LATCHKEY_SANDBOX_BINARY), {});
        QVERIFY(m_sandbox.waitForStarted());
        const SandboxFacts facts = readSandboxFacts(m_sandbox);
        const QString &out = facts.printed;
        m_baseUrl = facts.baseUrl;
        m_serviceSid = facts.serviceSid;
        m_keySid = facts.keySid;
        m_secret = facts.secret;
        QVERIFY2(!m_baseUrl.isEmpty() && !m_secret.isEmpty(), qPrintable(out));
    }

    void cleanupTestCase()
    {
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }

    void setTwilioSecretSaysTheKeychainIsMissing()
    {
        const Run result = run(QStringList{QStringLiteral("--set-twilio-secret")} + directOptions(),
                               (m_keySid + QLatin1Char('\n') + m_secret + QLatin1Char('\n')).toUtf8());
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("The keychain could not keep the secret")),
                 qPrintable(result.err));
        QVERIFY(!result.err.contains(m_secret));
        QVERIFY2(result.msecs < 30000, qPrintable(QString::number(result.msecs)));
    }

    void signInStopsWithExitThree()
    {
        const Run result = run(QStringList{QStringLiteral("--tty")} + directOptions());
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("Direct mode cannot work without the keychain")),
                 qPrintable(result.err));
        QVERIFY2(result.msecs < 30000, qPrintable(QString::number(result.msecs)));
    }

    void resetSaysWhyItCannot()
    {
        const Run result = run({QStringLiteral("--reset")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("The keychain could not forget it")),
                 qPrintable(result.err));
    }

    void diagnoseSaysThereIsNoKeychain()
    {
        const Run result = run({QStringLiteral("--diagnose"), QStringLiteral("--sandbox")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Keychain: not available (")), qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(TestDirectModeWithoutKeychain)
#include "TestDirectModeWithoutKeychain.moc"
