// Responsiveness benchmark: a 1 ms heartbeat on the UI thread while the real wizard (assembled by
// WizardShell as latchkey assembles it: the sandbox as a child process, its panel, the system keychain) goes
// through a whole sign-in typed key by key, one key every 40 ms. Prints the longest gap between two beats and
// the step it fell in. `idle` instead shows a bare QWizard for as long: the floor, what the heartbeat alone
// gets from this machine under its current load. Run by bench/responsiveness.py.
// LATCHKEY_HEARTBEAT_TRACE_MS=N prints every gap of N ms or more as it happens, so that with the logging
// categories on (QT_LOGGING_RULES=latchkey.*=true, QT_MESSAGE_PATTERN with [%{time boot}]) a stall can be
// matched with what ran.
#include "ApplicationSetup.h"
#include "Clock.h"
#include "CodePage.h"
#include "CommandLine.h"
#include "KeychainSecretStore.h"
#include "LaunchSettings.h"
#include "SettingsLocations.h"
#include "SignInSession.h"
#include "SignInWizard.h"
#include "StandardConsole.h"
#include "WizardShell.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QWizard>

#include <cstdio>

using namespace latchkey;

namespace {

/** The longest gap between two ticks of a 1 ms timer, and during which step it happened. */
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, &Heartbeat::beat);
        m_clock.start();
        m_timer.start();
        m_traceMs = qEnvironmentVariableIntValue("LATCHKEY_HEARTBEAT_TRACE_MS");
    }
    /** Names the step the next beats fall in; the first step named is the start-up. */
    void setStep(const char *step)
    {
        m_step = step;
        if (!m_firstStep) {
            m_firstStep = step;
        }
    }
    void report(const char *what) const
    {
        std::printf("%s: longest stall %.2f ms (step: %s), %lld beats, %.0f ms in all\n", what,
                    m_longestNs / 1e6, m_longestStep, m_beats, m_clock.nsecsElapsed() / 1e6);
        qint64 afterStart = 0;
        const char *afterStartStep = "";
        for (auto step = m_longestByStep.cbegin(); step != m_longestByStep.cend(); ++step) {
            if (step.key() != m_firstStep && step.value() > afterStart) {
                afterStart = step.value();
                afterStartStep = step.key();
            }
        }
        std::printf("%s, after the first step: longest stall %.2f ms (step: %s)\n", what, afterStart / 1e6,
                    afterStartStep);
    }

private:
    void beat()
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (m_traceMs > 0 && m_beats > 0 && now - m_last >= m_traceMs * 1000000LL) {
            // With the logging categories on, shows what ran in the gap (the lines just before this one).
            // The monotonic clock in seconds, as QT_MESSAGE_PATTERN's %{time boot} prints it.
            std::fprintf(stderr, "heartbeat: %.2f ms stall ending at %.1f ms, [%.4f] (step: %s)\n",
                         (now - m_last) / 1e6, now / 1e6, QDeadlineTimer::current().deadlineNSecs() / 1e9,
                         m_step);
        }
        if (m_beats > 0 && now - m_last > m_longestNs) {
            m_longestNs = now - m_last;
            m_longestStep = m_step;
        }
        if (m_beats > 0 && now - m_last > m_longestByStep.value(m_step)) {
            m_longestByStep[m_step] = now - m_last;
        }
        m_last = now;
        ++m_beats;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    int m_traceMs = 0;
    qint64 m_longestNs = 0;
    long long m_beats = 0;
    const char *m_step = "start";
    const char *m_longestStep = "";
    const char *m_firstStep = nullptr;
    QMap<const char *, qint64> m_longestByStep;
};

// QTest::qWait and qWaitFor sleep 10 ms between rounds of events, which the heartbeat would count as
// stalls: these run the event loop itself the whole time.
void wait(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()> &condition)
{
    if (condition()) {
        return true;
    }
    QEventLoop loop;
    QTimer check;
    check.setInterval(2);
    bool checking = false; // a condition that waits itself must not be asked again meanwhile
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (checking) {
            return;
        }
        checking = true;
        if (condition()) {
            loop.quit();
        }
        checking = false;
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    return condition();
}

/** Types like a person: one key at a time, the event loop running in between. */
void typeSlowly(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        QTest::keyClicks(widget, QString(character));
        wait(40);
    }
}

