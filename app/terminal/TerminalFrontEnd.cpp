#include "TerminalFrontEnd.h"

#include "PhoneNumber.h"
#include "SecretWipe.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace latchkey {

namespace {

/** The letter that answers "yes" in this language; the English "y" is always understood too. */
QString yesLetter()
{
    return TerminalFrontEnd::tr("y", "the answer yes to a [y/N] question: one lower-case letter");
}

QString noLetter()
{
    return TerminalFrontEnd::tr("n", "the answer no to a [y/N] question: one lower-case letter");
}

/** A one-letter command matches its translated letter or the English one. */
bool isCommand(const QString &line, const QString &translated, QLatin1Char english)
{
    return line.compare(translated, Qt::CaseInsensitive) == 0 ||
           line.compare(QString(english), Qt::CaseInsensitive) == 0;
}

/** "[Y/n]" or "[y/N]": the capital is what an empty answer means. */
QString yesNoChoice(bool byDefault)
{
    return byDefault ? QStringLiteral("[%1/%2]").arg(yesLetter().toUpper(), noLetter())
                     : QStringLiteral("[%1/%2]").arg(yesLetter(), noLetter().toUpper());
}

/** Yes, no, or nothing for an answer that is neither (asked again rather than taken as no). */
std::optional<bool> yesNoAnswer(const QString &line, bool byDefault)
{
    const QString answer = line.trimmed();
    if (answer.isEmpty()) {
        return byDefault;
    }
    const QString yesWord = TerminalFrontEnd::tr("yes", "the whole word for yes to a [y/N] question");
    const QString noWord = TerminalFrontEnd::tr("no", "the whole word for no to a [y/N] question");
    if (isCommand(answer, yesLetter(), QLatin1Char('y')) ||
        answer.compare(yesWord, Qt::CaseInsensitive) == 0 ||
        answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    if (isCommand(answer, noLetter(), QLatin1Char('n')) || answer.compare(noWord, Qt::CaseInsensitive) == 0 ||
        answer.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0) {
        return false;
    }
    return std::nullopt;
}

QString resendLetter()
{
    return TerminalFrontEnd::tr("r", "code prompt: the letter that asks for a new code");
}

QString callLetter()
{
    return TerminalFrontEnd::tr("c", "code prompt: the letter that asks for a phone call");
}

QString textLetter()
{
    return TerminalFrontEnd::tr("t", "code prompt after a call: the letter that asks for the code by SMS");
}

QString emailLetter()
{
    return TerminalFrontEnd::tr(
        "e", "phone and code prompts: the letter that sends the code to the address on file");
}

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Sms:
        return TerminalFrontEnd::tr("SMS");
    case Channel::Call:
        return TerminalFrontEnd::tr("phone call");
    case Channel::WhatsApp:
        return TerminalFrontEnd::tr("WhatsApp");
    case Channel::Email:
        break; // never offered for a phone number (channelChoices): "e" at the phone prompt instead
    }
    return QString();
}

QString differentNumberLetter()
{
    return TerminalFrontEnd::tr("n", "code prompt: the letter that goes back to enter a different number");
}

} // namespace

TerminalFrontEnd::TerminalFrontEnd(SignInFlow *flow, Console *console, QObject *parent)
    : QObject(parent)
    , m_flow(flow)
    , m_console(console)
{
    // A request that takes long is said once, so the terminal never looks stuck.
    connect(m_flow, &SignInFlow::waitingLongChanged, this, [this](bool waitingLong) {
        if (waitingLong) {
            say(tr("Still waiting for the server…"));
        }
    });
    connect(m_console, &Console::lineRead, this, &TerminalFrontEnd::onLine);
    connect(m_console, &Console::endOfInput, this, &TerminalFrontEnd::onEndOfInput);
    connect(m_flow, &SignInFlow::stepChanged, this, &TerminalFrontEnd::render);
    // A sign-in that waited for the Remember me answer ends with it: said before anyone acts on the end.
    connect(m_flow, &SignInFlow::finished, this, [this](SignInFlow::Outcome outcome) {
        if (outcome == SignInFlow::Outcome::SignedIn) {
            sayDone();
        }
    });
    connect(m_flow, &SignInFlow::busyChanged, this, &TerminalFrontEnd::render);
    connect(m_flow, &SignInFlow::lockoutSecondsLeftChanged, this,
            &TerminalFrontEnd::onLockoutSecondsLeftChanged);
    // Where the code went is said once per code: a resend is confirmed by the flow's notice instead, and a
    // wrong code reprints nothing that reads like a new code.
    connect(m_flow, &SignInFlow::codeSent, this, [this](bool resent) { m_sentToSay = !resent; });
    connect(m_flow, &SignInFlow::noticeChanged, this, [this](const QString &notice) {
        if (!notice.isEmpty()) {
            say(notice);
        }
    });
}

