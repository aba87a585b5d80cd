#include "CodeLineEdit.h"
#include "SignInWizard.h"
#include "auth/DirectAuthService.h"
#include "auth/LocalAccount.h"
#include "core/Clock.h"
#include "flow/SignInFlow.h"
#include "net/HttpClient.h"
#include "sandbox/Outbox.h"
#include "sandbox/SandboxServer.h"
#include "secrets/PasswordVerifier.h"
#include "support/MemorySecretStore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;

/**
 * Direct mode's first run in the real wizard: EnrolmentPage → PhonePage → CodePage → Done, with
 * DirectAuthService and a LocalAccount against the sandbox's Verify over loopback HTTP.
 */
class TestDirectEnrolment : public QObject
{
    Q_OBJECT

    struct Harness
    {
        ManualClock clock;
        SandboxServer server{&clock};
        bool listening = server.listen();
        QNetworkAccessManager network;
        HttpClient http{&network};
        MemorySecretStore secrets;
        PasswordVerifier verifier{PasswordVerifier::Strength::Minimal};
        LocalAccount account{&secrets, &verifier};
        DirectAuthService auth{&http, verifyAccount(server)};
        SignInFlow flow{&auth, &secrets, &clock, FlowOptions{}};
        SignInWizard wizard{&flow};

        Harness()
        {
            network.setProxy(QNetworkProxy::NoProxy);
            auth.setLocalAccount(&account);
        }
        static VerifyAccount verifyAccount(const SandboxServer &server)
        {
            VerifyAccount account;
            account.baseUrl = server.baseUrl();
            account.serviceSid = SandboxServer::serviceSid();
            account.keySid = SandboxServer::apiKeySid();
            account.secret = SandboxServer::apiKeySecret();
            return account;
        }
        template<typename T>
        T *child(const char *name)
        {
            QWizardPage *page = wizard.currentPage();
            return page ? page->findChild<T *>(QString::fromLatin1(name)) : nullptr;
        }
    };

private slots:
    void enrolsThroughEveryPageAgainstTheSandbox()
    {
        Harness h;
        QVERIFY(h.listening);
        QSignalSpy finished(&h.flow, &SignInFlow::finished);
        h.wizard.show();
        h.flow.start();
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        QTRY_COMPARE(h.wizard.currentId(), int(SignInWizard::EnrolmentPageId));

        const QString password = QStringLiteral("violet anchor marmalade");
        QTest::keyClicks(h.child<QLineEdit>("enrolUsernameLineEdit"), QStringLiteral("ada"));
        QTest::keyClicks(h.child<QLineEdit>("newPasswordLineEdit"), password);
        QTest::keyClicks(h.child<QLineEdit>("confirmPasswordLineEdit"), password);
        QTest::keyClick(h.child<QLineEdit>("confirmPasswordLineEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::PhonePageId), 10000);
        QVERIFY(h.secrets.contents().isEmpty()); // nothing is stored before the number is verified

        auto *country = h.child<QComboBox>("countryComboBox");
        QVERIFY(country);
        country->setCurrentIndex(country->findData(QStringLiteral("US")));
        QTest::keyClicks(h.child<QLineEdit>("phoneLineEdit"), QStringLiteral("(202) 555-0142"));
        QTest::mouseClick(h.wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::CodePageId), 10000);

        const QString number = QStringLiteral("+12025550142");
        QTRY_VERIFY(!h.server.outbox()->lastCodeFor(number).isEmpty());
        auto *codeEdit = h.child<CodeLineEdit>("codeLineEdit");
        QVERIFY(codeEdit);
        QTest::keyClicks(codeEdit, h.server.outbox()->lastCodeFor(number)); // the last digit submits
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::DonePageId), 10000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<SignInFlow::Outcome>(), SignInFlow::Outcome::SignedIn);

        // The local account now exists, with the verified number and no password in it.
        const QByteArray stored = h.secrets.contents().value(SecretKey::localAccount);
        QVERIFY(stored.contains("ada"));
        QVERIFY(stored.contains(number.toUtf8()));
        QVERIFY(!stored.contains(password.toUtf8()));
    }
};

QTEST_MAIN(TestDirectEnrolment)
#include "TestDirectEnrolment.moc"
