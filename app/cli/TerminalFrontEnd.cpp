#include "cli/TerminalFrontEnd.h"

#include "phone/PhoneNumber.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace latchkey {

void LineReader::run()
{
    std::string line;
    while (std::getline(std::cin, line)) {
        emit lineRead(QString::fromLocal8Bit(line.c_str()).trimmed());
    }
    emit endOfInput();
}

TerminalFrontEnd::TerminalFrontEnd(SignInFlow *flow, QObject *parent)
    : QObject(parent)
    , m_flow(flow)
    , m_reader(new LineReader(this))
{
    connect(m_reader, &LineReader::lineRead, this, &TerminalFrontEnd::onLine);
    connect(m_reader, &LineReader::endOfInput, this, &TerminalFrontEnd::onEndOfInput);
    connect(m_flow, &SignInFlow::stepChanged, this, &TerminalFrontEnd::render);
    connect(m_flow, &SignInFlow::busyChanged, this, &TerminalFrontEnd::render);
    connect(m_flow, &SignInFlow::noticeChanged, this, [this](const QString &notice) {
        if (!notice.isEmpty()) {
            say(notice);
        }
    });
}

TerminalFrontEnd::~TerminalFrontEnd()
{
    setEcho(true);
    // The reader blocks in getline; it ends with the process. Detach it rather than wait for input.
    if (m_reader->isRunning()) {
        m_reader->setParent(nullptr);
        connect(m_reader, &QThread::finished, m_reader, &QObject::deleteLater);
    }
}

void TerminalFrontEnd::setEcho(bool enabled)
{
#if defined(Q_OS_UNIX)
    if (!isatty(STDIN_FILENO)) {
        return;
    }
    termios settings{};
    if (tcgetattr(STDIN_FILENO, &settings) != 0) {
        return;
    }
    if (enabled) {
        settings.c_lflag |= ECHO;
    } else {
        settings.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &settings);
#elif defined(Q_OS_WIN)
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (GetConsoleMode(input, &mode)) {
        SetConsoleMode(input, enabled ? (mode | ENABLE_ECHO_INPUT) : (mode & ~ENABLE_ECHO_INPUT));
    }
#else
    Q_UNUSED(enabled)
#endif
}

