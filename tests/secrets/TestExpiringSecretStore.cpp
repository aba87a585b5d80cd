#include "Clock.h"
#include "ExpiringSecretStore.h"
#include "MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace latchkey;

/** Auth/RememberMeDays: a remembered session older than the limit is forgotten when it is read. */
class TestExpiringSecretStore : public QObject
{
    Q_OBJECT

    struct Read
    {
        QByteArray value;
        SecretStore::Error error;
    };

    static Read read(SecretStore &store, const QString &key)
    {
        QSignalSpy spy(&store, &SecretStore::readFinished);
        store.read(key);
        if (spy.isEmpty() && !spy.wait(5000)) {
            qFatal("no answer");
        }
        return {spy.constFirst().at(1).toByteArray(), spy.constFirst().at(2).value<SecretStore::Error>()};
    }

private slots:
    void aSessionWithinTheLimitIsKept()
    {
        ManualClock clock;
        MemorySecretStore memory;
        ExpiringSecretStore store(&memory, &clock, 7);
        store.write(SecretKey::backendSession, "cookie-value");
        QTRY_VERIFY(memory.contents().value(SecretKey::backendSession).startsWith("latchkey-remembered-at:"));
        clock.advanceSeconds(6 * 24 * 3600);
        const Read kept = read(store, SecretKey::backendSession);
        QCOMPARE(kept.error, SecretStore::Error::None);
        QCOMPARE(kept.value, QByteArray("cookie-value"));
    }

    void anOlderSessionIsForgotten()
    {
        ManualClock clock;
        MemorySecretStore memory;
        ExpiringSecretStore store(&memory, &clock, 7);
        QSignalSpy removed(&store, &SecretStore::removeFinished);
        store.write(SecretKey::backendSession, "cookie-value");
        clock.advanceSeconds(8 * 24 * 3600);
        const Read expired = read(store, SecretKey::backendSession);
        QCOMPARE(expired.error, SecretStore::Error::NotFound);
        QVERIFY(expired.value.isEmpty());
        QTRY_VERIFY(!memory.contents().contains(SecretKey::backendSession));
        QTest::qWait(50);
        QVERIFY(removed.isEmpty()); // our own clean-up is not answered to anyone
    }

    void noLimitKeepsEverything()
    {
        ManualClock clock;
        MemorySecretStore memory;
        ExpiringSecretStore store(&memory, &clock, 0);
        store.write(SecretKey::backendSession, "cookie-value");
        clock.advanceSeconds(3650LL * 24 * 3600);
        QCOMPARE(read(store, SecretKey::backendSession).value, QByteArray("cookie-value"));
        // A token from before stamps existed is read as it is when there is no limit ...
        memory.setContents({{SecretKey::backendSession, QByteArray("legacy")}});
        QCOMPARE(read(store, SecretKey::backendSession).value, QByteArray("legacy"));
        // ... and forgotten when there is one: its age is unknown.
        MemorySecretStore legacy;
        legacy.setContents({{SecretKey::backendSession, QByteArray("legacy")}});
        ExpiringSecretStore limited(&legacy, &clock, 30);
        QCOMPARE(read(limited, SecretKey::backendSession).error, SecretStore::Error::NotFound);
    }

    void otherKeysAndErrorsPassThrough()
    {
        ManualClock clock;
        MemorySecretStore memory;
        ExpiringSecretStore store(&memory, &clock, 1);
        store.write(QStringLiteral("direct/account"), "as-is");
        QTRY_COMPARE(memory.contents().value(QStringLiteral("direct/account")), QByteArray("as-is"));
        clock.advanceSeconds(30 * 24 * 3600);
        QCOMPARE(read(store, QStringLiteral("direct/account")).value, QByteArray("as-is"));
        memory.failOperations(SecretStore::Error::NoKeychain, QStringLiteral("no keychain"));
        QCOMPARE(read(store, SecretKey::backendSession).error, SecretStore::Error::NoKeychain);
    }
};

QTEST_GUILESS_MAIN(TestExpiringSecretStore)
#include "TestExpiringSecretStore.moc"
