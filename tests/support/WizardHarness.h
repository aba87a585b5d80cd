#pragma once

// The real sign-in wizard for the UI tests, wired as main() wires it: SignInFlow and BackendAuthService over
// loopback HTTP to the in-process sandbox, with an in-memory keychain. Header-only: the tests that use it
// link latchkey_ui and latchkey_sandbox, which the support library does not.

#include "SignInWizard.h"

#include "BackendAuthService.h"
#include "BackendEmulator.h"
#include "Clock.h"
#include "DirectAuthService.h"
#include "DirectSandbox.h"
#include "HttpClient.h"
#include "MemorySecretStore.h"
#include "Outbox.h"
#include "SandboxServer.h"
#include "SignInFlow.h"
#include "WidgetLookup.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace latchkey::testing {

/** Settings and keychain entries of a test application of its own, never the user's. */
inline void useTestApplication(const QString &name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LatchkeyTests"));
    QCoreApplication::setApplicationName(name);
}

/** Every warning fails the test, except the offscreen platform's note that it cannot pass a window's
 * changed minimum size on (QWizard adapts its minimum size to the current page). */
inline void failOnUnexpectedWarnings()
{
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints\\(\\)$).*")));
}

/** A code of the right length that is certainly not `code`. */
inline QString wrongCodeFor(const QString &code)
{
    QString wrong;
    for (const QChar c : code) {
        wrong += QChar(u'0' + (c.digitValue() + 1) % 10);
    }
    return wrong;
}

/** One sign-in window: its own network, flow and wizard against the backend at `backendUrl`. */
class WizardWindow
{
public:
    WizardWindow(const QUrl &backendUrl, SecretStore *secrets, Clock *clock, FlowOptions options)
        : http(&network)
        , auth(&http, BackendEndpoints{backendUrl})
        , flow(&auth, secrets, clock, std::move(options))
        , wizard(&flow)
    {}

    template<typename T>
    T *child(const char *name) const
    {
        return currentPageChild<T>(wizard, name);
    }

    QNetworkAccessManager network;
    HttpClient http;
    BackendAuthService auth;
    SignInFlow flow;
    SignInWizard wizard;
};

/** Which clock the sandbox and the flow share: the real one, or one the test moves (advanceSeconds). */
enum class HarnessClock { System, Manual };

namespace detail {

/** What a window needs before it is built; a base class so that it is constructed first. */
struct SandboxParts
{
    explicit SandboxParts(HarnessClock which)
        : server(which == HarnessClock::Manual ? &clock : Clock::system())
        , listening(server.listen())
    {}

    ManualClock clock; // unused with HarnessClock::System
    SandboxServer server;
    bool listening;
    MemorySecretStore secrets;
};

} // namespace detail

/** The in-process sandbox on 127.0.0.1, an in-memory keychain and one sign-in window against them. */
class WizardHarness : public detail::SandboxParts, public WizardWindow
{
public:
    explicit WizardHarness(FlowOptions options = FlowOptions(), HarnessClock which = HarnessClock::System)
        : SandboxParts(which)
        , WizardWindow(server.baseUrl(), &secrets, which == HarnessClock::Manual ? &clock : Clock::system(),
                       std::move(options))
    {}

    QString demoPhone() const { return BackendEmulator::demoAccount().phone; }
    /** The last code the sandbox sent to the demo account's number; empty before the first. */
    QString lastCode() const { return server.outbox()->lastCodeFor(demoPhone()); }

    /** On the code page: a wrong code five times, each after the last one's answer, to reach the lockout. */
    void typeWrongCodesUntilLockout()
    {
        const QString wrong = wrongCodeFor(lastCode());
        auto *codeEdit = child<QLineEdit>("codeLineEdit");
        auto *errorLabel = child<QLabel>("errorLabel");
        QVERIFY(codeEdit && errorLabel);
        for (int attempt = 0; attempt < 5; ++attempt) {
            QTRY_VERIFY(!flow.isBusy());
            QTRY_VERIFY(codeEdit->text().isEmpty());
            QTest::keyClicks(codeEdit, wrong);
            QTRY_VERIFY(errorLabel->isVisible());
        }
    }
};

/** Direct mode in the real wizard: DirectAuthService with the local account against the sandbox's Verify. */
struct DirectWizardHarness : DirectSandbox
{
    explicit DirectWizardHarness(FlowOptions options = FlowOptions())
        : flow(&auth, &secrets, &clock, std::move(options))
    {
        auth.setLocalAccount(&account);
    }

    template<typename T>
    T *child(const char *name) const
    {
        return currentPageChild<T>(wizard, name);
    }
    /** The last code the sandbox's Verify sent to `number`; empty before the first. */
    QString codeFor(const QString &number) const { return server.outbox()->lastCodeFor(number); }

    DirectAuthService auth{&http, verifyAccount()};
    SignInFlow flow;
    SignInWizard wizard{&flow};
};

} // namespace latchkey::testing
