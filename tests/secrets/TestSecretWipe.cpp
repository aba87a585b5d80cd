#include "SecretWipe.h"

#include <QTest>

using namespace latchkey;

/** The wipe overwrites the bytes we hold, and leaves a buffer someone else still holds alone. */
class TestSecretWipe : public QObject
{
    Q_OBJECT

private slots:
    void aByteArrayIsLeftAsZeros()
    {
        QByteArray secret("correct horse battery staple");
        secret.detach();
        const qsizetype length = secret.size();
        const char *bytes = secret.constData();
        QVERIFY(wipeSecret(secret));
        QVERIFY(secret.isEmpty());
        QCOMPARE(secret.constData(), bytes); // the same buffer, still ours: it can be read back
        for (qsizetype i = 0; i < length; ++i) {
            QCOMPARE(int(bytes[i]), 0);
        }
    }

    void aStringIsLeftAsZeros()
    {
        QString secret = QString::fromLatin1("123456 and a password");
        const qsizetype length = secret.size();
        const QChar *chars = secret.constData();
        QVERIFY(wipeSecret(secret));
        QVERIFY(secret.isEmpty());
        QCOMPARE(secret.constData(), chars);
        for (qsizetype i = 0; i < length; ++i) {
            QCOMPARE(chars[i].unicode(), ushort(0));
        }
    }

    void aStdStringIsLeftAsZeros()
    {
        std::string secret = "a line typed at the password prompt, longer than the small-string buffer";
        const size_t length = secret.size();
        const char *bytes = secret.data();
        QVERIFY(wipeSecret(secret));
        QVERIFY(secret.empty());
        QCOMPARE(static_cast<const void *>(secret.data()), static_cast<const void *>(bytes));
        for (size_t i = 0; i < length; ++i) {
            QCOMPARE(int(bytes[i]), 0);
        }
    }

    void aSharedBufferIsLeftToItsOtherHolder()
    {
        // A line edit's text or a request Qt still sends: only the last holder may wipe.
        QByteArray other("still needed elsewhere");
        other.detach();
        QByteArray ours = other;
        QVERIFY(!wipeSecret(ours));
        QVERIFY(ours.isEmpty());
        QCOMPARE(other, QByteArray("still needed elsewhere"));
        QVERIFY(wipeSecret(other)); // now the last holder
    }
};

QTEST_GUILESS_MAIN(TestSecretWipe)
#include "TestSecretWipe.moc"
