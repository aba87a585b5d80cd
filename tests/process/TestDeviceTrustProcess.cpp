#include "DeviceTrustRecord.h"
#include "KeychainSecretStore.h"
#include "ProcessDriver.h"
#include "TestHome.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * "Remember this device" end to end: the real latchkey executable on the terminal, the standalone
 * latchkey-sandbox as the backend, and the real keychain (gnome-keyring on a private bus). A second sign-in
 * skips the code; once the sandbox's clock passes the token's expiry the code is asked again; --sign-out
 * forgets the device.
 */
class TestDeviceTrustProcess : public QObject
{
    Q_OBJECT

    QProcess m_sandbox;
    QString m_url;
    QString m_settingsPath;

    /** What one terminal sign-in should do after the password. */
    enum class Expect { CodeThenRemember, CodeThenForget, NoCode };

    void signIn(Expect expect)
    {
        QProcess latchkey;
        latchkey.setProcessEnvironment(withoutDisplay());
        latchkey.start(QStringLiteral(LATCHKEY_BINARY),
                       {QStringLiteral("--tty"), QStringLiteral("--server"), m_url});
        QString seen;
        QVERIFY(waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("Username: $"))).hasMatch());
        type(latchkey, QStringLiteral("demo"));
        QVERIFY(waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("Password: $"))).hasMatch());
        type(latchkey, QStringLiteral("latchkey-demo"));
        QVERIFY(waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("Remember me.*\\] $")))
                    .hasMatch());
        type(latchkey, QStringLiteral("n"));
        if (expect != Expect::NoCode) {
            QVERIFY(waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("Phone number.*: $")))
                        .hasMatch());
            type(latchkey, QStringLiteral("+1 202 555 0142"));
            QString sandboxSeen;
            const QRegularExpressionMatch code =
                waitForStderr(m_sandbox, sandboxSeen,
                              QRegularExpression(QStringLiteral("\\[sandbox\\][^\\n]*\\b(\\d{6})\\b")));
            QVERIFY2(code.hasMatch(), qPrintable(seen));
            QVERIFY(waitForStderr(latchkey, seen, QRegularExpression(QStringLiteral("Code \\(.*: $")))
                        .hasMatch());
            type(latchkey, code.captured(1));
            QVERIFY(
                waitForStderr(latchkey, seen,
                              QRegularExpression(QStringLiteral("Remember this device for 30 day.*\\] $")))
                    .hasMatch());
            type(latchkey, expect == Expect::CodeThenRemember ? QStringLiteral("y") : QStringLiteral("n"));
        }
        QVERIFY(latchkey.waitForFinished(20000));
        seen += QString::fromLocal8Bit(latchkey.readAllStandardError());
        QCOMPARE(latchkey.exitCode(), 0);
        QVERIFY2(seen.contains(QStringLiteral("Signed in as Demo User")), qPrintable(seen));
        if (expect == Expect::NoCode) {
            QVERIFY2(!seen.contains(QStringLiteral("Phone number")) &&
                         !seen.contains(QStringLiteral("Code (")),
                     qPrintable(seen));
        }
    }

    /** Reads the device token's keychain entry as Latchkey stores it; fails loudly without an answer. */
    static SecretStore::Error readDeviceToken(QByteArray *value = nullptr)
    {
        KeychainSecretStore store;
        QSignalSpy spy(&store, &SecretStore::readFinished);
        store.read(SecretKey::backendDeviceToken);
        if (!spy.wait(10000)) {
            qFatal("the keychain did not answer a read within 10 s");
        }
        if (value) {
            *value = spy.first().at(1).toByteArray();
        }
        return spy.first().at(2).value<SecretStore::Error>();
    }

    /**
     * The keychain is the only place: no file under the test's home holds the device trust record, the
     * backend's device token inside it, or the password.
     */
    static void expectNoFileHolds(const QByteArray &record)
    {
        DeviceTrustRecord parsed;
        QVERIFY(DeviceTrustRecord::deserialize(record, &parsed));
        const QByteArray token = parsed.token;
        QVERIFY(token.size() >= 16);
        int checked = 0;
        for (const FileContents &file : filesAroundTestHome()) {
            QVERIFY2(!file.contents.contains(token) && !file.contents.contains(record),
                     qPrintable(file.name));
            QVERIFY2(!file.contents.contains("latchkey-demo"), qPrintable(file.name));
            ++checked;
        }
        QVERIFY(checked > 0);
    }

private slots:
    void initTestCase()
    {
        QByteArray why;
        m_settingsPath =
            writeUserSettings("[Auth]\nRememberDeviceAllowed=true\nRememberDeviceDays=30\n", &why);
        QVERIFY2(!m_settingsPath.isEmpty(), why.constData());

        m_sandbox.start(QStringLiteral(LATCHKEY_SANDBOX_BINARY), {});
        QVERIFY(m_sandbox.waitForStarted());
        m_url = readSandboxFacts(m_sandbox).baseUrl;
        QVERIFY(!m_url.isEmpty());
    }

    void cleanupTestCase()
    {
        QFile::remove(m_settingsPath);
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }

    void aRememberedDeviceSkipsTheCodeUntilItExpires()
    {
        signIn(Expect::CodeThenRemember);
        QByteArray token;
        QCOMPARE(readDeviceToken(&token), SecretStore::Error::None);
        signIn(Expect::NoCode); // a new process: the token came from the keychain
        expectNoFileHolds(token);

        // 31 days later on the sandbox's clock the backend refuses it: the code is asked again, and the
        // stale token is gone from the keychain.
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_url + QStringLiteral("/sandbox/clock")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply =
            network.post(request, QByteArray("advance_seconds=") + QByteArray::number(31 * 24 * 3600));
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        signIn(Expect::CodeThenForget);
        QCOMPARE(readDeviceToken(), SecretStore::Error::NotFound);
    }

    void signOutOnTheCommandLineForgetsTheDevice()
    {
        signIn(Expect::CodeThenRemember);
        QCOMPARE(readDeviceToken(), SecretStore::Error::None);
        QProcess signOut;
        signOut.setProcessEnvironment(withoutDisplay());
        signOut.start(QStringLiteral(LATCHKEY_BINARY), {QStringLiteral("--sign-out")});
        QVERIFY(signOut.waitForFinished(20000));
        QCOMPARE(signOut.exitCode(), 0);
        QCOMPARE(readDeviceToken(), SecretStore::Error::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDeviceTrustProcess)
#include "TestDeviceTrustProcess.moc"
