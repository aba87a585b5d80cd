#include "BackendEmulator.h"

#include "EmailAddress.h"
#include "UsageStats.h"
#include "VerifyEmulator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace latchkey {

namespace {

QString newSessionId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

QString newDeviceToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

BackendEmulator::Reply error(int status, const QString &message)
{
    return {status, QJsonObject{{QStringLiteral("error"), message}}};
}

BackendEmulator::Reply notSignedIn()
{
    return error(401, QStringLiteral("Not signed in"));
}

BackendEmulator::Reply notRegistered()
{
    return error(403, QStringLiteral("This number is not registered for your account"));
}

/** The seed answers a failed Twilio call with 500 {error}; the sandbox adds Twilio's code for clients. */
BackendEmulator::Reply verifyFailure(const VerifyEmulator::Error &failure)
{
    return {500,
            QJsonObject{{QStringLiteral("error"), failure.message}, {QStringLiteral("code"), failure.code}}};
}

} // namespace

BackendEmulator::BackendEmulator(VerifyEmulator *verify, QObject *parent)
    : QObject(parent)
    , m_verify(verify)
{
    m_accounts.append(demoAccount());
}

DemoAccount BackendEmulator::demoAccount()
{
    DemoAccount account{QStringLiteral("demo"), QStringLiteral("latchkey-demo"), QStringLiteral("Demo User"),
                        QStringLiteral("+12025550142")};
    account.email = QStringLiteral("demo@example.com");
    account.admin = true; // the sandbox's own figures are no secret
    return account;
}

void BackendEmulator::addAccount(const DemoAccount &account)
{
    for (DemoAccount &existing : m_accounts) {
        if (existing.username == account.username) {
            existing = account;
            return;
        }
    }
    m_accounts.append(account);
}

QStringList BackendEmulator::channels()
{
    return {QStringLiteral("sms"), QStringLiteral("call"), QStringLiteral("whatsapp")};
}

QString BackendEmulator::maskedPhone(const QString &e164)
{
    if (e164.size() < 5 || !e164.startsWith(u'+')) {
        return QStringLiteral("••••");
    }
    // Without libphonenumber the country code length is a guess: 1 digit for NANP, else 2.
    const int countryDigits = e164.at(1) == u'1' ? 1 : 2;
    const QString national = e164.mid(1 + countryDigits);
    const QString hidden = QString(national.size() - 2, u'•') + national.right(2);
    QStringList groups;
    for (qsizetype i = 0; i < hidden.size(); i += 3) {
        groups.append(hidden.mid(i, 3));
    }
    // A short tail joins the previous group, so "+1" numbers read "••• ••• ••42".
    if (groups.size() > 1 && groups.last().size() < 3) {
        groups[groups.size() - 2].append(groups.takeLast());
    }
    return e164.left(1 + countryDigits) + u' ' + groups.join(u' ');
}

BackendEmulator::Reply BackendEmulator::login(const QString &username, const QString &password,
                                              QString *sessionId, const QString &deviceToken)
{
    if (username.isEmpty() || password.isEmpty()) {
        return error(400, QStringLiteral("Username and password are required"));
    }
    for (const DemoAccount &account : std::as_const(m_accounts)) {
        if (account.username == username && account.password == password) {
            const QString id = newSessionId();
            Session session{account.username, false, QByteArray()};
            Reply reply = signedInReply(account, QStringLiteral("Signed in"));
            if (!deviceToken.isEmpty()) {
                // Only after the password: a device token alone never signs anyone in.
                const QByteArray hash = tokenHash(deviceToken);
                const auto trust = m_deviceTokens.constFind(hash);
                const bool trusted = account.deviceTrustDays > 0 && trust != m_deviceTokens.cend() &&
                                     trust->username == account.username &&
                                     m_verify->clock()->now() < trust->expiresAt;
                if (trust != m_deviceTokens.cend() && !trusted) {
                    m_deviceTokens.remove(hash); // expired (or revoked with the account's trust)
                }
                session.verified = trusted;
                session.deviceTokenHash = trusted ? hash : QByteArray();
                reply.body.insert(QStringLiteral("deviceTrusted"), trusted);
            }
            m_sessions.insert(id, session);
            if (sessionId) {
                *sessionId = id;
            }
            return reply;
        }
    }
    // One message for an unknown user and a wrong password, so neither can be probed.
    return error(401, QStringLiteral("Invalid username or password"));
}

BackendEmulator::Reply BackendEmulator::currentSession(const QString &sessionId) const
{
    const DemoAccount *account = accountFor(sessionId);
    if (!account) {
        return notSignedIn();
    }
    return signedInReply(*account, QStringLiteral("Signed in"));
}