TerminalFrontEnd::~TerminalFrontEnd()
{
    m_console->setEcho(true);
}

void TerminalFrontEnd::say(const QString &text)
{
    m_console->printError(text);
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
    m_console->startReading();
    m_flow->start();
    render();
}

void TerminalFrontEnd::prompt(Awaiting awaiting)
{
    m_awaiting = awaiting;
    QString text;
    switch (awaiting) {
    case Awaiting::Nothing:
    case Awaiting::Wait:
        return;
    case Awaiting::Username:
        text = tr("Username: ");
        break;
    case Awaiting::Password:
        text = tr("Password: ");
        m_console->setEcho(false);
        break;
    case Awaiting::Remember:
        text = tr("Remember me on this computer? %1 ").arg(yesNoChoice(m_flow->rememberMeSuggested()));
        break;
    case Awaiting::RememberDevice:
        text = tr("Remember this device for %n day(s) (skips the code, never the password)? %1 ", nullptr,
                  m_flow->rememberDeviceDays())
                   .arg(yesNoChoice(false));
        break;
    case Awaiting::EnrolUsername:
        text = tr("Choose a username: ");
        break;
    case Awaiting::EnrolPassword:
        text = tr("Choose a password (at least %n characters): ", nullptr, SignInFlow::minimumPasswordLength);
        m_console->setEcho(false);
        break;
    case Awaiting::EnrolConfirmation:
        text = tr("Type the password again: ");
        m_console->setEcho(false);
        break;
    case Awaiting::Phone:
        if (offersEmail()) {
            say(tr("Or type %1 to get the code by email at %2.")
                    .arg(emailLetter(), m_flow->maskedEmailOnFile()));
        }
        if (m_flow->isPhoneNumberLocked()) {
            text = tr("Phone number [%1] (set by your organisation; press Enter): ")
                       .arg(m_flow->maskedPrefilledNumber());
            break;
        }
        if (m_flow->canSendToPrefilledNumber()) {
            // Enter accepts the number on file or the last one; the full number never appears here.
            text = tr("Phone number [%1]: ").arg(m_flow->maskedPrefilledNumber());
            break;
        }
        if (!m_flow->maskedNumberOnFile().isEmpty()) {
            say(tr("Number on file: %1").arg(m_flow->maskedNumberOnFile()));
        }
        // National numbers are taken too (in this computer's region), so the prompt does not ask for "+".
        text = m_flow->isChangingNumber() ? tr("New phone number (national, or + and country code): ")
                                          : tr("Phone number (national, or + and country code): ");
        break;
    case Awaiting::NewNumberChannel: {
        QStringList choices;
        const QList<Channel> channels = channelChoices();
        for (int i = 0; i < channels.size(); ++i) {
            choices << QStringLiteral("%1 = %2").arg(i + 1).arg(channelName(channels.at(i)));
        }
        text = tr("Send the code by (%1) [1]: ").arg(choices.join(QStringLiteral(", ")));
        break;
    }
    case Awaiting::Code:
        if (std::exchange(m_sentToSay, false)) {
            say(sentText());
        }
        text = tr("Code (%1): ").arg(codeActions().join(QStringLiteral(", ")));
        break;
    }
    m_console->prompt(text);
    deliverQueuedLine();
}

QStringList TerminalFrontEnd::codeActions() const
{
    const Channel channel = m_flow->channel();
    QStringList actions;
    actions << (channel == Channel::Call ? tr("%1 = call again") : tr("%1 = resend")).arg(resendLetter());
    if (m_flow->offersCallInstead()) {
        actions << tr("%1 = call me").arg(callLetter());
    }
    if (m_flow->offersTextInstead()) {
        actions << tr("%1 = text me").arg(textLetter());
    }
    if (m_flow->offersEmailInstead()) {
        actions << tr("%1 = email me").arg(emailLetter());
    }
    actions << tr("%1 = different number").arg(differentNumberLetter());
    return actions;
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
    if (m_awaiting == Awaiting::Wait) {
        // Lines typed while waiting keep for the prompt that follows; the end of the input (Ctrl+D) leaves:
        // nobody will be there to answer when the wait is over.
        if (m_inputEnded) {
            m_awaiting = Awaiting::Nothing;
            m_flow->cancel();
        }
        return;
    }
    if (!m_queuedLines.isEmpty()) {
        // Any line may be a password or a code: wiped once answered (when nothing else holds it).
        QString line = m_queuedLines.takeFirst();
        answer(line);
        wipeSecret(line);
    } else if (m_inputEnded) {
        // Input ended while a question was open: nobody is left to answer it.
        m_console->setEcho(true);
        m_console->prompt(QStringLiteral("\n"));
        m_awaiting = Awaiting::Nothing;
        m_flow->cancel();
    }
}

