#include "sandbox/VerifyEmulator.h"

#include "sandbox/Outbox.h"

#include <QRandomGenerator>
#include <QRegularExpression>

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

bool isEmailAddress(const QString &to)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")));
    return pattern.match(to).hasMatch();
}

const QString pending = QStringLiteral("pending");
const QString approved = QStringLiteral("approved");
const QString canceled = QStringLiteral("canceled");

} // namespace

VerifyEmulator::VerifyEmulator(Clock *clock, Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_outbox(outbox)
{}

QString VerifyEmulator::serviceSid()
{
    return QStringLiteral("VA5a7c0f3e9b2d4e61a8c3f05d7b9e2a14");
}

QString VerifyEmulator::accountSid()
{
    return QStringLiteral("AC0d4b8e2f6a1c9e3b7d5f0a2c4e6b8d1f");
}

QString VerifyEmulator::friendlyName()
{
    return QStringLiteral("Latchkey Sandbox");
}

bool VerifyEmulator::setCodeLength(int length)
{
    if (length < minCodeLength || length > maxCodeLength)
        return false;
    m_codeLength = length;
    return true;
}

VerifyEmulator::Result VerifyEmulator::start(const QString &to, const QString &channelName)
{
    dropExpired();
    Channel channel = Channel::Sms;
    // Twilio also knows "sna" and "auto"; the sandbox has no way to deliver those, so they are refused.
    if (!channelFromWireName(channelName, &channel))
        return failure(400, 60200, QStringLiteral("Invalid parameter: Channel"));
    const bool toIsValid = channel == Channel::Email ? isEmailAddress(to) : isE164(to);
    if (!toIsValid)
        return failure(400, 60200, QStringLiteral("Invalid parameter: To"));

    const QDateTime now = m_clock->now();
    const QString existing = liveSidFor(to);
    if (!existing.isEmpty()) {
        Record &record = m_records[existing];
        // A start must not hand out a fresh code after 5 wrong guesses: that would reset the check limit.
        if (record.locked)
            return failure(429, 60202, QStringLiteral("Max check attempts reached"));
        if (record.verification.sendCodeAttempts.size() >= maxSends)
            return failure(429, 60203, QStringLiteral("Max send attempts reached"));
        // A resend within the validity keeps the code (and the expiry); only the channel may change.
        record.verification.channel = channel;
        record.verification.dateUpdated = now;
        record.verification.sendCodeAttempts.append({randomSid(QLatin1String("VL")), channel, now});
        if (m_outbox)
            m_outbox->deliver(to, channel, record.code);
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
    m_records.insert(verification.sid, record);
    if (m_outbox)
        m_outbox->deliver(to, channel, record.code);
    return {verification, {}};
}

VerifyEmulator::Result VerifyEmulator::check(const QString &to, const QString &verificationSid,
                                             const QString &code)
{
    dropExpired();
    if (to.isEmpty() && verificationSid.isEmpty())
        return failure(400, 60221, QStringLiteral("No target verification specified"));
    if (code.size() < minCodeLength || code.size() > maxCodeLength)
        return failure(400, 60200, QStringLiteral("Invalid parameter: Code"));

    const QString sid = verificationSid.isEmpty() ? liveSidFor(to) : verificationSid;
    const auto it = m_records.find(sid);
    if (it == m_records.end())
        return notFound(QStringLiteral("/Services/%1/VerificationCheck").arg(serviceSid()));
    Record &record = it.value();
    // Chosen: once locked, checks keep answering 429/60202 until the 10 minutes are over, then 20404.
    // That tells the client it is a lockout with a known end, which a bare 20404 would not.
    if (record.locked)
        return failure(429, 60202, QStringLiteral("Max check attempts reached"));

    if (code == record.code) {
        record.verification.status = approved;
        record.verification.dateUpdated = m_clock->now();
        const Verification result = record.verification;
        m_records.erase(it); // approved verifications are soft-deleted: later checks and fetches are 20404
        return {result, {}};
    }
    ++record.wrongChecks;
    if (record.wrongChecks >= maxWrongChecks) {
        record.locked = true;
        return failure(429, 60202, QStringLiteral("Max check attempts reached"));
    }
    return {record.verification, {}}; // a wrong code is a 2xx with status "pending", not an error
}

VerifyEmulator::Result VerifyEmulator::fetch(const QString &sid)
{
    dropExpired();
    const auto it = m_records.constFind(sid);
    // A locked verification counts as soft-deleted (max_attempts_reached) for fetch and update.
    if (it == m_records.cend() || it->locked)
        return notFound(QStringLiteral("/Services/%1/Verifications/%2").arg(serviceSid(), sid));
    return {it->verification, {}};
}

VerifyEmulator::Result VerifyEmulator::update(const QString &sid, const QString &status)
{
    dropExpired();
    if (status != canceled && status != approved)
        return failure(400, 60200, QStringLiteral("Invalid parameter: Status"));
    const auto it = m_records.find(sid);
    if (it == m_records.end() || it->locked)
        return notFound(QStringLiteral("/Services/%1/Verifications/%2").arg(serviceSid(), sid));
    it->verification.status = status;
    it->verification.dateUpdated = m_clock->now();
    const Verification result = it->verification;
    m_records.erase(it); // either way the verification is finished; a new start gets a new code
    return {result, {}};
}

void VerifyEmulator::dropExpired()
{
    const QDateTime now = m_clock->now();
    for (auto it = m_records.begin(); it != m_records.end();) {
        if (now >= it->verification.expiresAt)
            it = m_records.erase(it);
        else
            ++it;
    }
}

QString VerifyEmulator::liveSidFor(const QString &to) const
{
    // Callers drop expired records first, so whatever is left for `to` is live (at most one).
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
        if (it->verification.to == to)
            return it.key();
    }
    return QString();
}

QString VerifyEmulator::newCode() const
{
    QString code;
    code.reserve(m_codeLength);
    for (int i = 0; i < m_codeLength; ++i)
        code.append(QChar(u'0' + QRandomGenerator::system()->bounded(10)));
    return code;
}

VerifyEmulator::Result VerifyEmulator::failure(int httpStatus, int code, const QString &message)
{
    Result result;
    result.error = {httpStatus, code, message};
    return result;
}

VerifyEmulator::Result VerifyEmulator::notFound(const QString &resource)
{
    return failure(404, 20404, QStringLiteral("The requested resource %1 was not found").arg(resource));
}

} // namespace latchkey
