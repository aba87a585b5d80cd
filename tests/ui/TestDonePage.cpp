#include "SignInWizard.h"

#include "Clock.h"
#include "FakeAuthService.h"
#include "MemorySecretStore.h"
#include "SignInFlow.h"
#include "WidgetLookup.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/** What the wizard's last page says: who signed in (with or without a display name), or a fail-open. */
class TestDonePage : public QObject
{
    Q_OBJECT

    struct Window
    {
        explicit Window(FlowOptions options = FlowOptions{}, bool closesOnApproval = false)
            : flow(&auth, &secrets, &clock, std::move(options))
            , wizard(&flow)
        {
            wizard.setClosesOnApproval(closesOnApproval);
            wizard.show();
        }
        void toCodeSent(const QString &displayName)
        {
            flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
            LoginResult result;
            result.displayName = displayName;
            result.capabilities.channels = {Channel::Sms};
            result.capabilities.codeLength = 6;
            auth.answerLoggedIn(result);
            flow.submitPhone(QStringLiteral("+1 202 555 0142"), QStringLiteral("US"), Channel::Sms);
        }
        QString signedInText() const
        {
            auto *label = currentPageChild<QLabel>(wizard, "signedInLabel");
            return label ? label->text() : QStringLiteral("(not on the last page)");
        }

        ManualClock clock;
        FakeAuthService auth;
        MemorySecretStore secrets;
        SignInFlow flow;
        SignInWizard wizard;
    };

private slots:
    void theDisplayNameIsShown()
    {
        Window window;
        window.toCodeSent(QStringLiteral("Demo User"));
        window.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        window.flow.submitCode(QStringLiteral("123456"));
        window.auth.answerApproved();
        QTRY_COMPARE(window.signedInText(), QStringLiteral("Signed in as Demo User."));
    }

    void withoutADisplayNameTheUsernameIsShown()
    {
        Window window;
        window.toCodeSent(QString());
        window.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        window.flow.submitCode(QStringLiteral("123456"));
        window.auth.answerApproved();
        QTRY_COMPARE(window.signedInText(), QStringLiteral("Signed in as demo."));
        QVERIFY(!window.signedInText().contains(QStringLiteral("as .")));
    }

    void aFailOpenIsShownAsSuchEvenWhereTheWindowClosesOnApproval()
    {
        FlowOptions options;
        options.failOpen = true;
        Window window(options, true);
        window.toCodeSent(QStringLiteral("Demo User"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("FAIL-OPEN")));
        window.auth.answerFailed(AuthError::of(AuthError::Kind::ConnectionRefused));
        QTRY_COMPARE(window.signedInText(), QStringLiteral("Let in without a code."));
        QVERIFY(window.wizard.isVisible()); // not closed as after an approval: the user reads why
        QVERIFY(currentPageChild<QLabel>(window.wizard, "descriptionLabel")
                    ->text()
                    .contains(QStringLiteral("fail-open")));
    }

    void thePhonePageCannotSendWhileTheServerAsksToWait()
    {
        Window window;
        window.toCodeSent(QStringLiteral("Demo User"));
        AuthError tooMany = AuthError::of(AuthError::Kind::RateLimited);
        tooMany.retryAfterSeconds = 900;
        window.auth.answerFailed(tooMany);
        QTRY_VERIFY(currentPageChild<QLineEdit>(window.wizard, "phoneLineEdit"));
        // A number is typed: only the wait keeps the page from being sent.
        currentPageChild<QLineEdit>(window.wizard, "phoneLineEdit")
            ->setText(QStringLiteral("+1 202 555 0142"));
        QVERIFY(!window.wizard.currentPage()->isComplete());
        auto *error = currentPageChild<QLabel>(window.wizard, "errorLabel");
        QVERIFY(error);
        QVERIFY2(error->text().contains(QStringLiteral("15:00")), qPrintable(error->text()));
        window.clock.advanceSeconds(900);
        QTRY_VERIFY(window.wizard.currentPage()->isComplete());
    }
};

QTEST_MAIN(TestDonePage)
#include "TestDonePage.moc"
