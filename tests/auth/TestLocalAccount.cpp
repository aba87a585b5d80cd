#include "LocalAccount.h"
#include "MemorySecretStore.h"
#include "PasswordVerifier.h"
#include "TestNumbers.h"

#include <QSignalSpy>
#include <QTest>

using namespace latchkey;

class TestLocalAccount : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        MemorySecretStore secrets;
        PasswordVerifier verifier{PasswordVerifier::Strength::Minimal};
        LocalAccount account{&secrets, &verifier};

        bool load()
        {
            QSignalSpy loaded(&account, &LocalAccount::loaded);
            account.load();
            if (!loaded.wait(5000)) {
                qFatal("no answer to load");
            }
            return loaded.first().at(0).toBool();
        }
        bool check(const QString &username, const QString &password)
        {
            QSignalSpy checked(&account, &LocalAccount::passwordChecked);
            account.checkPassword(username, password);
            if (!checked.wait(5000)) {
                qFatal("no answer to the password check");
            }
            return checked.first().at(0).toBool();
        }
        void enrol()
        {
            QSignalSpy enrolled(&account, &LocalAccount::enrolled);
            account.enrol(QStringLiteral("ada"), QStringLiteral("a long passphrase"),
                          testing::e164(QStringLiteral("+12025550142")));
            if (!enrolled.wait(5000)) {
                qFatal("enrolment did not finish");
            }
        }
    };

private slots:
    void aFreshComputerHasNoAccount()
    {
        Fixture f;
        QVERIFY(!f.load());
        QVERIFY(!f.account.exists());
    }

    void enrolmentKeepsAVerifierNeverThePassword()
    {
        Fixture f;
        f.enrol();
        const QByteArray stored = f.secrets.contents().value(SecretKey::localAccount);
        QVERIFY(!stored.isEmpty());
        QVERIFY(!stored.contains("a long passphrase"));
        QVERIFY(stored.contains("$argon2id$"));
        QVERIFY(f.account.enrolledNumber() == testing::e164(QStringLiteral("+12025550142")));
    }

    void anEnrolledAccountIsFoundAgainAndChecksPasswords()
    {
        Fixture first;
        first.enrol();
        Fixture later;
        later.secrets.setContents(first.secrets.contents());
        QVERIFY(later.load());
        QCOMPARE(later.account.username(), QStringLiteral("ada"));
        QVERIFY(later.account.enrolledNumber() == testing::e164(QStringLiteral("+12025550142")));
        QVERIFY(later.check(QStringLiteral("ada"), QStringLiteral("a long passphrase")));
        QVERIFY(!later.check(QStringLiteral("ada"), QStringLiteral("a long passphrasE")));
        QVERIFY(!later.check(QStringLiteral("bob"), QStringLiteral("a long passphrase")));
    }

    void aDamagedRecordIsReported()
    {
        Fixture f;
        f.secrets.setContents({{SecretKey::localAccount, "{\"username\":\"ada\"}"}});
        QSignalSpy failed(&f.account, &LocalAccount::failed);
        f.account.load();
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("damaged")));
        QVERIFY(!f.account.exists());
    }

    void removingForgetsEverything()
    {
        Fixture f;
        f.enrol();
        QSignalSpy removed(&f.account, &LocalAccount::removed);
        f.account.remove();
        QVERIFY(removed.wait(5000));
        QVERIFY(!f.secrets.contents().contains(SecretKey::localAccount));
        QVERIFY(!f.account.exists());
        QVERIFY(!f.account.enrolledNumber());
    }

    void aKeychainFailureIsPassedOnWithItsReason()
    {
        Fixture f;
        f.secrets.failOperations(SecretStore::Error::NoKeychain, QStringLiteral("No keychain is available."));
        QSignalSpy failed(&f.account, &LocalAccount::failed);
        f.account.enrol(QStringLiteral("ada"), QStringLiteral("pw pw pw pw"),
                        testing::e164(QStringLiteral("+12025550142")));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("No keychain is available."));
        QVERIFY(!f.account.exists());
    }
};

QTEST_GUILESS_MAIN(TestLocalAccount)
#include "TestLocalAccount.moc"