void TerminalFrontEnd::render()
{
    if (m_flow->isRememberMeOpen()) {
        // Asked right after the password was accepted, before the next step's prompt: a wrong password is
        // never preceded by it, the question sits next to the password it is about, and the code is already
        // on its way while it is answered. At the very end it would stand between the user and "Signed in".
        if (m_awaiting != Awaiting::Remember) {
            prompt(Awaiting::Remember);
        }
        return;
    }
    if (m_flow->isBusy() || m_flow->isFinished()) {
        if (m_flow->step() == SignInFlow::Step::Done) {
            sayDone();
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
    case SignInFlow::Step::Code:
        if (m_flow->lockoutSecondsLeft() > 0) {
            waitForLockout();
            return;
        }
        prompt(m_flow->step() == SignInFlow::Step::Phone ? Awaiting::Phone : Awaiting::Code);
        return;
    case SignInFlow::Step::Done:
        return;
    }
}

void TerminalFrontEnd::sayDone()
{
    if (std::exchange(m_signedInSaid, true)) {
        return;
    }
    if (m_flow->isFailedOpen()) {
        say(tr("Let in WITHOUT a code: the code service could not be reached, and your organisation "
               "allows this (fail-open). This is not a full sign-in."));
        return;
    }
    // A login answer without a display name: the username, or no name at all.
    const QString name = m_flow->displayName().isEmpty() ? m_flow->username() : m_flow->displayName();
    say(name.isEmpty() ? tr("Signed in.") : tr("Signed in as %1.").arg(name));
}

void TerminalFrontEnd::answer(const QString &line)
{
    switch (m_awaiting) {
    case Awaiting::Nothing:
    case Awaiting::Wait:
        return;
    case Awaiting::Username:
        m_username = line;
        prompt(Awaiting::Password);
        return;
    case Awaiting::Password:
        m_console->setEcho(true);
        m_console->prompt(QStringLiteral("\n"));
        m_password = line;
        submitPassword();
        return;
    case Awaiting::Remember: {
        const std::optional<bool> remember = yesNoAnswer(line, m_flow->rememberMeSuggested());
        if (!remember) {
            say(tr("Answer %1 or %2.").arg(yesLetter(), noLetter()));
            prompt(Awaiting::Remember);
            return;
        }
        m_awaiting = Awaiting::Nothing;
        m_flow->setRememberMe(*remember);
        render();
        return;
    }
    case Awaiting::EnrolUsername:
        m_username = line;
        prompt(Awaiting::EnrolPassword);
        return;
    case Awaiting::EnrolPassword:
        m_console->setEcho(true);
        m_console->prompt(QStringLiteral("\n"));
        m_password = line;
        prompt(Awaiting::EnrolConfirmation);
        return;
    case Awaiting::EnrolConfirmation: {
        m_console->setEcho(true);
        m_console->prompt(QStringLiteral("\n"));
        m_awaiting = Awaiting::Nothing;
        QString password = std::exchange(m_password, QString());
        m_flow->submitEnrolment(m_username, password, line);
        wipeSecret(password);
        render();
        return;
    }
    case Awaiting::Phone: {
        m_awaiting = Awaiting::Nothing;
        if (m_flow->isChangingNumber() && channelChoices().size() > 1) {
            m_newNumber = line;
            prompt(Awaiting::NewNumberChannel);
            return;
        }
        if (offersEmail() && isCommand(line, emailLetter(), QLatin1Char('e'))) {
            m_flow->submitEmailOnFile();
            render();
            return;
        }
        const QList<Channel> channels = channelChoices();
        const Channel channel = channels.isEmpty() ? Channel::Sms : channels.first();
        if (m_flow->isPhoneNumberLocked() || (line.isEmpty() && m_flow->canSendToPrefilledNumber())) {
            m_flow->submitPrefilledNumber(channel);
        } else {
            m_flow->submitPhone(line, PhoneNumber::defaultRegion(), channel);
        }
        render();
        return;
    }
    case Awaiting::Code:
        m_awaiting = Awaiting::Nothing;
        if (isCommand(line, resendLetter(), QLatin1Char('r'))) {
            if (!m_flow->canResend()) {
                say(tr("You can ask for a new code in %n second(s).", nullptr, m_flow->resendSecondsLeft()));
            }
            m_flow->resendCode();
        } else if (isCommand(line, callLetter(), QLatin1Char('c'))) {
            if (!m_flow->canRequestCall()) {
                say(tr("A call is not available yet."));
            }
            m_flow->requestCall();
        } else if (m_flow->offersTextInstead() && isCommand(line, textLetter(), QLatin1Char('t'))) {
            if (!m_flow->canRequestText()) {
                say(tr("You can ask for a new code in %n second(s).", nullptr, m_flow->resendSecondsLeft()));
            }
            m_flow->requestText();
        } else if (m_flow->offersEmailInstead() && isCommand(line, emailLetter(), QLatin1Char('e'))) {
            if (!m_flow->canRequestEmail()) {
                say(tr("You can ask for a new code in %n second(s).", nullptr, m_flow->resendSecondsLeft()));
            }
            m_flow->requestEmail();
        } else if (isCommand(line, differentNumberLetter(), QLatin1Char('n'))) {
            m_flow->useDifferentNumber();
        } else if (m_flow->isRememberDeviceOffered() && !m_rememberDeviceAsked) {
            // Asked before the check: the answer goes with the code to the server.
            m_rememberDeviceAsked = true;
            m_typedCode = line;
            prompt(Awaiting::RememberDevice);
            return;
        } else {
            m_flow->submitCode(line);
        }
        render();
        return;
    case Awaiting::RememberDevice: {
        const std::optional<bool> remember = yesNoAnswer(line, false);
        if (!remember) {
            say(tr("Answer %1 or %2.").arg(yesLetter(), noLetter()));
            prompt(Awaiting::RememberDevice);
            return;
        }
        m_awaiting = Awaiting::Nothing;
        m_flow->setRememberDevice(*remember);
        QString code = std::exchange(m_typedCode, QString());
        m_flow->submitCode(code);
        wipeSecret(code);
        render();
        return;
    }
    case Awaiting::NewNumberChannel: {
        const QList<Channel> channels = channelChoices();
        bool ok = line.isEmpty();
        const int choice = ok ? 1 : line.toInt(&ok);
        if (!ok || choice < 1 || choice > channels.size()) {
            prompt(Awaiting::NewNumberChannel); // asked again; nothing was sent
            return;
        }
        m_awaiting = Awaiting::Nothing;
        m_flow->submitPhone(std::exchange(m_newNumber, QString()), PhoneNumber::defaultRegion(),
                            channels.at(choice - 1));
        render();
        return;
    }
    }
}

void TerminalFrontEnd::submitPassword()
{
    m_awaiting = Awaiting::Nothing;
    QString password = std::exchange(m_password, QString());
    m_flow->submitPassword(m_username, password);
    wipeSecret(password);
    if (m_flow->error().isError()) {
        m_username.clear();
    }
    render();
}

void TerminalFrontEnd::waitForLockout()
{
    if (m_awaiting == Awaiting::Wait) {
        return; // said once; the line below is not repeated every second
    }
    m_awaiting = Awaiting::Wait;
    const QDateTime endsAt = m_flow->lockoutEndsAt().toLocalTime();
    say(tr("Nothing will be sent before %1 (in %n minute(s)). Press Ctrl+D to stop waiting.", nullptr,
           (m_flow->lockoutSecondsLeft() + 59) / 60)
            .arg(QLocale().toString(endsAt.time(), QLocale::ShortFormat)));
    deliverQueuedLine(); // input may already have ended
}

void TerminalFrontEnd::onLockoutSecondsLeftChanged(int seconds)
{
    if (seconds > 0 || m_awaiting != Awaiting::Wait) {
        return;
    }
    m_awaiting = Awaiting::Nothing;
    say(tr("The wait is over."));
    render();
}

bool TerminalFrontEnd::offersEmail() const
{
    return !m_flow->isChangingNumber() && m_flow->offeredChannels().contains(Channel::Email);
}

QList<Channel> TerminalFrontEnd::channelChoices() const
{
    QList<Channel> channels = m_flow->offeredChannels();
    channels.removeAll(Channel::Email); // the answer is a phone number
    const Channel preferred = m_flow->options().defaultChannel;
    if (channels.removeOne(preferred)) {
        channels.prepend(preferred);
    }
    return channels;
}

QString TerminalFrontEnd::sentText() const
{
    // One whole sentence per channel, so translators never get a channel's wire name inside a sentence.
    const QString to = m_flow->maskedDestination();
    switch (m_flow->channel()) {
    case Channel::Sms:
        return tr("A code was sent by SMS to %1.").arg(to);
    case Channel::Call:
        return tr("You are getting a call to %1 that reads out the code.").arg(to);
    case Channel::WhatsApp:
        return tr("A code was sent by WhatsApp to %1.").arg(to);
    case Channel::Email:
        return tr("A code was sent by email to %1.").arg(to);
    }
    return QString();
}

} // namespace latchkey
