#include "Clock.h"
#include "DeviceTrustRecord.h"
#include "FakeAuthService.h"
#include "MemoryConsole.h"
#include "MemorySecretStore.h"
#include "SignInFlow.h"
#include "TerminalFrontEnd.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using namespace latchkey::testing;

namespace {

LoginResult login(const QString &displayName)
{
    LoginResult result;
    result.displayName = displayName;
    result.capabilities.channels = {Channel::Sms, Channel::Call};
    result.capabilities.codeLength = 6;
    return result;
}

LoginResult withSession(LoginResult result)
{
    result.sessionToken = "latchkey.sid=abc";
    return result;
}

} // namespace

/** What --tty says and asks for the flow's states, typed into a MemoryConsole. */
class TestTerminalFrontEnd : public QObject
{
    Q_OBJECT

    struct Run
    {
        explicit Run(FlowOptions options = FlowOptions{}, bool askRememberMe = false)
            : flow(&auth, &secrets, &clock,
                   askRememberMe ? std::move(options) : withoutRememberMe(std::move(options)))
            , terminal(&flow, &console)
        {
            terminal.start();
        }
        static FlowOptions withoutRememberMe(FlowOptions options)
        {
            options.rememberMeAllowed = false; // one question fewer
            return options;
        }
        bool waitFor(const QString &pattern) const
        {
            const QRegularExpression expression(pattern);
            return QTest::qWaitFor([&] { return expression.match(console.err()).hasMatch(); }, 5000);
        }
        /** Types the username and password, has the server accept them and waits for `prompt`. */
        bool logIn(const LoginResult &answer, const QString &prompt)
        {
            console.type(QStringLiteral("demo"));
            console.type(QStringLiteral("pw"));
            if (!QTest::qWaitFor([&] { return auth.hasPending(); }, 5000)) {
                return false;
            }
            auth.answerLoggedIn(answer);
            return waitFor(prompt);
        }
        bool toPhonePrompt(const QString &displayName = QStringLiteral("Demo User"))
        {
            return logIn(login(displayName), QStringLiteral("Phone number.*: $"));
        }
        /** Logged in with a session to remember: at "Remember me?", with `choice` ("y/N" or "Y/n"). */
        bool toRememberMePrompt(const QString &choice = QStringLiteral("y/N"),
                                const LoginResult &answer = withSession(login(QStringLiteral("Demo User"))))
        {
            return logIn(answer, QStringLiteral("Remember me on this computer\\? \\[%1\\] $").arg(choice));
        }

        ManualClock clock;
        FakeAuthService auth;
        MemorySecretStore secrets;
        MemoryConsole console;
        SignInFlow flow;
        TerminalFrontEnd terminal;
    };

    /** From the phone prompt to "Signed in", with `displayName` in the login answer. */
    static QString signedInLine(const QString &displayName)
    {
        Run run;
        [&] {
            QVERIFY2(run.toPhonePrompt(displayName), qPrintable(run.console.err()));
            run.console.type(QStringLiteral("+1 202 555 0142"));
            QTRY_VERIFY(run.auth.hasPending());
            run.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
            QVERIFY(run.waitFor(QStringLiteral("Code .*: $")));
            run.console.type(QStringLiteral("123456"));
            QTRY_VERIFY(run.auth.hasPending());
            run.auth.answerApproved();
            QVERIFY(run.waitFor(QStringLiteral("Signed in")));
        }();
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("Signed in[^\\n]*")).match(run.console.err());
        return match.captured(0);
    }

