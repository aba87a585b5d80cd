#include "SignInAudit.h"

#include "PhoneNumber.h"

#include <utility>

namespace latchkey {

namespace {

QString stepName(SignInFlow::Step step)
{
    switch (step) {
    case SignInFlow::Step::Password:
        return QStringLiteral("password");
    case SignInFlow::Step::Enrolment:
        return QStringLiteral("enrolment");
    case SignInFlow::Step::Phone:
        return QStringLiteral("phone");
    case SignInFlow::Step::Code:
        return QStringLiteral("code");
    case SignInFlow::Step::Done:
        return QStringLiteral("done");
    }
    return QStringLiteral("other");
}

/** The kind's name as in AuthError.h: stable text for the log's readers. */
QString errorKindName(AuthError::Kind kind)
{
    static const std::pair<AuthError::Kind, const char *> names[] = {
        {AuthError::Kind::None, "None"},
        {AuthError::Kind::InvalidCredentials, "InvalidCredentials"},
        {AuthError::Kind::SessionExpired, "SessionExpired"},
        {AuthError::Kind::InvalidPhoneNumber, "InvalidPhoneNumber"},
        {AuthError::Kind::NumberNotOnFile, "NumberNotOnFile"},
        {AuthError::Kind::WrongCode, "WrongCode"},
        {AuthError::Kind::CodeExpired, "CodeExpired"},
        {AuthError::Kind::TooManyChecks, "TooManyChecks"},
        {AuthError::Kind::TooManySends, "TooManySends"},
        {AuthError::Kind::RateLimited, "RateLimited"},
        {AuthError::Kind::ConcurrentRequests, "ConcurrentRequests"},
        {AuthError::Kind::LandlineNoSms, "LandlineNoSms"},
        {AuthError::Kind::ChannelDisabled, "ChannelDisabled"},
        {AuthError::Kind::DeliveryBlocked, "DeliveryBlocked"},
        {AuthError::Kind::InvalidParameter, "InvalidParameter"},
        {AuthError::Kind::NotAuthorized, "NotAuthorized"},
        {AuthError::Kind::ServiceNotFound, "ServiceNotFound"},
        {AuthError::Kind::UnknownServerError, "UnknownServerError"},
        {AuthError::Kind::ServerError, "ServerError"},
        {AuthError::Kind::BadResponse, "BadResponse"},
        {AuthError::Kind::ResponseTooLarge, "ResponseTooLarge"},
        {AuthError::Kind::Timeout, "Timeout"},
        {AuthError::Kind::HostNotFound, "HostNotFound"},
        {AuthError::Kind::ConnectionRefused, "ConnectionRefused"},
        {AuthError::Kind::TlsFailure, "TlsFailure"},
        {AuthError::Kind::Redirected, "Redirected"},
        {AuthError::Kind::InsecureUrl, "InsecureUrl"},
        {AuthError::Kind::NetworkFailure, "NetworkFailure"},
        {AuthError::Kind::Cancelled, "Cancelled"},
        {AuthError::Kind::ConfigurationProblem, "ConfigurationProblem"},
        {AuthError::Kind::InvalidCode, "InvalidCode"},
    };
    for (const auto &[known, name] : names) {
        if (known == kind) {
            return QString::fromLatin1(name);
        }
    }
    return QString::number(int(kind));
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

SignInAudit::SignInAudit(SignInFlow *flow, Clock *clock, QString mode, Sink sink, QObject *parent)
    : QObject(parent)
    , m_flow(flow)
    , m_clock(clock)
    , m_mode(std::move(mode))
    , m_sink(std::move(sink))
{
    reset();
    connect(flow, &SignInFlow::stepChanged, this, &SignInAudit::onStepChanged);
    connect(flow, &SignInFlow::errorChanged, this, &SignInAudit::onError);
    connect(flow, &SignInFlow::codeSent, this, &SignInAudit::onCodeSent);
    connect(flow, &SignInFlow::finished, this, &SignInAudit::onFinished);
    connect(flow, &SignInFlow::signedOut, this, &SignInAudit::reset);
}

QString SignInAudit::outcomeName(SignInFlow::Outcome outcome)
{
    switch (outcome) {
    case SignInFlow::Outcome::SignedIn:
        return QStringLiteral("signed-in");
    case SignInFlow::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case SignInFlow::Outcome::Failed:
        return QStringLiteral("failed");
    case SignInFlow::Outcome::FailedOpen:
        return QStringLiteral("failed-open");
    }
    return QStringLiteral("failed");
}

void SignInAudit::reset()
{
    m_startedAt = m_clock->now();
    m_stepStartedAt = m_startedAt;
    m_step = m_flow ? m_flow->step() : SignInFlow::Step::Password;
    m_stepMsecs = QJsonObject();
    m_channel.clear();
    m_country.clear();
    m_maskedNumber.clear();
    m_codesSent = 0;
    m_wrongCodes = 0;
    m_fraudGuardBlocks = 0;
    m_rateLimited = 0;
    m_lastError = AuthError();
    m_outcome.clear();
}

void SignInAudit::closeStep()
{
    const QDateTime now = m_clock->now();
    const QString name = stepName(m_step);
    const qint64 spent = qMax<qint64>(0, m_stepStartedAt.msecsTo(now));
    m_stepMsecs.insert(name, m_stepMsecs.value(name).toInteger() + spent);
    m_stepStartedAt = now;
}

void SignInAudit::onStepChanged(SignInFlow::Step step)
{
    if (!m_outcome.isEmpty()) {
        return;
    }
    closeStep();
    m_step = step;
}

void SignInAudit::onError(const AuthError &error)
{
    if (!error.isError() || !m_outcome.isEmpty()) {
        return;
    }
    m_lastError = error;
    switch (error.kind) {
    case AuthError::Kind::WrongCode:
        ++m_wrongCodes;
        break;
    case AuthError::Kind::DeliveryBlocked:
        m_fraudGuardBlocks += error.serverCode == 60410 ? 1 : 0;
        break;
    case AuthError::Kind::RateLimited:
    case AuthError::Kind::TooManySends:
    case AuthError::Kind::TooManyChecks:
    case AuthError::Kind::ConcurrentRequests:
        ++m_rateLimited;
        break;
    default:
        break;
    }
}

void SignInAudit::onCodeSent()
{
    ++m_codesSent;
    m_channel = channelWireName(m_flow->channel());
    m_maskedNumber = m_flow->maskedPhone();
    m_country = PhoneNumber::countryOf(m_maskedNumber);
}

void SignInAudit::onFinished(SignInFlow::Outcome outcome)
{
    if (!m_outcome.isEmpty()) {
        return;
    }
    closeStep();
    m_outcome = outcomeName(outcome);
    if (m_sink) {
        m_sink(record());
    }
}

QJsonObject SignInAudit::record() const
{
    const QDateTime now = m_clock->now();
    QJsonObject record{
        {QStringLiteral("time"), m_startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("mode"), m_mode},
        {QStringLiteral("outcome"), textOrNull(m_outcome)},
        {QStringLiteral("channel"), textOrNull(m_channel)},
        {QStringLiteral("country"), textOrNull(m_country)},
        {QStringLiteral("number"), textOrNull(m_maskedNumber)},
        {QStringLiteral("codesSent"), m_codesSent},
        {QStringLiteral("wrongCodes"), m_wrongCodes},
        {QStringLiteral("fraudGuardBlocks"), m_fraudGuardBlocks},
        {QStringLiteral("rateLimited"), m_rateLimited},
        {QStringLiteral("error"),
         m_lastError.isError() ? QJsonValue(errorKindName(m_lastError.kind)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("errorCode"),
         m_lastError.serverCode != 0 ? QJsonValue(m_lastError.serverCode) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("stepMsecs"), m_stepMsecs},
        {QStringLiteral("totalMsecs"), qMax<qint64>(0, m_startedAt.msecsTo(now))},
    };
    return record;
}

} // namespace latchkey
