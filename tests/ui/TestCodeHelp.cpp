#include "FakeWizardHarness.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

/**
 * The code page's ways forward when no code comes: "Didn't get a code?" says what to try (from what this
 * sign-in offers, with the help desk's text), and after a call "Text me instead" goes back to SMS.
 */
class TestCodeHelp : public QObject
{
    Q_OBJECT

    struct Fixture : FakeWizardHarness
    {
        explicit Fixture(const QString &helpDeskText = QString())
        {
            if (!helpDeskText.isEmpty()) {
                FlowOptions options;
                options.helpDeskText = helpDeskText;
                flowWithHelpDesk = std::make_unique<SignInFlow>(&auth, &secrets, &clock, options);
                wizardWithHelpDesk = std::make_unique<SignInWizard>(flowWithHelpDesk.get());
            }
            shownWizard().show();
            shownFlow().start();
        }
        SignInFlow &shownFlow() { return flowWithHelpDesk ? *flowWithHelpDesk : flow; }
        SignInWizard &shownWizard() { return wizardWithHelpDesk ? *wizardWithHelpDesk : wizard; }
        template<typename T>
        T *child(const char *name)
        {
            return currentPageChild<T>(shownWizard(), name);
        }
        /** Signs in to the code page, the code sent by SMS to +1 202 555 0142; calls and SMS offered. */
        void toCodePage()
        {
            QTRY_VERIFY(!shownFlow().isBusy()); // the start's own keychain read
            QTest::keyClicks(child<QLineEdit>("usernameLineEdit"), QStringLiteral("demo"));
            QTest::keyClicks(child<QLineEdit>("passwordLineEdit"), QStringLiteral("secret"));
            QTest::keyClick(child<QLineEdit>("passwordLineEdit"), Qt::Key_Return);
            QTRY_VERIFY(auth.hasPending());
            LoginResult login;
            login.capabilities.channels = {Channel::Sms, Channel::Call};
            login.capabilities.codeLength = 6;
            auth.answerLoggedIn(login);
            QTRY_COMPARE(shownWizard().currentId(), int(SignInWizard::PhonePageId));
            QTest::keyClicks(child<QLineEdit>("phoneLineEdit"), QStringLiteral("+1 202 555 0142"));
            QTest::keyClick(child<QLineEdit>("phoneLineEdit"), Qt::Key_Return);
            QTRY_VERIFY(auth.hasPending());
            auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
            QTRY_COMPARE(shownWizard().currentId(), int(SignInWizard::CodePageId));
        }
        std::unique_ptr<SignInFlow> flowWithHelpDesk;
        std::unique_ptr<SignInWizard> wizardWithHelpDesk;
    };

private slots:
    void didntGetACodeSaysWhatToTry()
    {
        Fixture f(QStringLiteral("Call the help desk on 555-0100."));
        QVERIFY(QTest::qWaitForWindowExposed(&f.shownWizard()));
        f.toCodePage();
        auto *help = f.child<QPushButton>("codeHelpButton");
        auto *text = f.child<QLabel>("codeHelpLabel");
        QVERIFY(help && text);
        QVERIFY(help->isVisible());
        QVERIFY(!text->isVisible());
        QTest::mouseClick(help, Qt::LeftButton);
        QVERIFY(text->isVisible());
        const QString said = text->text();
        QVERIFY2(said.contains(QStringLiteral("••42 is your number")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("new code")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Call me instead")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("different number")), qPrintable(said));
        QVERIFY2(said.endsWith(QStringLiteral("Call the help desk on 555-0100.")), qPrintable(said));
        QVERIFY(!said.contains(QStringLiteral("2025550142"))); // masked, as everywhere
        QTest::mouseClick(help, Qt::LeftButton);
        QVERIFY(!text->isVisible());
    }

    void afterACallTheCodeCanGoBySmsAgain()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.wizard));
        f.toCodePage();
        auto *call = f.child<QPushButton>("callButton");
        auto *text = f.child<QPushButton>("textButton");
        QVERIFY(call && text);
        QVERIFY(!text->isVisible()); // by SMS already

        f.clock.advanceSeconds(f.flow.options().callFallbackSeconds);
        QTRY_VERIFY(call->isEnabled());
        QTest::mouseClick(call, Qt::LeftButton);
        QTRY_VERIFY(f.auth.hasPending());
        QCOMPARE(f.auth.calls.constLast(), QStringLiteral("send +12025550142 call"));
        f.auth.answerCodeSent(CodeSentResult{Channel::Call, 6});
        QTRY_VERIFY(text->isVisible());
        QVERIFY(!call->isVisible());
        QVERIFY(!text->isEnabled()); // on the resend wait: a call was just made
        QVERIFY(!f.flow.canRequestText());

        f.clock.advanceSeconds(f.flow.options().resendCooldownSeconds);
        QTRY_VERIFY(text->isEnabled());
        QTest::mouseClick(text, Qt::LeftButton);
        QTRY_VERIFY(f.auth.hasPending());
        QCOMPARE(f.auth.calls.constLast(), QStringLiteral("send +12025550142 sms"));
        f.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        QTRY_COMPARE(f.flow.channel(), Channel::Sms);
        QTRY_VERIFY(!text->isVisible());
        QVERIFY(call->isVisible());
    }
};

QTEST_MAIN(TestCodeHelp)
#include "TestCodeHelp.moc"