void TerminalFrontEnd::say(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

void TerminalFrontEnd::start()
{
    say(tr("Latchkey sign-in. Press Ctrl+D to cancel."));
    if (!m_hint.isEmpty()) {
        say(m_hint);
    }
    connect(m_flow, &SignInFlow::errorChanged, this, [this](const AuthError &error) {
        if (error.isError()) {
            say(tr("Error: %1").arg(error.userMessage()));
        }
    });
    m_reader->start();
    m_flow->start();
    render();
}

void TerminalFrontEnd::prompt(Awaiting awaiting)
{
    m_awaiting = awaiting;
    QString text;
    switch (awaiting) {
    case Awaiting::Nothing:
        return;
    case Awaiting::Username:
        text = tr("Username: ");
        break;
    case Awaiting::Password:
        text = tr("Password: ");
        setEcho(false);
        break;
    case Awaiting::Remember:
        text = tr("Remember me on this computer? [y/N] ");
        break;
    case Awaiting::EnrolUsername:
        text = tr("Choose a username: ");
        break;
    case Awaiting::EnrolPassword:
        text = tr("Choose a password (at least %n characters): ", nullptr, SignInFlow::minimumPasswordLength);
        setEcho(false);
        break;
    case Awaiting::EnrolConfirmation:
        text = tr("Type the password again: ");
        setEcho(false);
        break;
    case Awaiting::Phone:
        if (!m_flow->maskedNumberOnFile().isEmpty()) {
            say(tr("Number on file: %1").arg(m_flow->maskedNumberOnFile()));
        }
        text = tr("Phone number (with +country code): ");
        break;
    case Awaiting::Code:
        say(tr("A code was sent by %1 to %2.")
                .arg(channelWireName(m_flow->channel()).toUpper(), m_flow->maskedPhone()));
        text = tr("Code (r = resend, c = call me, n = different number): ");
        break;
    }
    std::fprintf(stderr, "%s", text.toLocal8Bit().constData());
    std::fflush(stderr);
    deliverQueuedLine();
}

void TerminalFrontEnd::onLine(const QString &line)
{
    m_queuedLines.append(line);
    deliverQueuedLine();
}

void TerminalFrontEnd::onEndOfInput()
{
    m_inputEnded = true;
    deliverQueuedLine();
}

void TerminalFrontEnd::deliverQueuedLine()
{
    if (m_awaiting == Awaiting::Nothing) {
        return;
    }
    if (!m_queuedLines.isEmpty()) {
        answer(m_queuedLines.takeFirst());
    } else if (m_inputEnded) {
        // Input ended while a question was open: nobody is left to answer it.
        setEcho(true);
        std::fprintf(stderr, "\n");
        m_awaiting = Awaiting::Nothing;
        m_flow->cancel();
    }
}

void TerminalFrontEnd::render()
{
    if (m_flow->isBusy() || m_flow->isFinished()) {
        if (m_flow->step() == SignInFlow::Step::Done) {
            say(tr("Signed in as %1.").arg(m_flow->displayName()));
        }
        m_awaiting = Awaiting::Nothing;
        return;
    }
    switch (m_flow->step()) {
    case SignInFlow::Step::Password:
        if (m_flow->username().isEmpty() || m_awaiting == Awaiting::Nothing) {
            m_username = m_flow->username();
        }
        prompt(m_username.isEmpty() ? Awaiting::Username : Awaiting::Password);
        return;
    case SignInFlow::Step::Enrolment:
        if (!m_enrolmentExplained) {
            m_enrolmentExplained = true;
            m_username = m_flow->username();
            say(tr("This computer is not enrolled yet. Choose a username and a password for signing in "
                   "here, then verify your phone number."));
        }
        // After a refused choice the username is kept; only the password is asked again.
        prompt(m_username.isEmpty() ? Awaiting::EnrolUsername : Awaiting::EnrolPassword);
        return;
    case SignInFlow::Step::Phone:
        prompt(Awaiting::Phone);
        return;
    case SignInFlow::Step::Code:
        prompt(Awaiting::Code);
        return;
    case SignInFlow::Step::Done:
        return;
    }
}

void TerminalFrontEnd::answer(const QString &line)
{
    switch (m_awaiting) {
    case Awaiting::Nothing:
        return;
    case Awaiting::Username:
        m_username = line;
        prompt(Awaiting::Password);
        return;
    case Awaiting::Password:
        setEcho(true);
        std::fprintf(stderr, "\n");
        m_password = line;
        if (m_flow->options().rememberMeAllowed) {
            prompt(Awaiting::Remember);
        } else {
            m_awaiting = Awaiting::Nothing;
            m_flow->submitPassword(m_username, std::exchange(m_password, QString()), false);
            render();
        }
        return;
    case Awaiting::Remember:
        m_awaiting = Awaiting::Nothing;
        m_flow->submitPassword(m_username, std::exchange(m_password, QString()),
                               line.startsWith(QLatin1Char('y'), Qt::CaseInsensitive));
        if (m_flow->error().isError()) {
            m_username.clear();
        }
        render();
        return;
    case Awaiting::EnrolUsername:
        m_username = line;
        prompt(Awaiting::EnrolPassword);
        return;
    case Awaiting::EnrolPassword:
        setEcho(true);
        std::fprintf(stderr, "\n");
        m_password = line;
        prompt(Awaiting::EnrolConfirmation);
        return;
    case Awaiting::EnrolConfirmation:
        setEcho(true);
        std::fprintf(stderr, "\n");
        m_awaiting = Awaiting::Nothing;
        m_flow->submitEnrolment(m_username, std::exchange(m_password, QString()), line);
        render();
        return;
    case Awaiting::Phone: {
        m_awaiting = Awaiting::Nothing;
        const QList<Channel> channels = m_flow->offeredChannels();
        m_flow->submitPhone(line, PhoneNumber::defaultRegion(),
                            channels.isEmpty() ? Channel::Sms : channels.first());
        render();
        return;
    }
    case Awaiting::Code:
        m_awaiting = Awaiting::Nothing;
        if (line == QLatin1String("r")) {
            if (!m_flow->canResend()) {
                say(tr("You can ask for a new code in %n second(s).", nullptr, m_flow->resendSecondsLeft()));
            }
            m_flow->resendCode();
        } else if (line == QLatin1String("c")) {
            if (!m_flow->canRequestCall()) {
                say(tr("A call is not available yet."));
            }
            m_flow->requestCall();
        } else if (line == QLatin1String("n")) {
            m_flow->useDifferentNumber();
        } else {
            m_flow->submitCode(line);
        }
        render();
        return;
    }
}

} // namespace latchkey