QString lastCode(QNetworkAccessManager *network, const QUrl &sandbox, const QString &phone)
{
    QUrl url = sandbox.resolved(QUrl(QStringLiteral("/sandbox/messages")));
    url.setQuery(QUrlQuery{{QStringLiteral("to"), phone}});
    QNetworkReply *reply = network->get(QNetworkRequest(url));
    waitFor([reply] { return reply->isFinished(); });
    const QJsonArray messages = QJsonDocument::fromJson(reply->readAll()).array(); // oldest first
    reply->deleteLater();
    return messages.isEmpty() ? QString() : messages.last().toObject().value(u"code").toString();
}

int idle(Heartbeat &heartbeat)
{
    wait(100);
    heartbeat.setStep("start-up: window made and shown");
    QWizard wizard;
    wizard.addPage(new QWizardPage);
    wizard.show();
    wait(300);
    heartbeat.setStep("idle");
    wait(2700);
    heartbeat.report("idle QWizard (floor)");
    return 0;
}

int signIn(Heartbeat &heartbeat)
{
    const CommandLine commandLine =
        CommandLine::parse(QStringList{QStringLiteral("latchkey"), QStringLiteral("--sandbox")});
    StandardConsole console;
    SettingsResolver resolver;
    SettingsLocations::addPlatformSources(&resolver);
    LaunchSettings launch(commandLine, &resolver);
    if (!launch.resolve(&console)) {
        return 3;
    }
    KeychainSecretStore keychain;
    wait(100); // the heartbeat beats before the window is made, so that making it counts as a stall
    heartbeat.setStep("start-up, sandbox start, first page");
    WizardShell shell(launch, &keychain, Clock::system(), &console);
    shell.start();
    if (!waitFor([&shell] { return shell.wizard() && shell.wizard()->isVisible(); })) {
        std::fprintf(stderr, "heartbeat: no wizard\n");
        return 2;
    }
    SignInWizard *wizard = shell.wizard();
    wait(300); // the user finds the field; the country list is built meanwhile
    heartbeat.setStep("password page");
    typeSlowly(wizard->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit")), QStringLiteral("demo"));
    auto *password = wizard->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
    typeSlowly(password, QStringLiteral("latchkey-demo"));
    QTest::keyClick(password, Qt::Key_Return);
    if (!waitFor([wizard] { return wizard->currentId() == SignInWizard::PhonePageId; })) {
        std::fprintf(stderr, "heartbeat: no phone page\n");
        return 2;
    }
    heartbeat.setStep("phone page");
    auto *phone = wizard->findChild<QLineEdit *>(QStringLiteral("phoneLineEdit"));
    if (phone->isEnabled()) {
        typeSlowly(phone, QStringLiteral("2025550142"));
    }
    QTest::keyClick(phone->isEnabled() ? static_cast<QWidget *>(phone) : wizard, Qt::Key_Return);
    if (!waitFor([wizard] { return wizard->currentId() == SignInWizard::CodePageId; })) {
        std::fprintf(stderr, "heartbeat: no code page\n");
        return 2;
    }
    heartbeat.setStep("code page");
    QNetworkAccessManager network;
    QString code;
    waitFor([&] {
        code = lastCode(&network, shell.session()->sandboxUrl(), QStringLiteral("+12025550142"));
        return !code.isEmpty();
    });
    auto *codeEdit = wizard->codePage()->findChild<QLineEdit *>(QStringLiteral("codeLineEdit"));
    waitFor([codeEdit] { return codeEdit->isEnabled() && !codeEdit->isReadOnly() && codeEdit->isVisible(); });
    typeSlowly(codeEdit, code); // the last digit submits
    if (!waitFor([wizard] { return wizard->currentId() == SignInWizard::DonePageId; })) {
        std::fprintf(stderr, "heartbeat: not signed in (typed \"%s\", page %d, error \"%s\")\n",
                     qPrintable(codeEdit->text()), wizard->currentId(),
                     qPrintable(wizard->flow()->error().userMessage()));
        return 2;
    }
    heartbeat.setStep("done page");
    wait(300);
    heartbeat.report("whole sign-in, latchkey --sandbox");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ApplicationSetup::setIdentity();
    Heartbeat heartbeat;
    if (argc > 1 && qstrcmp(argv[1], "idle") == 0) {
        return idle(heartbeat);
    }
    return signIn(heartbeat);
}
