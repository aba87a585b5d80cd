#include "CapsLockState.h"
#include "Clock.h"
#include "FakeAuthService.h"
#include "MemorySecretStore.h"
#include "PasswordPage.h"
#include "SignInFlow.h"
#include "SignInWizard.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>
#include <poll.h>
#include <unistd.h>

using namespace latchkey;

namespace {

/** Presses and releases Caps Lock on the X server, as a keyboard would (XTEST through xdotool). */
bool pressCapsLock()
{
    QProcess xdotool;
    xdotool.start(QStringLiteral("xdotool"), {QStringLiteral("key"), QStringLiteral("Caps_Lock")});
    return xdotool.waitForFinished(10000) && xdotool.exitStatus() == QProcess::NormalExit &&
           xdotool.exitCode() == 0;
}

} // namespace

/** The real Linux implementation against a real X server (a private Xvfb): definite answers that follow
 * the key, and the password page's warning driven by it. */
class TestCapsLockX11 : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty(),
                 "xdotool is missing (scripts/install-deps installs it)");
    }

    void theXServerSaysWhetherCapsLockIsOn()
    {
        const std::unique_ptr<CapsLockState> caps = CapsLockState::forPlatform();
        const CapsLockState::State before = caps->state();
        QVERIFY(before != CapsLockState::State::Unknown);
        QVERIFY(pressCapsLock());
        const CapsLockState::State after = caps->state();
        QVERIFY(after != CapsLockState::State::Unknown);
        QVERIFY(after != before);
        QVERIFY(pressCapsLock());
        QCOMPARE(caps->state(), before);
    }

    void thePasswordPageWarnsWithTheRealState()
    {
        ManualClock clock;
        FakeAuthService auth;
        MemorySecretStore secrets;
        SignInFlow flow(&auth, &secrets, &clock, FlowOptions{});
        SignInWizard wizard(&flow); // the page asks the platform: nothing injected
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *password = wizard.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
        auto *label = wizard.passwordPage()->findChild<QLabel *>(QStringLiteral("capsLockLabel"));
        QVERIFY(password && label);
        password->setFocus(Qt::OtherFocusReason);

        if (CapsLockState::forPlatform()->state() == CapsLockState::State::On) {
            QVERIFY(pressCapsLock()); // start from off
        }
        QTest::keyClick(password, Qt::Key_A);
        QVERIFY(label->isHidden());
        QVERIFY(pressCapsLock());
        QTest::keyClick(password, Qt::Key_CapsLock); // the page hears the key; the X server has the state
        QVERIFY(label->isVisible());
        QVERIFY(pressCapsLock());
        QTest::keyClick(password, Qt::Key_CapsLock);
        QVERIFY(label->isHidden());
    }
};

/** Starts a private Xvfb (it picks a free display and writes its number to a pipe) before the application
 * connects to it. No Xvfb: the test fails, it is not skipped. */
int main(int argc, char **argv)
{
    int displayPipe[2];
    if (pipe(displayPipe) != 0) {
        std::perror("pipe");
        return 1;
    }
    QProcess xvfb;
    xvfb.setProgram(QStringLiteral("Xvfb"));
    xvfb.setArguments({QStringLiteral("-displayfd"), QString::number(displayPipe[1]),
                       QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("800x600x24"),
                       QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    xvfb.start();
    if (!xvfb.waitForStarted(10000)) {
        std::fprintf(stderr, "FAIL: cannot start Xvfb (package xvfb): %s\n", qPrintable(xvfb.errorString()));
        return 1;
    }
    close(displayPipe[1]);
    char buffer[16] = {};
    pollfd readable{displayPipe[0], POLLIN, 0};
    const ssize_t got = poll(&readable, 1, 20000) == 1 ? read(displayPipe[0], buffer, sizeof buffer - 1) : -1;
    close(displayPipe[0]);
    const QByteArray display = QByteArray(buffer, got > 0 ? static_cast<int>(got) : 0).trimmed();
    if (display.isEmpty()) {
        std::fprintf(stderr, "FAIL: Xvfb did not report a display\n");
        xvfb.kill();
        xvfb.waitForFinished();
        return 1;
    }
    qputenv("DISPLAY", ":" + display);
    qputenv("QT_QPA_PLATFORM", "xcb");

    int result = 1;
    {
        QApplication app(argc, argv);
        TestCapsLockX11 test;
        result = QTest::qExec(&test, argc, argv);
    }
    xvfb.terminate();
    xvfb.waitForFinished(10000);
    return result;
}

#include "TestCapsLockX11.moc"
