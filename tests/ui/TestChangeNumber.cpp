// Changing direct mode's enrolled number from the Done page, in the real wizard: DirectAuthService and a
// LocalAccount against the sandbox's Verify over loopback HTTP.

#include "CodeLineEdit.h"
#include "SignInWizard.h"
#include "auth/DirectAuthService.h"
#include "auth/LocalAccount.h"
#include "core/Clock.h"
#include "flow/DeviceTrustRecord.h"
#include "flow/SignInFlow.h"
#include "net/HttpClient.h"
#include "sandbox/Outbox.h"
#include "sandbox/SandboxServer.h"
#include "secrets/PasswordVerifier.h"
#include "support/MemorySecretStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;

namespace {

const QString username = QStringLiteral("ada");
const QString password = QStringLiteral("violet anchor marmalade");
const QString oldNumber = QStringLiteral("+12025550142");
const QString newNumber = QStringLiteral("+12025550143");

} // namespace

class TestChangeNumber : public QObject
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
        SignInFlow flow{&auth, &secrets, &clock, options()};
        SignInWizard wizard{&flow};

        Harness()
        {
            network.setProxy(QNetworkProxy::NoProxy);
            auth.setLocalAccount(&account);
        }
        static FlowOptions options()
        {
            FlowOptions options;
            options.rememberDeviceAllowed = true;
            return options;
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
        QString codeFor(const QString &number) const { return server.outbox()->lastCodeFor(number); }
    };

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("^(?!This plugin does not support propagateSizeHints\\(\\)$).*")));
    }

    void theNumberIsChangedFromTheDonePage()
    {
        Harness h;
        QVERIFY(h.listening);
        QSignalSpy enrolled(&h.account, &LocalAccount::enrolled);
        h.account.enrol(username, password, oldNumber);
        QVERIFY(enrolled.wait(10000));
        // A remembered device bound to the old number, which the change must forget.
        QHash<QString, QByteArray> contents = h.secrets.contents();
        contents.insert(
            SecretKey::directDeviceTrust,
            DeviceTrustRecord{QStringLiteral("someone"), "x", h.clock.now().addDays(3)}.serialize());
        h.secrets.setContents(contents);

        QSignalSpy finished(&h.flow, &SignInFlow::finished);
        h.wizard.show();
        h.flow.start();
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::PasswordPageId), 10000);
        QTRY_VERIFY(!h.flow.isBusy());
        QTest::keyClicks(h.child<QLineEdit>("usernameLineEdit"), username);
        QTest::keyClicks(h.child<QLineEdit>("passwordLineEdit"), password);
        QTest::keyClick(h.child<QLineEdit>("passwordLineEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::CodePageId), 10000);
        QTRY_VERIFY(!h.codeFor(oldNumber).isEmpty());
        QTest::keyClicks(h.child<CodeLineEdit>("codeLineEdit"), h.codeFor(oldNumber));
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::DonePageId), 10000);
        QTRY_COMPARE(finished.count(), 1);

        auto *change = h.child<QPushButton>("changeNumberButton");
        QVERIFY(change && change->isVisible() && change->isEnabled());
        QVERIFY(!change->accessibleName().isEmpty());
        QTest::mouseClick(change, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::PhonePageId), 10000);
        auto *country = h.child<QComboBox>("countryComboBox");
        QVERIFY(country);
        country->setCurrentIndex(country->findData(QStringLiteral("US")));
        QTest::keyClicks(h.child<QLineEdit>("phoneLineEdit"), QStringLiteral("(202) 555-0143"));
        QTest::keyClick(h.child<QLineEdit>("phoneLineEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::CodePageId), 10000);
        QTRY_VERIFY(!h.codeFor(newNumber).isEmpty());
        QTest::keyClicks(h.child<CodeLineEdit>("codeLineEdit"), h.codeFor(newNumber));
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard.currentId(), int(SignInWizard::DonePageId), 10000);

        QCOMPARE(h.account.enrolledNumber(), newNumber);
        QTRY_VERIFY(h.secrets.contents().value(SecretKey::localAccount).contains(newNumber.toUtf8()));
        QTRY_VERIFY(!h.secrets.contents().contains(SecretKey::directDeviceTrust));
        auto *notice = h.child<QLabel>("noticeLabel");
        QVERIFY(notice && notice->isVisible());
        QVERIFY(notice->text().endsWith(QStringLiteral("43. Codes go to it from now on.")));
        QCOMPARE(finished.count(), 1); // one sign-in, still signed in
        QVERIFY(h.flow.isFinished());
    }
};

QTEST_MAIN(TestChangeNumber)
#include "TestChangeNumber.moc"