private slots:
    void rememberMeIsAskedOnceThePasswordIsRightAndAStrayAnswerIsAskedAgain()
    {
        Run run(FlowOptions{}, true);
        run.console.type(QStringLiteral("demo"));
        run.console.type(QStringLiteral("wrong"));
        QTRY_VERIFY(run.auth.hasPending());
        run.auth.answerFailed(AuthError::of(AuthError::Kind::InvalidCredentials));
        QVERIFY2(run.waitFor(QStringLiteral("not correct\\.\\nPassword: $")), qPrintable(run.console.err()));
        // The wrong password was checked without a question before it.
        QVERIFY2(!run.console.err().contains(QStringLiteral("Remember me")), qPrintable(run.console.err()));

        run.console.type(QStringLiteral("right"));
        QTRY_VERIFY(run.auth.hasPending());
        QVERIFY(!run.console.err().contains(QStringLiteral("Remember me")));
        run.auth.answerLoggedIn(withSession(login(QStringLiteral("Demo User"))));
        QVERIFY2(run.waitFor(QStringLiteral("Remember me on this computer\\? \\[y/N\\] $")),
                 qPrintable(run.console.err()));
        QVERIFY(!run.console.err().contains(QStringLiteral("Phone number")));
        QVERIFY(!run.secrets.contents().contains(SecretKey::backendSession)); // in memory until answered

        run.console.type(QStringLiteral("maybe")); // neither yes nor no: asked again, never taken as no
        QVERIFY2(
            run.waitFor(QStringLiteral("Answer y or n\\.\\nRemember me on this computer\\? \\[y/N\\] $")),
            qPrintable(run.console.err()));
        QVERIFY(!run.secrets.contents().contains(SecretKey::backendSession));
        run.console.type(QStringLiteral("y"));
        QVERIFY2(run.waitFor(QStringLiteral("Phone number.*: $")), qPrintable(run.console.err()));
        QTRY_COMPARE(run.secrets.contents().value(SecretKey::backendSession), QByteArray("latchkey.sid=abc"));
        QCOMPARE(run.console.err().count(QStringLiteral("Remember me on this computer?")), 2);
        QVERIFY(run.flow.rememberMeSuggested());
    }

    void noToRememberMeKeepsNothingAndIsNotAskedAgain()
    {
        Run run(FlowOptions{}, true);
        QVERIFY2(run.toRememberMePrompt(), qPrintable(run.console.err()));
        run.console.type(QStringLiteral("n"));
        QVERIFY2(run.waitFor(QStringLiteral("Phone number.*: $")), qPrintable(run.console.err()));
        run.console.type(QStringLiteral("+1 202 555 0142"));
        QTRY_VERIFY(run.auth.hasPending());
        run.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        QVERIFY(run.waitFor(QStringLiteral("Code .*: $")));
        run.console.type(QStringLiteral("123456"));
        QTRY_VERIFY(run.auth.hasPending());
        QSignalSpy finished(&run.flow, &SignInFlow::finished);
        run.auth.answerApproved();
        QVERIFY2(run.waitFor(QStringLiteral("Signed in as Demo User\\.")), qPrintable(run.console.err()));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(run.console.err().count(QStringLiteral("Remember me on this computer?")), 1);
        QVERIFY(!run.secrets.contents().contains(SecretKey::backendSession));
    }

    void theAdminDefaultIsWhatEnterAnswers()
    {
        FlowOptions options;
        options.rememberMeDefault = true;
        Run run(options, true);
        QVERIFY2(run.toRememberMePrompt(QStringLiteral("Y/n")), qPrintable(run.console.err()));
        run.console.type(QString());
        QVERIFY2(run.waitFor(QStringLiteral("Phone number.*: $")), qPrintable(run.console.err()));
        QTRY_COMPARE(run.secrets.contents().value(SecretKey::backendSession), QByteArray("latchkey.sid=abc"));
    }

    void aRememberedDeviceAsksRememberMeBeforeSignedIn()
    {
        FlowOptions options;
        options.rememberDeviceAllowed = true;
        Run run(options, true);
        run.secrets.setContents(
            {{SecretKey::backendDeviceToken,
              DeviceTrustRecord{QStringLiteral("demo"), "device-token", run.clock.now().addDays(5)}
                  .serialize()}});
        QSignalSpy finished(&run.flow, &SignInFlow::finished);
        LoginResult trusted = withSession(login(QStringLiteral("Demo User")));
        trusted.capabilities.deviceTrust = true;
        trusted.deviceTrusted = true;
        QVERIFY2(run.toRememberMePrompt(QStringLiteral("y/N"), trusted), qPrintable(run.console.err()));
        QVERIFY(!run.console.err().contains(QStringLiteral("Signed in")));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 0); // not announced while the question is open
        run.console.type(QStringLiteral("y"));
        QVERIFY2(run.waitFor(QStringLiteral("Signed in as Demo User\\.")), qPrintable(run.console.err()));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(run.secrets.contents().value(SecretKey::backendSession), QByteArray("latchkey.sid=abc"));
    }

    void eAtThePhonePromptSendsToTheAddressOnFile()
    {
        Run run;
        LoginResult answer = login(QStringLiteral("Demo User"));
        answer.capabilities.channels.append(Channel::Email);
        answer.capabilities.maskedEmailOnFile = QStringLiteral("d•••@example.com");
        QVERIFY2(run.logIn(answer, QStringLiteral("Phone number.*: $")), qPrintable(run.console.err()));
        QVERIFY(run.console.err().contains(
            QStringLiteral("Or type e to get the code by email at d•••@example.com.")));
        run.console.type(QStringLiteral("e"));
        QTRY_VERIFY(run.auth.hasPending());
        QCOMPARE(run.auth.calls.constLast(), QStringLiteral("send  email")); // no number: the address on file
        run.auth.answerCodeSent(CodeSentResult{Channel::Email, 6});
        QVERIFY2(run.waitFor(QStringLiteral("Code \\(r = resend, n = different number\\): $")),
                 qPrintable(run.console.err()));
        QVERIFY(run.console.err().contains(QStringLiteral("A code was sent by email to d•••@example.com.")));
    }

    void eAtTheCodePromptEmailsTheAddressOnFileAndTBringsTextBack()
    {
        Run run;
        LoginResult answer = login(QStringLiteral("Demo User"));
        answer.capabilities.channels.append(Channel::Email);
        answer.capabilities.maskedEmailOnFile = QStringLiteral("d•••@example.com");
        QVERIFY2(run.logIn(answer, QStringLiteral("Phone number.*: $")), qPrintable(run.console.err()));
        run.console.type(QStringLiteral("+1 202 555 0142"));
        QTRY_VERIFY(run.auth.hasPending());
        run.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        QVERIFY2(run.waitFor(QStringLiteral(
                     "Code \\(r = resend, c = call me, e = email me, n = different number\\): $")),
                 qPrintable(run.console.err()));
        run.console.type(QStringLiteral("e")); // too early: said, nothing sent
        QVERIFY(run.waitFor(QStringLiteral("You can ask for a new code in \\d+ second")));
        QCOMPARE(run.auth.sendCount(), 1);
        run.clock.advanceSeconds(run.flow.options().resendCooldownSeconds);
        QVERIFY(run.waitFor(QStringLiteral("email me.*: $")));
        run.console.type(QStringLiteral("e"));
        QTRY_VERIFY(run.auth.hasPending());
        QCOMPARE(run.auth.calls.constLast(), QStringLiteral("send +12025550142 email"));
        run.auth.answerCodeSent(CodeSentResult{Channel::Email, 6});
        // By email now: no call to an address, text messages are the way back.
        QVERIFY2(run.waitFor(QStringLiteral("Code \\(r = resend, t = text me, n = different number\\): $")),
                 qPrintable(run.console.err()));
        QVERIFY(run.console.err().contains(QStringLiteral("by email")));
        run.clock.advanceSeconds(run.flow.options().resendCooldownSeconds);
        run.console.type(QStringLiteral("t"));
        QTRY_VERIFY(run.auth.hasPending());
        QCOMPARE(run.auth.calls.constLast(), QStringLiteral("send +12025550142 sms"));
    }

    void withoutAnAddressOnFileEmailIsNeverOffered()
    {
        Run run;
        LoginResult answer = login(QStringLiteral("Demo User"));
        answer.capabilities.channels.append(Channel::Email); // offered, but no address to send to
        QVERIFY2(run.logIn(answer, QStringLiteral("Phone number.*: $")), qPrintable(run.console.err()));
        QVERIFY(!run.console.err().contains(QStringLiteral("by email")));
        QVERIFY(!run.flow.offeredChannels().contains(Channel::Email));
    }

    void afterACallTIsForAText()
    {
        Run run;
        QVERIFY2(run.toPhonePrompt(), qPrintable(run.console.err()));
        run.console.type(QStringLiteral("+1 202 555 0142"));
        QTRY_VERIFY(run.auth.hasPending());
        run.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        QVERIFY(run.waitFor(QStringLiteral("c = call me.*: $")));
        run.clock.advanceSeconds(run.flow.options().callFallbackSeconds);
        run.console.type(QStringLiteral("c"));
        QTRY_VERIFY(run.auth.hasPending());
        run.auth.answerCodeSent(CodeSentResult{Channel::Call, 6});
        QVERIFY2(
            run.waitFor(QStringLiteral("Code \\(r = call again, t = text me, n = different number\\): $")),
            qPrintable(run.console.err()));
        run.console.type(QStringLiteral("t")); // too early: said, nothing sent
        QVERIFY(run.waitFor(QStringLiteral("You can ask for a new code in \\d+ second")));
        QCOMPARE(run.auth.sendCount(), 2);
        run.clock.advanceSeconds(run.flow.options().resendCooldownSeconds);
        QVERIFY(run.waitFor(QStringLiteral("text me.*: $")));
        run.console.type(QStringLiteral("t"));
        QTRY_VERIFY(run.auth.hasPending());
        QCOMPARE(run.auth.calls.constLast(), QStringLiteral("send +12025550142 sms"));
    }

    void aSlowServerIsSaidOnceAndAQuickOneNever()
    {
        Run run;
        QVERIFY2(run.toPhonePrompt(), qPrintable(run.console.err()));
        run.clock.advanceSeconds(SignInFlow::stillWaitingSeconds); // nothing in flight: nothing to say
        QTest::qWait(50);
        QVERIFY(
            !run.console.err().contains(QStringLiteral("Still waiting"))); // the login was answered at once
        run.console.type(QStringLiteral("+1 202 555 0142"));
        QTRY_VERIFY(run.auth.hasPending());
        run.clock.advanceSeconds(SignInFlow::stillWaitingSeconds - 1);
        QTest::qWait(50);
        QVERIFY(!run.console.err().contains(QStringLiteral("Still waiting")));
        run.clock.advanceSeconds(1);
        QVERIFY2(run.waitFor(QStringLiteral("Still waiting for the server…\\n$")),
                 qPrintable(run.console.err()));
        run.clock.advanceSeconds(SignInFlow::stillWaitingSeconds);
        QTest::qWait(50);
        QCOMPARE(run.console.err().count(QStringLiteral("Still waiting")), 1);
        run.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        QVERIFY(run.waitFor(QStringLiteral("Code .*: $")));
    }

    void aServerWaitIsShownAndNothingIsAskedOrSentUntilItEnds()
    {
        Run run;
        QVERIFY2(run.toPhonePrompt(), qPrintable(run.console.err()));
        run.console.type(QStringLiteral("+1 202 555 0142"));
        QTRY_VERIFY(run.auth.hasPending());
        AuthError tooMany = AuthError::of(AuthError::Kind::RateLimited);
        tooMany.httpStatus = 429;
        tooMany.retryAfterSeconds = 900;
        run.auth.answerFailed(tooMany);
        QVERIFY2(run.waitFor(QStringLiteral("Nothing will be sent before .* \\(in 15 minute")),
                 qPrintable(run.console.err()));
        const QString afterWait = run.console.err();

        // Typed again during the wait: neither asked for again, nor sent.
        run.console.type(QStringLiteral("+1 202 555 0142"));
        QTest::qWait(50);
        run.clock.advanceSeconds(600);
        QTest::qWait(50);
        QCOMPARE(run.auth.sendCount(), 1);
        QCOMPARE(run.console.err(), afterWait); // no new prompt, no new line
        QVERIFY(!run.console.err().endsWith(QStringLiteral(": ")));

        // Over: said once, and the number typed meanwhile is the next prompt's answer.
        run.clock.advanceSeconds(300);
        QVERIFY2(run.waitFor(QStringLiteral("The wait is over\\.")), qPrintable(run.console.err()));
        QTRY_COMPARE(run.auth.sendCount(), 2);
    }

    void aWrongCodeReprintsNothingAndAResendIsConfirmed()
    {
        Run run;
        QVERIFY(run.toPhonePrompt());
        // The prompt is true to what it takes: national numbers too.
        QVERIFY(
            run.console.err().endsWith(QStringLiteral("Phone number (national, or + and country code): ")));
        run.console.type(QStringLiteral("+1 202 555 0142"));
        QTRY_VERIFY(run.auth.hasPending());
        run.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        QVERIFY(run.waitFor(QStringLiteral("Code .*: $")));
        QCOMPARE(run.console.err().count(QStringLiteral("A code was sent by SMS")), 1);

        run.console.type(QStringLiteral("111111"));
        QTRY_VERIFY(run.auth.hasPending());
        AuthError wrong = AuthError::of(AuthError::Kind::WrongCode);
        wrong.attemptsLeft = 3;
        run.auth.answerFailed(wrong);
        QVERIFY2(
            run.waitFor(QStringLiteral("not correct\\. 3 attempt(s|\\(s\\)) left\\.\\n(.|\\n)*Code .*: $")),
            qPrintable(run.console.err()));
        QCOMPARE(run.console.err().count(QStringLiteral("A code was sent by SMS")), 1);

        run.clock.advanceSeconds(run.flow.options().resendCooldownSeconds);
        run.console.type(QStringLiteral("r"));
        QTRY_VERIFY(run.auth.hasPending());
        run.auth.answerCodeSent(CodeSentResult{Channel::Sms, 6});
        QVERIFY2(run.waitFor(QStringLiteral("A new code was sent at [^\\n]+\\.\\n(.|\\n)*Code .*: $")),
                 qPrintable(run.console.err()));
        QCOMPARE(run.console.err().count(QStringLiteral("A code was sent by SMS")), 1);
    }

    void ctrlDDuringTheWaitCancels()
    {
        Run run;
        QVERIFY(run.toPhonePrompt());
        run.console.type(QStringLiteral("+1 202 555 0142"));
        QTRY_VERIFY(run.auth.hasPending());
        run.auth.answerFailed(AuthError::of(AuthError::Kind::RateLimited));
        QVERIFY(run.waitFor(QStringLiteral("Nothing will be sent before")));
        QSignalSpy finished(&run.flow, &SignInFlow::finished);
        run.console.endInput();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(run.auth.sendCount(), 1);
    }

    void signedInSaysTheDisplayName()
    {
        QCOMPARE(signedInLine(QStringLiteral("Demo User")), QStringLiteral("Signed in as Demo User."));
    }

    void withoutADisplayNameTheUsernameIsSaid()
    {
        QCOMPARE(signedInLine(QString()), QStringLiteral("Signed in as demo."));
    }

    void aFailOpenIsSaidAsSuch()
    {
        FlowOptions options;
        options.failOpen = true;
        Run run(options);
        QVERIFY(run.toPhonePrompt());
        run.console.type(QStringLiteral("+1 202 555 0142"));
        QTRY_VERIFY(run.auth.hasPending());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("FAIL-OPEN")));
        run.auth.answerFailed(AuthError::of(AuthError::Kind::ConnectionRefused));
        QVERIFY2(run.waitFor(QStringLiteral("Let in WITHOUT a code")), qPrintable(run.console.err()));
        QVERIFY(!run.console.err().contains(QStringLiteral("Signed in")));
    }
};

QTEST_GUILESS_MAIN(TestTerminalFrontEnd)
#include "TestTerminalFrontEnd.moc"
