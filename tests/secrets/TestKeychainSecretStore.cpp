#include "KeychainSecretStore.h"
#include "TestHome.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QPromise>
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

    /** Whether the Secret Service library is mapped into this process (Linux). */
    static bool libsecretIsLoaded()
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!maps.open(QIODevice::ReadOnly)) {
            qFatal("cannot read /proc/self/maps");
        }
        return maps.readAll().contains("libsecret-1.so");
    }

private slots:
    void initTestCase()
    {
        // This test must run on a private bus with a keyring; refuse to touch a developer's real keyring.
        QVERIFY2(qEnvironmentVariableIsSet("LATCHKEY_TEST_HOME"),
                 "run through tests/run-with-keyring.sh (ctest does this)");
    }

#ifdef Q_OS_LINUX
    void theBackendLibraryIsLoadedInTheThreadPool()
    {
        // First of all: no job has run in this process yet, so nothing has loaded libsecret.
        QVERIFY(!libsecretIsLoaded());
        KeychainSecretStore::loadBackend().waitForFinished();
        QVERIFY(libsecretIsLoaded());
    }
#endif

    void jobsWaitForTheBackendLibraryAndKeepTheirOrder()
    {
        QPromise<void> loading;
        loading.start();
        KeychainSecretStore store(m_service, [&loading] { return loading.future(); });
        QSignalSpy written(&store, &SecretStore::writeFinished);
        QSignalSpy read(&store, &SecretStore::readFinished);
        QSignalSpy removed(&store, &SecretStore::removeFinished);
        store.write(SecretKey::backendSession, "latchkey.sid=ordered");
        store.read(SecretKey::backendSession);
        store.remove(SecretKey::backendSession);
        QTest::qWait(300); // the keychain answers within a few milliseconds once asked
        QCOMPARE(written.count() + read.count() + removed.count(), 0);

        loading.finish();
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
        QCOMPARE(written.count(), 1);
        QCOMPARE(written.first().at(1).value<SecretStore::Error>(), SecretStore::Error::None);
        QCOMPARE(read.count(), 1); // after the write, before the removal
        QCOMPARE(read.first().at(1).toByteArray(), QByteArray("latchkey.sid=ordered"));
        QCOMPARE(removed.first().at(1).value<SecretStore::Error>(), SecretStore::Error::None);

        store.read(SecretKey::backendSession); // the library is in: at once from now on
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 2, 10000);
        QCOMPARE(read.last().at(2).value<SecretStore::Error>(), SecretStore::Error::NotFound);
    }

    void aStoreGoneBeforeTheBackendIsLoadedWritesNothing()
    {
        QPromise<void> loading;
        loading.start();
        {
            KeychainSecretStore store(m_service, [&loading] { return loading.future(); });
            store.write(SecretKey::backendSession, "latchkey.sid=never");
        }
        loading.finish();
        KeychainSecretStore reader(m_service);
        QByteArray value;
        QCOMPARE(waitForRead(reader, SecretKey::backendSession, &value), SecretStore::Error::NotFound);
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