BackendEmulator::Reply BackendEmulator::sendCode(const QString &sessionId, const QString &requestedNumber,
                                                 const QString &channel, const QString &locale,
                                                 Destination destination)
{
    const DemoAccount *account = accountFor(sessionId);
    if (!account) {
        return notSignedIn();
    }
    QString to;
    QString verifyChannel = channel.isEmpty() ? QStringLiteral("sms") : channel;
    if (destination == Destination::EmailOnFile) {
        if (account->email.isEmpty()) {
            return error(400, QStringLiteral("No email address on file"));
        }
        to = account->email;
        verifyChannel = QStringLiteral("email");
    } else {
        to = destination == Destination::NumberOnFile ? account->phone : requestedNumber;
        static const QRegularExpression e164(
            QRegularExpression::anchoredPattern(QStringLiteral("\\+[1-9][0-9]{1,14}")));
        if (to.isEmpty() || !e164.match(to).hasMatch()) {
            return error(400, QStringLiteral("Invalid phone number. Use E.164 format (+1234567890)"));
        }
        if (to != account->phone) {
            return notRegistered();
        }
        if (verifyChannel == QLatin1String("email")) {
            return error(400, QStringLiteral("Email goes to the address on file only"));
        }
    }

    // As the reference backend does: a locale Verify could refuse is left out rather than passed on.
    static const QRegularExpression localeTag(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z]{2,3}(-[A-Za-z]{2,4})?")));
    const QString verifyLocale = localeTag.match(locale).hasMatch() ? locale : QString();
    const VerifyEmulator::Result result = m_verify->start(to, verifyChannel, verifyLocale);
    if (!result.ok()) {
        noteRefusal(result.error);
        return verifyFailure(result.error);
    }
    return {200,
            QJsonObject{{QStringLiteral("message"), QStringLiteral("Verification code sent successfully")},
                        {QStringLiteral("status"), result.verification.status},
                        {QStringLiteral("channel"), channelWireName(result.verification.channel)}}};
}

BackendEmulator::Reply BackendEmulator::verifyCode(const QString &sessionId, const QString &requestedNumber,
                                                   const QString &code, Destination destination,
                                                   bool rememberDevice)
{
    if ((requestedNumber.isEmpty() && destination == Destination::RequestedNumber) || code.isEmpty()) {
        return error(400, QStringLiteral("Phone number and verification code are required"));
    }
    const DemoAccount *account = accountFor(sessionId);
    if (!account) {
        return notSignedIn();
    }
    const QString to = destination == Destination::EmailOnFile    ? account->email
                       : destination == Destination::NumberOnFile ? account->phone
                                                                  : requestedNumber;
    // The binding holds here too: a session may only complete a verification of its own number or address.
    if (to.isEmpty() || (destination == Destination::RequestedNumber && to != account->phone)) {
        return notRegistered();
    }

    const VerifyEmulator::Result result = m_verify->check(to, QString(), code);
    if (!result.ok()) {
        noteRefusal(result.error);
        return verifyFailure(result.error);
    }
    if (result.verification.status == QLatin1String("approved")) {
        m_sessions[sessionId].verified = true;
        QJsonObject body{{QStringLiteral("message"), QStringLiteral("Phone number verified successfully")},
                         {QStringLiteral("verified"), true}};
        if (rememberDevice && account->deviceTrustDays > 0) {
            const QString token = newDeviceToken();
            const QDateTime expiresAt = m_verify->clock()->now().addDays(account->deviceTrustDays);
            m_deviceTokens.insert(tokenHash(token), DeviceTrust{account->username, expiresAt});
            m_sessions[sessionId].deviceTokenHash = tokenHash(token);
            body.insert(QStringLiteral("deviceToken"), token);
            body.insert(QStringLiteral("deviceTokenExpiresAt"), expiresAt.toUTC().toString(Qt::ISODate));
        }
        return {200, body};
    }
    QJsonObject wrong{{QStringLiteral("error"), QStringLiteral("Invalid verification code")},
                      {QStringLiteral("verified"), false}};
    // Extension: how many more codes this verification takes (Verify's limit of five checks).
    if (const int left = m_verify->checksLeft(to); left >= 0) {
        wrong.insert(QStringLiteral("attemptsLeft"), left);
    }
    return {400, wrong};
}

BackendEmulator::Reply BackendEmulator::logout(const QString &sessionId, bool forgetDevice)
{
    const auto session = m_sessions.constFind(sessionId);
    if (forgetDevice && session != m_sessions.cend() && !session->deviceTokenHash.isEmpty()) {
        m_deviceTokens.remove(session->deviceTokenHash);
    }
    m_sessions.remove(sessionId); // signing out twice is not an error
    return {200, QJsonObject{{QStringLiteral("message"), QStringLiteral("Signed out")}}};
}

