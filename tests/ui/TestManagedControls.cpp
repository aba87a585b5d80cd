#include "PasswordPage.h"
#include "PhonePage.h"
#include "SignInWizard.h"
#include "UnconfiguredPage.h"

#include "Clock.h"
#include "FakeAuthService.h"
#include "MemorySecretStore.h"
#include "SignInFlow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWizard>

using namespace latchkey;

namespace {

/** A wizard over a fake service, with the flow options settings would give it. */
struct Harness
{
    explicit Harness(FlowOptions options)
        : flow(&auth, &secrets, &clock, std::move(options))
        , wizard(&flow)
    {
        wizard.show();
        flow.start();
    }

    template<typename T>
    T *child(const char *name) const
    {
        QWidget *page = wizard.currentPage();
        return page ? page->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }

    void reachPhonePage(QList<Channel> offered)
    {
        QTRY_VERIFY(!flow.isBusy());
        flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), false);
        LoginResult result;
        result.capabilities.channels = std::move(offered);
        auth.answerLoggedIn(result);
        QTRY_COMPARE(wizard.currentId(), int(SignInWizard::PhonePageId));
    }

    FakeAuthService auth;
    MemorySecretStore secrets;
    ManualClock clock;
    SignInFlow flow;
    SignInWizard wizard;
};

const QString managed = QStringLiteral("Managed by your organisation");

} // namespace

/** What settings and policy change in the wizard: managed controls, the help-desk text, the unconfigured
 * page. */
class TestManagedControls : public QObject
{
    Q_OBJECT

private slots:
    void rememberMeTurnedOffByPolicyIsDisabledAndSaysWhy()
    {
        FlowOptions options;
        options.rememberMeAllowed = false;
        options.rememberMeLocked = true;
        Harness h(options);
        QTRY_VERIFY(!h.flow.isBusy());
        auto *remember = h.child<QCheckBox>("rememberCheckBox");
        QVERIFY(remember);
        QVERIFY(remember->isVisible());
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        QCOMPARE(remember->toolTip(), managed);
        QCOMPARE(remember->accessibleDescription(), managed);

        // A request and its failure do not enable it again.
        h.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("pw"), true);
        QVERIFY(h.flow.isBusy());
        h.auth.answerFailed(AuthError::of(AuthError::Kind::InvalidCredentials));
        QTRY_VERIFY(!h.flow.isBusy());
        QVERIFY(!remember->isEnabled());
    }

    void rememberMeNotLockedIsTheUsersChoice()
    {
        Harness h{FlowOptions()};
        QTRY_VERIFY(!h.flow.isBusy());
        auto *remember = h.child<QCheckBox>("rememberCheckBox");
        QVERIFY(remember->isVisible());
        QVERIFY(remember->isEnabled());
        QVERIFY(remember->toolTip().isEmpty());
    }

    void aChannelSetByPolicyIsFixed()
    {
        FlowOptions options;
        options.allowedChannels = {Channel::Call, Channel::Sms};
        options.defaultChannel = Channel::Call;
        options.defaultChannelLocked = true;
        Harness h(options);
        h.reachPhonePage({Channel::Sms, Channel::Call});
        auto *channel = h.child<QComboBox>("channelComboBox");
        QVERIFY(channel);
        QCOMPARE(channel->count(), 2);
        QCOMPARE(channel->currentData().toInt(), int(Channel::Call));
        QVERIFY(!channel->isEnabled());
        QCOMPARE(channel->toolTip(), managed);
        QCOMPARE(channel->accessibleDescription(), managed);
    }

    void aDefaultChannelIsPreselectedButOpen()
    {
        FlowOptions options;
        options.allowedChannels = {Channel::Call, Channel::Sms};
        options.defaultChannel = Channel::Call;
        Harness h(options);
        h.reachPhonePage({Channel::Sms, Channel::Call});
        auto *channel = h.child<QComboBox>("channelComboBox");
        QCOMPARE(channel->currentData().toInt(), int(Channel::Call));
        QVERIFY(channel->isEnabled());
        QVERIFY(channel->toolTip().isEmpty());
    }

    void theHelpDeskTextShowsUnderErrors()
    {
        FlowOptions options;
        options.helpDeskText = QStringLiteral("Call the IT help desk on 555-0100.");
        Harness h(options);
        QTRY_VERIFY(!h.flow.isBusy());
        auto *helpDesk = h.child<QLabel>("helpDeskLabel");
        QVERIFY(helpDesk);
        QVERIFY(!helpDesk->isVisible());
        h.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("wrong"), false);
        h.auth.answerFailed(AuthError::of(AuthError::Kind::InvalidCredentials));
        QTRY_VERIFY(helpDesk->isVisible());
        QCOMPARE(helpDesk->text(), options.helpDeskText);
        QVERIFY(h.child<QLabel>("errorLabel")->isVisible());
    }

    void withoutHelpDeskTextNothingExtraShows()
    {
        Harness h{FlowOptions()};
        QTRY_VERIFY(!h.flow.isBusy());
        h.flow.submitPassword(QStringLiteral("demo"), QStringLiteral("wrong"), false);
        h.auth.answerFailed(AuthError::of(AuthError::Kind::InvalidCredentials));
        QTRY_VERIFY(h.child<QLabel>("errorLabel")->isVisible());
        QVERIFY(!h.child<QLabel>("helpDeskLabel")->isVisible());
    }

    void theUnconfiguredPageOffersTheSandboxWhenAllowed()
    {
        auto *page = new UnconfiguredPage(QStringLiteral("No server is configured."),
                                          QStringLiteral("Call the IT help desk on 555-0100."), true);
        std::unique_ptr<QWizard> window(page->createWindow());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->currentPage(), page);
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("reasonLabel"))->text(),
                 QStringLiteral("No server is configured."));
        auto *helpDesk = page->findChild<QLabel *>(QStringLiteral("helpDeskLabel"));
        QVERIFY(helpDesk->isVisible());
        QCOMPARE(helpDesk->text(), QStringLiteral("Call the IT help desk on 555-0100."));
        auto *sandbox = page->findChild<QPushButton *>(QStringLiteral("trySandboxButton"));
        QVERIFY(sandbox->isVisible());
        QSignalSpy requested(page, &UnconfiguredPage::sandboxRequested);
        QTest::mouseClick(sandbox, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        page->setProblem(QStringLiteral("The sandbox could not listen on this computer."));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("problemLabel"))->isVisible());
        // Only a Close button: there is nothing to go on to.
        QVERIFY(!window->button(QWizard::NextButton)->isVisible());
        QVERIFY(!window->button(QWizard::FinishButton)->isVisible());
        QCOMPARE(window->button(QWizard::CancelButton)->text(), QStringLiteral("Close"));
    }

    void theUnconfiguredPageWithoutSandbox()
    {
        auto *page = new UnconfiguredPage(QStringLiteral("No server is configured."), QString(), false);
        std::unique_ptr<QWizard> window(page->createWindow());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("trySandboxButton"))->isVisible());
        QVERIFY(!page->findChild<QLabel *>(QStringLiteral("helpDeskLabel"))->isVisible());
    }
};

QTEST_MAIN(TestManagedControls)
#include "TestManagedControls.moc"
