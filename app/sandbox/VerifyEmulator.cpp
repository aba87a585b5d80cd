#include "VerifyEmulator.h"

#include "EmailAddress.h"
#include "Outbox.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

namespace latchkey {

namespace {

QString randomSid(QLatin1String prefix)
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return prefix +
           QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

bool isE164(const QString &to)
{
    // [0-9], not \d: QRegularExpression's \d also matches non-ASCII digits, JavaScript's does not.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("\\+[1-9][0-9]{1,14}")));
    return pattern.match(to).hasMatch();
}

bool matchesSid(const QString &sid, QLatin1String prefix)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Z]{2}[0-9a-fA-F]{32}")));
    return sid.startsWith(prefix) && pattern.match(sid).hasMatch();
}

/** Twilio's codes are 4 to 10 characters; the sandbox only ever makes ASCII digits and letters. */
bool isWellFormedCode(const QString &code)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9A-Za-z]{4,10}")));
    return pattern.match(code).hasMatch();
}

const QString pending = QStringLiteral("pending");
const QString approved = QStringLiteral("approved");
const QString canceled = QStringLiteral("canceled");

} // namespace

VerifyEmulator::VerifyEmulator(Clock *clock, Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_outbox(outbox)
    , m_serviceSid(defaultServiceSid())
    , m_accountSid(defaultAccountSid())
    , m_friendlyName(defaultFriendlyName())
    , m_attempts(clock)
{}

QString VerifyEmulator::defaultServiceSid()
{
    return QStringLiteral("VA5a7c0f3e9b2d4e61a8c3f05d7b9e2a14");
}

QString VerifyEmulator::defaultAccountSid()
{
    return QStringLiteral("AC0d4b8e2f6a1c9e3b7d5f0a2c4e6b8d1f");
}

QString VerifyEmulator::defaultFriendlyName()
{
    return QStringLiteral("Latchkey Sandbox");
}

QString VerifyEmulator::landlineNumber()
{
    return QStringLiteral("+12025550100");
}

QString VerifyEmulator::undeliverableNumber()
{
    return QStringLiteral("+12025550101");
}

QString VerifyEmulator::slowDeliveryNumber()
{
    return QStringLiteral("+12025550102");
}

QString VerifyEmulator::fraudBlockedPrefix()
{
    return QStringLiteral("+1202555019");
}

QString VerifyEmulator::geoBlockedPrefix()
{
    return QStringLiteral("+53");
}

bool VerifyEmulator::setServiceSid(const QString &sid)
{
    if (!matchesSid(sid, QLatin1String("VA"))) {
        return false;
    }
    m_serviceSid = sid;
    return true;
}

bool VerifyEmulator::setAccountSid(const QString &sid)
{
    if (!matchesSid(sid, QLatin1String("AC"))) {
        return false;
    }
    m_accountSid = sid;
    return true;
}

void VerifyEmulator::setChannelEnabled(Channel channel, bool enabled)
{
    m_disabledChannels.removeAll(channel);
    if (!enabled) {
        m_disabledChannels.append(channel);
    }
}

bool VerifyEmulator::setCodeLength(int length)
{
    if (length < minCodeLength || length > maxCodeLength) {
        return false;
    }
    m_codeLength = length;
    return true;
}

VerifyEmulator::Result VerifyEmulator::start(const QString &to, const QString &channelName,
                                             const QString &locale)
{
    dropExpired();
    Channel channel = Channel::Sms;
    // Twilio also knows "sna" and "auto"; the sandbox has no way to deliver those, so they are refused.
    if (!channelFromWireName(channelName, &channel)) {
        return failure(400, 60200, QStringLiteral("Invalid parameter: Channel"));
    }
    const bool toIsValid = channel == Channel::Email ? EmailAddress::looksValid(to) : isE164(to);
    if (!toIsValid) {
        return failure(400, 60200, QStringLiteral("Invalid parameter: To"));
    }
    const Error problem = deliveryProblem(to, channel);
    if (problem.code != 0) {
        return failure(problem.httpStatus, problem.code, problem.message);
    }

    const QDateTime now = m_clock->now();
    const QString existing = liveSidFor(to);
    if (!existing.isEmpty()) {
        Record &record = m_records[existing];
        // A start must not hand out a fresh code after 5 wrong guesses: that would reset the check limit.
        if (record.locked) {
            return failure(429, 60202, QStringLiteral("Max check attempts reached"));
        }
        if (record.verification.sendCodeAttempts.size() >= maxSends) {
            return failure(429, 60203, QStringLiteral("Max send attempts reached"));
        }
        // A resend within the validity keeps the code (and the expiry); only the channel may change.
        record.verification.channel = channel;
        record.verification.dateUpdated = now;
        record.verification.sendCodeAttempts.append({randomSid(QLatin1String("VL")), channel, now});
        recordAttempt(record.verification, locale, record.code.size());
        deliver(to, channel, record.code, locale);
        return {record.verification, {}};
    }

    Record record;
    record.code = newCode();
    Verification &verification = record.verification;
    verification.sid = randomSid(QLatin1String("VE"));
    verification.to = to;
    verification.channel = channel;
    verification.status = pending;
    verification.dateCreated = now;
    verification.dateUpdated = now;
    verification.expiresAt = now.addSecs(validitySeconds);
    verification.sendCodeAttempts.append({randomSid(QLatin1String("VL")), channel, now});
    record.expiry = m_expiries.emplace(verification.expiresAt.toMSecsSinceEpoch(), verification.sid);
    m_records.insert(verification.sid, record);
    m_liveSid.insert(to, verification.sid);
    recordAttempt(verification, locale, record.code.size());
    deliver(to, channel, record.code, locale);
    return {verification, {}};
}

VerifyEmulator::Result VerifyEmulator::check(const QString &to, const QString &verificationSid,
                                             const QString &code)
{
    dropExpired();
    if (to.isEmpty() && verificationSid.isEmpty()) {
        return failure(400, 60221, QStringLiteral("No target verification specified"));
    }
    if (!isWellFormedCode(code)) {
        return failure(400, 60200, QStringLiteral("Invalid parameter: Code"));
    }

    const QString sid = verificationSid.isEmpty() ? liveSidFor(to) : verificationSid;
    const auto it = m_records.find(sid);
    if (it == m_records.end()) {
        return notFound(QStringLiteral("/Services/%1/VerificationCheck").arg(m_serviceSid));
    }
    Record &record = it.value();
    // Chosen: once locked, checks keep answering 429/60202 until the 10 minutes are over, then 20404.
    // That tells the client it is a lockout with a known end, which a bare 20404 would not.
    if (record.locked) {
        return failure(429, 60202, QStringLiteral("Max check attempts reached"));
    }

    if (code == record.code) {
        record.verification.status = approved;
        record.verification.dateUpdated = m_clock->now();
        m_attempts.convert(record.verification.sid);
        const Verification result = record.verification;
        erase(it); // approved verifications are soft-deleted: later checks and fetches are 20404
        return {result, {}};
    }
    ++record.wrongChecks;
    if (record.wrongChecks >= maxWrongChecks) {
        record.locked = true;
        return failure(429, 60202, QStringLiteral("Max check attempts reached"));
    }
    return {record.verification, {}}; // a wrong code is a 2xx with status "pending", not an error
}

int VerifyEmulator::checksLeft(const QString &to) const
{
    const auto it = m_records.constFind(liveSidFor(to));
    if (it == m_records.cend() || it->locked) {
        return -1;
    }
    return maxWrongChecks - it->wrongChecks;
}

VerifyEmulator::Result VerifyEmulator::fetch(const QString &sid)
{
    dropExpired();
    const auto it = m_records.constFind(sid);
    // A locked verification counts as soft-deleted (max_attempts_reached) for fetch and update.
    if (it == m_records.cend() || it->locked) {
        return notFound(QStringLiteral("/Services/%1/Verifications/%2").arg(m_serviceSid, sid));
    }
    return {it->verification, {}};
}

VerifyEmulator::Result VerifyEmulator::update(const QString &sid, const QString &status)
{
    dropExpired();
    if (status != canceled && status != approved) {
        return failure(400, 60200, QStringLiteral("Invalid parameter: Status"));
    }
    const auto it = m_records.find(sid);
    if (it == m_records.end() || it->locked) {
        return notFound(QStringLiteral("/Services/%1/Verifications/%2").arg(m_serviceSid, sid));
    }
    it->verification.status = status;
    it->verification.dateUpdated = m_clock->now();
    if (status == approved) {
        m_attempts.convert(it->verification.sid); // an approval by the application converts too
    }
    const Verification result = it->verification;
    erase(it); // either way the verification is finished; a new start gets a new code
    return {result, {}};
}

VerifyEmulator::Error VerifyEmulator::deliveryProblem(const QString &to, Channel channel) const
{
    // The order Twilio's checks would meet them: Service settings, Geo Permissions, Fraud Guard, carrier.
    if (!isChannelEnabled(channel)) {
        return {400, 60223,
                QStringLiteral("Delivery channel disabled: %1").arg(channelWireName(channel).toUpper())};
    }
    if (channel == Channel::Email) {
        return {};
    }
    if (to.startsWith(geoBlockedPrefix())) {
        return {403, 60605, QStringLiteral("Verification delivery attempt blocked")};
    }
    if (to.startsWith(fraudBlockedPrefix())) {
        return {403, 60410, QStringLiteral("Verification delivery attempt blocked")};
    }
    if (to == undeliverableNumber()) {
        return {400, 60006, QStringLiteral("Invalid Phone Number")};
    }
    if (to == landlineNumber() && channel == Channel::Sms) {
        return {403, 60205, QStringLiteral("SMS is not supported by landline phone number")};
    }
    return {};
}

void VerifyEmulator::deliver(const QString &to, Channel channel, const QString &code, const QString &locale)
{
    if (!m_outbox) {
        return;
    }
    if (to != slowDeliveryNumber()) {
        m_outbox->deliver(to, channel, code, locale, m_friendlyName);
        return;
    }
    // A late SMS: the API has answered, the message turns up later. A timer, so nothing waits for it.
    QTimer::singleShot(m_slowDeliveryMsecs, this, [this, to, channel, code, locale] {
        if (m_outbox) {
            m_outbox->deliver(to, channel, code, locale, m_friendlyName);
        }
    });
}

void VerifyEmulator::dropExpired()
{
    // Only the verifications that are over are visited: the cost of a request does not grow with the
    // number of verifications kept.
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    while (!m_expiries.empty() && m_expiries.begin()->first <= now) {
        const auto it = m_records.find(m_expiries.begin()->second);
        if (it == m_records.end()) { // cannot happen: erase() removes the entry with its record
            m_expiries.erase(m_expiries.begin());
            continue;
        }
        erase(it);
    }
}

VerifyEmulator::Records::iterator VerifyEmulator::erase(Records::iterator it)
{
    const auto live = m_liveSid.constFind(it->verification.to);
    if (live != m_liveSid.cend() && *live == it.key()) {
        m_liveSid.erase(live);
    }
    m_expiries.erase(it->expiry);
    return m_records.erase(it);
}

QString VerifyEmulator::liveSidFor(const QString &to) const
{
    // Callers drop expired records first, so the one indexed for `to` is live.
    return m_liveSid.value(to);
}

void VerifyEmulator::recordAttempt(const Verification &verification, const QString &locale,
                                   qsizetype codeLength)
{
    m_attempts.record(verification.sendCodeAttempts.constLast().attemptSid, verification.sid, m_serviceSid,
                      verification.to, verification.channel, locale, static_cast<int>(codeLength),
                      verification.expiresAt);
}

QString VerifyEmulator::newCode() const
{
    QString code;
    code.reserve(m_codeLength);
    for (int i = 0; i < m_codeLength; ++i) {
        code.append(QChar(u'0' + QRandomGenerator::system()->bounded(10)));
    }
    return code;
}

VerifyEmulator::Result VerifyEmulator::failure(int httpStatus, int code, const QString &message)
{
    Result result;
    result.error = {httpStatus, code, message};
    return result;
}

VerifyEmulator::Result VerifyEmulator::notFound(const QString &resource) const
{
    return failure(404, 20404, QStringLiteral("The requested resource %1 was not found").arg(resource));
}

} // namespace latchkey