int BackendEmulator::validDeviceTokenCount() const
{
    const QDateTime now = m_verify->clock()->now();
    int count = 0;
    for (const DeviceTrust &trust : m_deviceTokens) {
        if (now < trust.expiresAt) {
            ++count;
        }
    }
    return count;
}

bool BackendEmulator::isVerified(const QString &sessionId) const
{
    const auto it = m_sessions.constFind(sessionId);
    return it != m_sessions.cend() && it->verified;
}

BackendEmulator::Reply BackendEmulator::signedInReply(const DemoAccount &account,
                                                      const QString &message) const
{
    QJsonObject capabilities{{QStringLiteral("channels"), QJsonArray::fromStringList(channels())},
                             {QStringLiteral("locale"), true},
                             {QStringLiteral("codeLength"), m_verify->codeLength()},
                             {QStringLiteral("numberOnFile"), maskedPhone(account.phone)},
                             {QStringLiteral("sendsToNumberOnFile"), account.sendsToNumberOnFile}};
    if (!account.email.isEmpty()) {
        QJsonArray offered = capabilities.value(QStringLiteral("channels")).toArray();
        offered.append(QStringLiteral("email"));
        capabilities.insert(QStringLiteral("channels"), offered);
        capabilities.insert(QStringLiteral("emailOnFile"), EmailAddress::masked(account.email));
    }
    if (account.admin) {
        capabilities.insert(QStringLiteral("stats"), true);
    }
    if (account.deviceTrustDays > 0) {
        capabilities.insert(QStringLiteral("deviceTrust"),
                            QJsonObject{{QStringLiteral("days"), account.deviceTrustDays}});
    }
    return {200, QJsonObject{{QStringLiteral("message"), message},
                             {QStringLiteral("username"), account.username},
                             {QStringLiteral("displayName"), account.displayName},
                             {QStringLiteral("capabilities"), capabilities}}};
}

void BackendEmulator::noteRefusal(const VerifyEmulator::Error &error)
{
    if (error.code == 60410 || error.httpStatus == 429) {
        m_refusals.emplace_back(m_verify->clock()->now(), error.code == 60410);
        if (m_refusals.size() > 10000) {
            m_refusals.pop_front();
        }
    }
}

BackendEmulator::Reply BackendEmulator::stats(const QString &sessionId, const QString &sinceText,
                                              const QString &untilText) const
{
    const DemoAccount *account = accountFor(sessionId);
    if (!account || !isVerified(sessionId)) {
        return error(401, QStringLiteral("Sign in with both factors first"));
    }
    if (!account->admin) {
        return error(403, QStringLiteral("Only administrators may read the figures"));
    }
    const QDateTime now = m_verify->clock()->now().toUTC();
    const auto read = [](const QString &text, const QDateTime &fallback) {
        return text.isEmpty() ? fallback : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    };
    const QDateTime until = read(untilText, now);
    const QDateTime since = read(sinceText, until.addDays(-30));
    if (!since.isValid() || !until.isValid() || since >= until) {
        return error(400, QStringLiteral("since and until must be ISO 8601 times, since before until"));
    }
    UsageStats stats;
    stats.since = since;
    stats.until = until;
    AttemptLog::Filter filter;
    filter.serviceSid = m_verify->serviceSid();
    filter.createdAfter = since;
    filter.createdBefore = until;
    const AttemptLog::Page page = m_verify->attempts().list(filter, 0, int(AttemptLog::defaultMaxCount));
    for (const AttemptLog::Attempt &attempt : page.attempts) {
        stats.add(channelWireName(attempt.channel), attempt.country, attempt.converted);
        if (attempt.price) {
            stats.addPrice(attempt.price->value, attempt.price->currency);
        }
    }
    for (const auto &[when, fraud] : m_refusals) {
        if (when >= since && when < until) {
            ++(fraud ? stats.fraudGuardBlocks : stats.rateLimited);
        }
    }
    stats.sortRows();
    QJsonObject body = stats.toJson();
    body.remove(QStringLiteral("source"));
    return {200, body};
}

const DemoAccount *BackendEmulator::accountFor(const QString &sessionId) const
{
    const auto session = m_sessions.constFind(sessionId);
    if (sessionId.isEmpty() || session == m_sessions.cend()) {
        return nullptr;
    }
    for (const DemoAccount &account : m_accounts) {
        if (account.username == session->username) {
            return &account;
        }
    }
    return nullptr;
}

} // namespace latchkey
