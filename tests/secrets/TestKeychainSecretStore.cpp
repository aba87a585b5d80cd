#include "KeychainSecretStore.h"
#include "TestHome.h"

#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;

/** Round trips through the real Secret Service (gnome-keyring on a private bus; tests/run-with-keyring.sh).
 */
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

    const QString m_service = QStringLiteral("LatchkeyTest");

    static SecretStore::Error waitForRead(SecretStore &store, const QString &key, QByteArray *value)
    {
        QSignalSpy spy(&store, &SecretStore::readFinished);
        store.read(key);
        if (!spy.wait(10000)) {
            qFatal("the keychain did not answer a read within 10 s");
        }
        *value = spy.first().at(1).toByteArray();
        return spy.first().at(2).value<SecretStore::Error>();
    }
    static SecretStore::Error waitForWrite(SecretStore &store, const QString &key, const QByteArray &value)
    {
        QSignalSpy spy(&store, &SecretStore::writeFinished);
        store.write(key, value);
        if (!spy.wait(10000)) {
            qFatal("the keychain did not answer a write within 10 s");
        }
        return spy.first().at(1).value<SecretStore::Error>();
    }
    static SecretStore::Error waitForRemove(SecretStore &store, const QString &key)
    {
        QSignalSpy spy(&store, &SecretStore::removeFinished);
        store.remove(key);
        if (!spy.wait(10000)) {
            qFatal("the keychain did not answer a removal within 10 s");
        }
        return spy.first().at(1).value<SecretStore::Error>();
    }

private slots:
    void initTestCase()
    {
        // This test must run on a private bus with a keyring; refuse to touch a developer's real keyring.
        QVERIFY2(qEnvironmentVariableIsSet("LATCHKEY_TEST_HOME"),
                 "run through tests/run-with-keyring.sh (ctest does this)");
    }

    void writeReadOverwriteAndRemove()
    {
        KeychainSecretStore store(m_service);
        QByteArray value;
        QCOMPARE(waitForRead(store, SecretKey::backendSession, &value), SecretStore::Error::NotFound);
        QCOMPARE(waitForWrite(store, SecretKey::backendSession, "latchkey.sid=first"),
                 SecretStore::Error::None);
        QCOMPARE(waitForRead(store, SecretKey::backendSession, &value), SecretStore::Error::None);
        QCOMPARE(value, QByteArray("latchkey.sid=first"));
        QCOMPARE(waitForWrite(store, SecretKey::backendSession, "latchkey.sid=second"),
                 SecretStore::Error::None);
        QCOMPARE(waitForRead(store, SecretKey::backendSession, &value), SecretStore::Error::None);
        QCOMPARE(value, QByteArray("latchkey.sid=second"));
        QCOMPARE(waitForRemove(store, SecretKey::backendSession), SecretStore::Error::None);
        QCOMPARE(waitForRead(store, SecretKey::backendSession, &value), SecretStore::Error::NotFound);
        QCOMPARE(waitForRemove(store, SecretKey::backendSession), SecretStore::Error::None); // already gone
    }

    void aSecondStoreSeesWhatTheFirstWrote()
    {
        {
            KeychainSecretStore writer(m_service);
            QCOMPARE(waitForWrite(writer, SecretKey::backendSession, QByteArray("binary\0value", 12)),
                     SecretStore::Error::None);
        }
        KeychainSecretStore reader(m_service);
        QByteArray value;
        QCOMPARE(waitForRead(reader, SecretKey::backendSession, &value), SecretStore::Error::None);
        QCOMPARE(value, QByteArray("binary\0value", 12));
        QCOMPARE(waitForRemove(reader, SecretKey::backendSession), SecretStore::Error::None);
    }

    void theSecretNeverLandsInAPlainFile()
    {
        KeychainSecretStore store(m_service);
        const QByteArray marker = "latchkey-marker-7f3a9c";
        QCOMPARE(waitForWrite(store, SecretKey::backendSession, marker), SecretStore::Error::None);
        int checked = 0;
        for (const latchkey::testing::FileContents &file : latchkey::testing::filesAroundTestHome()) {
            QVERIFY2(!file.contents.contains(marker), qPrintable(file.name));
            ++checked;
        }
        QVERIFY(checked > 0); // the keyring file itself exists and is encrypted
        QCOMPARE(waitForRemove(store, SecretKey::backendSession), SecretStore::Error::None);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
