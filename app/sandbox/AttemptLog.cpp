#include "AttemptLog.h"

#include "PhoneNumber.h"

namespace latchkey {

bool AttemptLog::Filter::matches(const Attempt &attempt) const
{
    if (createdAfter.isValid() && attempt.dateCreated < createdAfter) {
        return false;
    }
    if (createdBefore.isValid() && attempt.dateCreated >= createdBefore) {
        return false;
    }
    if (!to.isEmpty() && attempt.to != to) {
        return false;
    }
    if (!country.isEmpty() && attempt.country.compare(country, Qt::CaseInsensitive) != 0) {
        return false;
    }
    if (!destinationPrefix.isEmpty() && !attempt.to.startsWith(destinationPrefix)) {
        return false;
    }
    if (!serviceSid.isEmpty() && attempt.serviceSid != serviceSid) {
        return false;
    }
    if (!verificationSid.isEmpty() && attempt.verificationSid != verificationSid) {
        return false;
    }
    if (channel && attempt.channel != *channel) {
        return false;
    }
    return !converted || attempt.converted == *converted;
}

AttemptLog::AttemptLog(Clock *clock)
    : m_clock(clock)
{}

void AttemptLog::setRetention(int maxAgeDays, qsizetype maxCount)
{
    m_maxAgeDays = qMax(1, maxAgeDays);
    m_maxCount = qMax<qsizetype>(1, maxCount);
    dropOld();
}

void AttemptLog::record(const QString &sid, const QString &verificationSid, const QString &serviceSid,
                        const QString &to, Channel channel, const QString &locale, int codeLength,
                        const QDateTime &verificationExpiresAt)
{
    Attempt attempt;
    attempt.sequence = m_nextSequence++;
    attempt.sid = sid;
    attempt.verificationSid = verificationSid;
    attempt.serviceSid = serviceSid;
    attempt.to = to;
    attempt.channel = channel;
    attempt.locale = locale.isEmpty() ? QStringLiteral("en") : locale;
    attempt.codeLength = codeLength;
    attempt.dateCreated = m_clock->now();
    attempt.dateUpdated = attempt.dateCreated;
    attempt.verificationExpiresAt = verificationExpiresAt;
    attempt.placeFound = channel == Channel::Email; // an address has no country, and email no price
    m_attempts.push_back(attempt);
    m_bySid.insert(attempt.sid, attempt.sequence);
    m_latestByVe.insert(attempt.verificationSid, attempt.sequence);
    dropOld(); // after the push: the count limit holds the new attempt too
}

void AttemptLog::findPlace(Attempt &attempt)
{
    if (!attempt.placeFound) {
        attempt.country = PhoneNumber::countryOf(attempt.to);
        attempt.price = priceOf(attempt.channel, attempt.country);
        attempt.placeFound = true;
    }
}

void AttemptLog::convert(const QString &verificationSid)
{
    Attempt *attempt = bySequence(m_latestByVe.value(verificationSid));
    if (attempt && !attempt->converted) {
        attempt->converted = true;
        attempt->dateUpdated = m_clock->now();
    }
}

std::optional<AttemptLog::Attempt> AttemptLog::find(const QString &sid)
{
    dropOld();
    const auto it = m_bySid.constFind(sid);
    if (it == m_bySid.cend()) {
        return std::nullopt;
    }
    Attempt *attempt = bySequence(*it);
    if (!attempt) {
        return std::nullopt;
    }
    findPlace(*attempt);
    return *attempt;
}

AttemptLog::Page AttemptLog::list(const Filter &filter, quint64 belowSequence, int pageSize)
{
    dropOld();
    Page page;
    for (auto it = m_attempts.rbegin(); it != m_attempts.rend(); ++it) {
        if (belowSequence != 0 && it->sequence >= belowSequence) {
            continue;
        }
        if (!filter.country.isEmpty()) {
            findPlace(*it);
        }
        if (!filter.matches(*it)) {
            continue;
        }
        if (page.attempts.size() == pageSize) {
            page.hasMore = true;
            break;
        }
        findPlace(*it);
        page.attempts.append(*it);
        page.lastSequence = it->sequence;
    }
    return page;
}

AttemptLog::Summary AttemptLog::summarize(const Filter &filter)
{
    dropOld();
    Summary summary;
    for (Attempt &attempt : m_attempts) {
        if (!filter.country.isEmpty()) {
            findPlace(attempt);
        }
        if (filter.matches(attempt)) {
            ++summary.total;
            summary.converted += attempt.converted ? 1 : 0;
        }
    }
    return summary;
}

std::optional<AttemptLog::Price> AttemptLog::priceOf(Channel channel, const QString &country)
{
    // Sandbox figures in USD, in the order of Twilio's list prices; not Twilio's prices (docs/sandbox.md).
    struct Row
    {
        Channel channel;
        const char *country; // nullptr: every other country
        const char *value;
    };
    static const Row table[] = {
        {Channel::Sms, "US", "0.0079"},         {Channel::Sms, "CA", "0.0079"},
        {Channel::Sms, "GB", "0.0400"},         {Channel::Sms, "DE", "0.0900"},
        {Channel::Sms, nullptr, "0.0500"},      {Channel::Call, "US", "0.0140"},
        {Channel::Call, "CA", "0.0140"},        {Channel::Call, "GB", "0.0250"},
        {Channel::Call, "DE", "0.0300"},        {Channel::Call, nullptr, "0.1000"},
        {Channel::WhatsApp, nullptr, "0.0050"},
    };
    for (const Row &row : table) {
        if (row.channel == channel && (!row.country || country == QLatin1String(row.country))) {
            return Price{QString::fromLatin1(row.value), QStringLiteral("usd")};
        }
    }
    return std::nullopt; // email: not priced per attempt
}

void AttemptLog::dropOld()
{
    const QDateTime oldest = m_clock->now().addDays(-m_maxAgeDays);
    while (!m_attempts.empty() && (static_cast<qsizetype>(m_attempts.size()) > m_maxCount ||
                                   m_attempts.front().dateCreated < oldest)) {
        const Attempt &front = m_attempts.front();
        m_bySid.remove(front.sid);
        const auto latest = m_latestByVe.constFind(front.verificationSid);
        if (latest != m_latestByVe.cend() && *latest == front.sequence) {
            m_latestByVe.erase(latest);
        }
        m_attempts.pop_front();
    }
}

AttemptLog::Attempt *AttemptLog::bySequence(quint64 sequence)
{
    if (m_attempts.empty() || sequence < m_attempts.front().sequence) {
        return nullptr;
    }
    const quint64 index = sequence - m_attempts.front().sequence;
    return index < m_attempts.size() ? &m_attempts[index] : nullptr;
}

} // namespace latchkey
