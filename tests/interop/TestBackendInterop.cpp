// Latchkey's backend mode against real Express backends on Node: the seed-exact one (the Twilio Verify
// guide's code as written) and the reference backend shipped in examples/. Both use the official twilio
// SDK, pointed at latchkey-sandbox's Verify API; Latchkey signs in through BackendAuthService over HTTP.

#include "BackendAuthService.h"
#include "HttpClient.h"
#include "TestNumbers.h"
#include "VerifyEmulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sodium.h>
#include <sys/types.h>

using namespace latchkey;

namespace {

constexpr int startTimeoutMs = 30000;
constexpr int answerTimeoutMs = 15000;
const QString seedLimiterText = QStringLiteral("Too many verification attempts, please try again later.");
const QString referenceLimiterText = QStringLiteral("Too many codes were requested. Please try again later.");
// The reference backend's user with an address on file (the demo user has none).
const QString mailUsername = QStringLiteral("erin");
const QString mailAddress = QStringLiteral("erin@example.org");
const QString mailPhone = QStringLiteral("+12025550147");

/**
 * A child process whose stdout announces key=value facts (and, for latchkey-sandbox, its outbox as
 * "message={json}" lines); stderr is kept for diagnostics.
 */
class Service : public QObject
{
public:
    explicit Service(const QString &name)
        : m_name(name)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
            m_out += m_process.readAllStandardOutput();
            qsizetype end;
            while ((end = m_out.indexOf('\n')) >= 0) {
                const QByteArray line = m_out.left(end);
                m_out.remove(0, end + 1);
                const qsizetype equals = line.indexOf('=');
                if (line.startsWith("message=")) {
                    m_messages.append(QJsonDocument::fromJson(line.mid(equals + 1)).object());
                } else if (equals > 0) {
                    m_facts.insert(QString::fromUtf8(line.left(equals)),
                                   QString::fromUtf8(line.mid(equals + 1)));
                }
            }
        });
        connect(&m_process, &QProcess::readyReadStandardError, this,
                [this] { m_err += m_process.readAllStandardError(); });
    }
    ~Service() override { stop(); }

    bool start(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
               const QString &readyFact)
    {
        m_process.setProcessEnvironment(environment);
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(startTimeoutMs)) {
            return false;
        }
        const bool ready = QTest::qWaitFor(
            [&] { return m_facts.contains(readyFact) || m_process.state() == QProcess::NotRunning; },
            startTimeoutMs);
        if (!ready || !m_facts.contains(readyFact)) {
            qWarning().noquote() << m_name << "did not start:" << m_out << m_err;
            return false;
        }
        return true;
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
            }
            m_process.waitForFinished(5000);
        }
    }
    QString fact(const QString &key) const { return m_facts.value(key); }
    void forgetFact(const QString &key) { m_facts.remove(key); }
    qint64 processId() const { return m_process.processId(); }
    QList<QJsonObject> messages() const { return m_messages; }

private:
    QString m_name;
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
    QHash<QString, QString> m_facts;
    QList<QJsonObject> m_messages;
};

/** One Latchkey client (its own cookie jar) talking to one backend, with a spy on each result. */
struct Client
{
    explicit Client(const QUrl &origin)
        : http(&network)
        , auth(&http, BackendEndpoints{origin})
        , loggedIn(&auth, &AuthService::loggedIn)
        , codeSent(&auth, &AuthService::codeSent)
        , codeApproved(&auth, &AuthService::codeApproved)
        , failed(&auth, &AuthService::failed)
    {}

    int answers() const
    {
        return loggedIn.count() + codeSent.count() + codeApproved.count() + failed.count();
    }
    void clear()
    {
        loggedIn.clear();
        codeSent.clear();
        codeApproved.clear();
        failed.clear();
    }
    /** Waits for the one answer of the call just made. */
    bool answered()
    {
        return QTest::qWaitFor([this] { return answers() > 0; }, answerTimeoutMs) && answers() == 1;
    }
    AuthError error() const
    {
        return failed.isEmpty() ? AuthError() : failed.first().at(0).value<AuthError>();
    }
    LoginResult login() const { return loggedIn.first().at(0).value<LoginResult>(); }
    CodeSentResult sent() const { return codeSent.first().at(0).value<CodeSentResult>(); }

    QNetworkAccessManager network;
    HttpClient http;
    BackendAuthService auth;
    QSignalSpy loggedIn;
    QSignalSpy codeSent;
    QSignalSpy codeApproved;
    QSignalSpy failed;
};

QByteArray fromBase64Url(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/** One JSON POST on `network`, whose cookie jar keeps the session: the status and the JSON answer. */
std::pair<int, QJsonObject> postJson(QNetworkAccessManager &network, const QUrl &url, const QJsonObject &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, answerTimeoutMs);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return {status, answer};
}

} // namespace

class TestBackendInterop : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void seedExactSignsIn();
    void seedExactRelaysTwilioText();
    void seedExactRateLimiter();
    void seedExactHasNoResume();

    void referenceSignsInWithTheExtensions();
    void referenceBindsTheNumberToTheUser();
    void referenceSendsByEmailToTheAddressOnFileOnly();
    void referenceResumesAndSignsOut();
    void referenceRemembersTheDevice();
    void referenceAssertionOpensARelyingServerOnce();
    void referenceRateLimiter();

private:
    /** Waits for the sandbox outbox to deliver one more code to `to` than `before`; returns it. */
    QString nextCode(const QString &to, int before) const;
    int codesFor(const QString &to) const;
    /** Starts Verify sends for `to` straight on the sandbox's Verify API, as another client would. */
    bool startVerifications(const QString &to, int count);
    QByteArray get(const QUrl &url);
    /** Signs in with password and code on `client`, asking to remember the device; the token issued. */
    QByteArray signInRememberingTheDevice(Client &client);
    /**
     * users.json with the demo user (no address on file) and the mail user (one), both with this password's
     * scrypt hash (made by the backend's own helper).
     */
    bool writeUsers(const QString &password);
    /** Rewrites users.json with this password's hash and has the reference backend reload it. */
    bool changeReferencePassword(const QString &password);

    QTemporaryDir m_dir;
    QString m_node;
    Service m_sandbox{QStringLiteral("latchkey-sandbox")};
    Service m_seed{QStringLiteral("seed-exact backend")};
    Service m_reference{QStringLiteral("reference backend")};
    QUrl m_seedUrl;
    QUrl m_referenceUrl;
    QString m_username;
    QString m_password;
    QString m_phone;
    QString m_usersFile;
    QProcessEnvironment m_nodeEnvironment;
    QNetworkAccessManager m_network;
};

void TestBackendInterop::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
    QVERIFY(m_dir.isValid());
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!m_node.isEmpty(),
             "node is not installed: the interop tests need Node.js (scripts/install-deps)");
    QVERIFY2(QFile::exists(QStringLiteral(LATCHKEY_NODE_MODULES "/express/package.json")),
             "the backends' npm packages are missing: run the InteropNpmCi fixture (ctest -L interop)");

    QProcessEnvironment sandboxEnvironment = QProcessEnvironment::systemEnvironment();
    sandboxEnvironment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("latchkey.*.debug=false"));
    // Throwaway sandbox credentials: the seed-exact backend signs in to Verify as the guide does, with an
    // Account SID and Auth Token; the reference backend uses the sandbox's API key.
    const QString accountSid = QStringLiteral("AC") + QString(32, u'7');
    const QString authToken = QStringLiteral("interop-sandbox-auth-token");
    QVERIFY(m_sandbox.start(
        QStringLiteral(LATCHKEY_SANDBOX_BINARY),
        {QStringLiteral("--account-sid"), accountSid, QStringLiteral("--auth-token"), authToken},
        sandboxEnvironment, QStringLiteral("verify_code_length")));
    QCOMPARE(m_sandbox.fact(QStringLiteral("verify_account_sid")), accountSid);
    m_username = m_sandbox.fact(QStringLiteral("demo_username"));
    m_password = m_sandbox.fact(QStringLiteral("demo_password"));
    m_phone = m_sandbox.fact(QStringLiteral("demo_phone"));

    QProcessEnvironment node = QProcessEnvironment::systemEnvironment();
    node.insert(QStringLiteral("NODE_PATH"), QStringLiteral(LATCHKEY_NODE_MODULES));
    node.insert(QStringLiteral("NODE_ENV"), QStringLiteral("test"));
    node.insert(QStringLiteral("PORT"), QStringLiteral("0"));
    node.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), accountSid);
    node.insert(QStringLiteral("TWILIO_VERIFY_SERVICE_SID"),
                m_sandbox.fact(QStringLiteral("verify_service_sid")));
    node.insert(QStringLiteral("TWILIO_VERIFY_BASE_URL"), m_sandbox.fact(QStringLiteral("base_url")));
    node.insert(QStringLiteral("SESSION_SECRET"), QStringLiteral("interop-test-session-secret"));

    QProcessEnvironment seed = node;
    seed.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), authToken);
    seed.insert(QStringLiteral("LOGIN_USERNAME"), m_username);
    seed.insert(QStringLiteral("LOGIN_PASSWORD"), m_password);
    QVERIFY(m_seed.start(m_node, {QStringLiteral(LATCHKEY_INTEROP_DIR "/seed-exact/server.js")}, seed,
                         QStringLiteral("listening")));
    m_seedUrl = QUrl(m_seed.fact(QStringLiteral("listening")));

    // The reference backend keeps scrypt hashes; its own helper makes one (the password goes on stdin).
    m_nodeEnvironment = node;
    m_usersFile = m_dir.filePath(QStringLiteral("users.json"));
    QVERIFY(writeUsers(m_password));

    QProcessEnvironment reference = node;
    reference.insert(QStringLiteral("TWILIO_API_KEY"), m_sandbox.fact(QStringLiteral("verify_api_key_sid")));
    reference.insert(QStringLiteral("TWILIO_API_SECRET"),
                     m_sandbox.fact(QStringLiteral("verify_api_key_secret")));
    reference.insert(QStringLiteral("USERS_FILE"), m_usersFile);
    reference.insert(QStringLiteral("LOGIN_LIMIT"), QStringLiteral("100"));     // many sign-ins from one IP
    reference.insert(QStringLiteral("COOKIE_SECURE"), QStringLiteral("false")); // plain http on loopback
    reference.insert(QStringLiteral("CODE_LENGTH"), QString::number(VerifyEmulator::defaultCodeLength));
    reference.insert(QStringLiteral("CHANNELS"), QStringLiteral("sms,call,email"));
    reference.insert(QStringLiteral("SEND_CODE_LIMIT"), QStringLiteral("7"));
    reference.insert(QStringLiteral("ASSERTION_AUDIENCES"), QStringLiteral("deploy-tool,backup-tool"));
    QVERIFY(m_reference.start(m_node, {QStringLiteral(LATCHKEY_REFERENCE_BACKEND)}, reference,
                              QStringLiteral("listening")));
    m_referenceUrl = QUrl(m_reference.fact(QStringLiteral("listening")));
}

void TestBackendInterop::cleanupTestCase()
{
    m_reference.stop();
    m_seed.stop();
    m_sandbox.stop();
}

int TestBackendInterop::codesFor(const QString &to) const
{
    int count = 0;
    for (const QJsonObject &message : m_sandbox.messages()) {
        if (message.value(QLatin1String("to")).toString() == to) {
            ++count;
        }
    }
    return count;
}

QString TestBackendInterop::nextCode(const QString &to, int before) const
{
    if (!QTest::qWaitFor([&] { return codesFor(to) > before; }, answerTimeoutMs)) {
        return QString();
    }
    QString code;
    for (const QJsonObject &message : m_sandbox.messages()) {
        if (message.value(QLatin1String("to")).toString() == to) {
            code = message.value(QLatin1String("code")).toString();
        }
    }
    return code;
}

bool TestBackendInterop::startVerifications(const QString &to, int count)
{
    const QUrl url(m_sandbox.fact(QStringLiteral("base_url")) + QStringLiteral("/v2/Services/") +
                   m_sandbox.fact(QStringLiteral("verify_service_sid")) + QStringLiteral("/Verifications"));
    const QByteArray credentials = (m_sandbox.fact(QStringLiteral("verify_api_key_sid")) + u':' +
                                    m_sandbox.fact(QStringLiteral("verify_api_key_secret")))
                                       .toUtf8()
                                       .toBase64();
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader("Authorization", "Basic " + credentials);
        QNetworkReply *reply = m_network.post(request, "To=" + QUrl::toPercentEncoding(to) + "&Channel=sms");
        const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, answerTimeoutMs);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (!done || status != 201) {
            return false;
        }
    }
    return true;
}

QByteArray TestBackendInterop::get(const QUrl &url)
{
    QNetworkReply *reply = m_network.get(QNetworkRequest(url));
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, answerTimeoutMs);
    const QByteArray body = finished ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return body;
}

// ---- the seed's backend, as written -----------------------------------------------------------------

void TestBackendInterop::seedExactSignsIn()
{
    Client client(m_seedUrl);
    client.auth.logIn(m_username, QStringLiteral("not the password"));
    QVERIFY(client.answered());
    QCOMPARE(client.error().kind, AuthError::Kind::InvalidCredentials);

    client.clear();
    client.auth.logIn(m_username, m_password);
    QVERIFY(client.answered());
    QCOMPARE(client.loggedIn.count(), 1);
    QCOMPARE(client.login().displayName, m_username);
    QCOMPARE(client.login().capabilities.channels, QList<Channel>{Channel::Sms});
    QVERIFY(client.login().sessionToken.startsWith("connect.sid="));
    QVERIFY(!client.auth.extensions().announced);

    // A formatted number: libphonenumber's E.164 passes the seed's regex.
    client.clear();
    const int before = codesFor(m_phone);
    client.auth.sendCode(testing::e164(QStringLiteral("+1 202-555-0142")), Channel::Call);
    QVERIFY(client.answered());
    QCOMPARE(client.codeSent.count(), 1);
    QCOMPARE(client.sent().channel, Channel::Sms); // the seed echoes no channel, and sends SMS
    const QString code = nextCode(m_phone, before);
    QCOMPARE(code.size(), VerifyEmulator::defaultCodeLength);

    client.clear();
    client.auth.checkCode(testing::e164(m_phone), code == QLatin1String("000000") ? QStringLiteral("111111")
                                                                                  : QStringLiteral("000000"));
    QVERIFY(client.answered());
    QCOMPARE(client.error().kind, AuthError::Kind::WrongCode);

    client.clear();
    client.auth.checkCode(testing::e164(m_phone), code);
    QVERIFY(client.answered());
    QCOMPARE(client.codeApproved.count(), 1);
    QVERIFY(client.auth.lastAssertion().isEmpty());

    // Checked again, the approved verification is gone: Twilio's 20404 text behind the seed's 500.
    client.clear();
    client.auth.checkCode(testing::e164(m_phone), code);
    QVERIFY(client.answered());
    const AuthError gone = client.error();
    QCOMPARE(gone.kind, AuthError::Kind::CodeExpired);
    QCOMPARE(gone.httpStatus, 500);
    QVERIFY(gone.showServerText);
    QVERIFY2(gone.serverMessage.contains(QLatin1String("was not found")), qPrintable(gone.serverMessage));
    QVERIFY(gone.userMessage().contains(gone.serverMessage));
    QVERIFY(gone.userMessage().contains(QLatin1String("Send a new code")));
}

void TestBackendInterop::seedExactRelaysTwilioText()
{
    // Five sends to a number elsewhere use up Verify's budget for it; the seed then relays 60203's text.
    const QString number = QStringLiteral("+12025550143");
    QVERIFY(startVerifications(number, VerifyEmulator::maxSends));
    Client client(m_seedUrl);
    client.auth.logIn(m_username, m_password);
    QVERIFY(client.answered());
    client.clear();
    client.auth.sendCode(testing::e164(number), Channel::Sms);
    QVERIFY(client.answered());
    const AuthError error = client.error();
    QCOMPARE(error.kind, AuthError::Kind::ServerError);
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(error.serverCode, 0); // the seed passes on error.message only
    QVERIFY(error.showServerText);
    QVERIFY2(error.serverMessage.contains(QLatin1String("Max send attempts")),
             qPrintable(error.serverMessage));
    QVERIFY(error.userMessage().contains(error.serverMessage));
    QVERIFY(error.userMessage().contains(QLatin1String("Send a new code")));
}

void TestBackendInterop::seedExactRateLimiter()
{
    // The guide's limiter: 3 send-code requests per 15 minutes per IP, then its text as a 429.
    Client client(m_seedUrl);
    client.auth.logIn(m_username, m_password);
    QVERIFY(client.answered());
    AuthError limited;
    for (int i = 0; i < 4 && !limited.isError(); ++i) {
        client.clear();
        client.auth.sendCode(testing::e164(m_phone), Channel::Sms);
        QVERIFY(client.answered());
        if (client.error().kind == AuthError::Kind::RateLimited) {
            limited = client.error();
        }
    }
    QCOMPARE(limited.kind, AuthError::Kind::RateLimited);
    QCOMPARE(limited.httpStatus, 429);
    QCOMPARE(limited.serverMessage, seedLimiterText);
    QVERIFY2(limited.retryAfterSeconds > 0 && limited.retryAfterSeconds <= 900,
             qPrintable(QString::number(limited.retryAfterSeconds)));
    QVERIFY(limited.userMessage().startsWith(seedLimiterText));
    QVERIFY(limited.userMessage().contains(QLatin1String("minute")));
}

void TestBackendInterop::seedExactHasNoResume()
{
    Client first(m_seedUrl);
    first.auth.logIn(m_username, m_password);
    QVERIFY(first.answered());
    Client later(m_seedUrl);
    later.auth.resumeSession(first.login().sessionToken);
    QVERIFY(later.answered());
    QCOMPARE(later.error().kind, AuthError::Kind::SessionExpired); // Express's 404: forgotten quietly
}

// ---- the reference backend ----------------------------------------------------------------------------

void TestBackendInterop::referenceSignsInWithTheExtensions()
{
    Client client(m_referenceUrl);
    client.auth.logIn(m_username, QStringLiteral("not the password"));
    QVERIFY(client.answered());
    QCOMPARE(client.error().kind, AuthError::Kind::InvalidCredentials);

    client.clear();
    client.auth.logIn(m_username, m_password);
    QVERIFY(client.answered());
    const LoginResult login = client.login();
    QCOMPARE(login.displayName, QStringLiteral("Demo User"));
    QCOMPARE(login.capabilities.channels, (QList<Channel>{Channel::Sms, Channel::Call}));
    QCOMPARE(login.capabilities.codeLength, VerifyEmulator::defaultCodeLength);
    QCOMPARE(login.capabilities.maskedNumberOnFile, QStringLiteral("+1 ••• ••• ••42"));
    QVERIFY(login.capabilities.sendsToNumberOnFile);
    QVERIFY(login.sessionToken.startsWith("latchkey.sid="));
    const BackendExtensions extensions = client.auth.extensions();
    QVERIFY(extensions.channels && extensions.locale && extensions.numberOnFile && extensions.assertion);

    // No number from the client: the backend sends to the one on file, and says by which channel.
    client.clear();
    int before = codesFor(m_phone);
    client.auth.sendCode(std::nullopt, Channel::Sms);
    QVERIFY(client.answered());
    QCOMPARE(client.sent().channel, Channel::Sms);
    QVERIFY(!nextCode(m_phone, before).isEmpty());
    client.clear();
    before = codesFor(m_phone);
    client.auth.sendCode(std::nullopt, Channel::Call);
    QVERIFY(client.answered());
    QCOMPARE(client.sent().channel, Channel::Call);
    const QString code = nextCode(m_phone, before);

    client.clear();
    client.auth.checkCode(std::nullopt, code == QLatin1String("000000") ? QStringLiteral("111111")
                                                                        : QStringLiteral("000000"));
    QVERIFY(client.answered());
    QCOMPARE(client.error().kind, AuthError::Kind::WrongCode);
    QVERIFY(client.auth.lastAssertion().isEmpty());

    client.clear();
    client.auth.checkCode(std::nullopt, code);
    QVERIFY(client.answered());
    QCOMPARE(client.codeApproved.count(), 1);

    // The assertion verifies with the backend's published key, and says who and for how long.
    const QList<QByteArray> parts = client.auth.lastAssertion().split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(parts[0])).object();
    const QJsonObject claims = QJsonDocument::fromJson(fromBase64Url(parts[1])).object();
    QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("EdDSA"));
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), m_username);
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), QStringLiteral("latchkey"));
    const qint64 lifetime =
        claims.value(QLatin1String("exp")).toInteger() - claims.value(QLatin1String("iat")).toInteger();
    QVERIFY(lifetime > 0 && lifetime <= 300);
    QVERIFY(claims.value(QLatin1String("amr")).toArray().contains(QStringLiteral("tel")));

    const QJsonArray keys =
        QJsonDocument::fromJson(get(m_referenceUrl.resolved(QUrl(QStringLiteral("/.well-known/jwks.json")))))
            .object()
            .value(QLatin1String("keys"))
            .toArray();
    QCOMPARE(keys.size(), 1);
    const QJsonObject key = keys.first().toObject();
    QCOMPARE(key.value(QLatin1String("kid")), header.value(QLatin1String("kid")));
    const QByteArray publicKey = fromBase64Url(key.value(QLatin1String("x")).toString().toLatin1());
    const QByteArray signature = fromBase64Url(parts[2]);
    QCOMPARE(publicKey.size(), int(crypto_sign_PUBLICKEYBYTES));
    QCOMPARE(signature.size(), int(crypto_sign_BYTES));
    const QByteArray signedPart = parts[0] + '.' + parts[1];
    const auto verifies = [&](const QByteArray &message) {
        return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                           reinterpret_cast<const unsigned char *>(message.constData()),
                                           static_cast<unsigned long long>(message.size()),
                                           reinterpret_cast<const unsigned char *>(publicKey.constData())) ==
               0;
    };
    QVERIFY(verifies(signedPart));
    QByteArray tampered = signedPart;
    tampered[tampered.size() - 1] = tampered.back() == 'A' ? 'B' : 'A';
    QVERIFY(!verifies(tampered));
}

void TestBackendInterop::referenceBindsTheNumberToTheUser()
{
    // Someone with the password names their own phone: refused, and nothing is sent there.
    const QString thief = QStringLiteral("+447700900123");
    Client client(m_referenceUrl);
    client.auth.logIn(m_username, m_password);
    QVERIFY(client.answered());
    client.clear();
    client.auth.sendCode(testing::e164(thief), Channel::Sms);
    QVERIFY(client.answered());
    QCOMPARE(client.error().kind, AuthError::Kind::NumberNotOnFile);
    QCOMPARE(client.error().httpStatus, 403);
    client.clear();
    client.auth.checkCode(testing::e164(thief), QStringLiteral("123456"));
    QVERIFY(client.answered());
    QCOMPARE(client.error().kind, AuthError::Kind::NumberNotOnFile);
    QCOMPARE(codesFor(thief), 0);

    // Without a session nothing is sent at all.
    Client stranger(m_referenceUrl);
    stranger.auth.checkCode(testing::e164(m_phone), QStringLiteral("123456"));
    QVERIFY(stranger.answered());
    QCOMPARE(stranger.error().kind, AuthError::Kind::SessionExpired);
}

void TestBackendInterop::referenceSendsByEmailToTheAddressOnFileOnly()
{
    // Offered with the address masked: Latchkey shows who it goes to and never learns the address.
    Client client(m_referenceUrl);
    client.auth.logIn(mailUsername, m_password);
    QVERIFY(client.answered());
    QCOMPARE(client.loggedIn.count(), 1);
    QCOMPARE(client.login().capabilities.maskedEmailOnFile, QStringLiteral("e•••@example.org"));
    QVERIFY(client.login().capabilities.channels.contains(Channel::Email));
    QVERIFY(client.auth.extensions().emailOnFile);

    // With useEmailOnFile the code goes by email to the address on file, and not to the number.
    client.clear();
    const int toAddress = codesFor(mailAddress);
    const int toPhone = codesFor(mailPhone);
    client.auth.sendCode(std::nullopt, Channel::Email);
    QVERIFY(client.answered());
    QCOMPARE(client.codeSent.count(), 1);
    QCOMPARE(client.sent().channel, Channel::Email);
    const QString code = nextCode(mailAddress, toAddress);
    QVERIFY(!code.isEmpty());
    QCOMPARE(codesFor(mailAddress), toAddress + 1);
    QString deliveredBy;
    for (const QJsonObject &message : m_sandbox.messages()) {
        if (message.value(QLatin1String("to")).toString() == mailAddress) {
            deliveredBy = message.value(QLatin1String("channel")).toString();
        }
    }
    QCOMPARE(deliveredBy, QStringLiteral("email"));
    QCOMPARE(codesFor(mailPhone), toPhone);

    // verify-code with useEmailOnFile is checked against the same address, and signs in.
    client.clear();
    client.auth.checkCode(std::nullopt, code);
    QVERIFY(client.answered());
    QCOMPARE(client.codeApproved.count(), 1);
    const QJsonObject claims =
        QJsonDocument::fromJson(fromBase64Url(client.auth.lastAssertion().split('.').value(1))).object();
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), mailUsername);
    QVERIFY(claims.value(QLatin1String("amr")).toArray().contains(QStringLiteral("otp")));

    // A user without an address is not offered email, even by a backend whose CHANNELS include it.
    Client withoutAddress(m_referenceUrl);
    withoutAddress.auth.logIn(m_username, m_password);
    QVERIFY(withoutAddress.answered());
    QVERIFY(withoutAddress.login().capabilities.maskedEmailOnFile.isEmpty());
    QVERIFY(!withoutAddress.login().capabilities.channels.contains(Channel::Email));
    QVERIFY(!withoutAddress.auth.extensions().emailOnFile);

    // The same over raw HTTP, where Latchkey's own filtering cannot hide what the backend announced or does.
    const QUrl login = m_referenceUrl.resolved(QUrl(QStringLiteral("/api/auth/login")));
    const QUrl sendCode = m_referenceUrl.resolved(QUrl(QStringLiteral("/api/auth/send-code")));
    const auto email = [](QJsonObject body) {
        body.insert(QStringLiteral("channel"), QStringLiteral("email"));
        return body;
    };
    QNetworkAccessManager demoSession;
    auto [status, answer] =
        postJson(demoSession, login,
                 {{QStringLiteral("username"), m_username}, {QStringLiteral("password"), m_password}});
    QCOMPARE(status, 200);
    const QJsonObject capabilities = answer.value(QLatin1String("capabilities")).toObject();
    QVERIFY(!capabilities.contains(QLatin1String("emailOnFile")));
    QCOMPARE(capabilities.value(QLatin1String("channels")).toArray(),
             (QJsonArray{QStringLiteral("sms"), QStringLiteral("call")}));
    std::tie(status, answer) =
        postJson(demoSession, sendCode, email({{QStringLiteral("useEmailOnFile"), true}}));
    QCOMPARE(status, 400);
    QCOMPARE(answer.value(QLatin1String("error")).toString(), QStringLiteral("No email address on file"));

    // A destination in the request is never used: email goes to the address on file through useEmailOnFile
    // only, so a stolen password cannot have a code sent to the thief's address or phone.
    const QString thief = QStringLiteral("thief@example.net");
    QNetworkAccessManager mailSession;
    std::tie(status, answer) =
        postJson(mailSession, login,
                 {{QStringLiteral("username"), mailUsername}, {QStringLiteral("password"), m_password}});
    QCOMPARE(status, 200);
    const QList<QJsonObject> typed{
        email({{QStringLiteral("phoneNumber"), mailPhone}}),
        email({{QStringLiteral("to"), thief}}),
        email({{QStringLiteral("useEmailOnFile"), true}, {QStringLiteral("to"), thief}}),
        email({{QStringLiteral("useEmailOnFile"), true}, {QStringLiteral("phoneNumber"), mailPhone}}),
    };
    const qsizetype messagesBefore = m_sandbox.messages().size();
    for (qsizetype i = 0; i < typed.size(); ++i) {
        std::tie(status, answer) = postJson(mailSession, sendCode, typed.at(i));
        QVERIFY2(status == 400, qPrintable(QStringLiteral("request %1: status %2").arg(i).arg(status)));
        QCOMPARE(answer.value(QLatin1String("error")).toString(),
                 QStringLiteral("Email goes to the address on file only"));
    }
    // A send that works afterwards: the outbox is in order, so anything sent above would be in it by now.
    const int before = codesFor(mailAddress);
    std::tie(status, answer) =
        postJson(mailSession, sendCode, email({{QStringLiteral("useEmailOnFile"), true}}));
    QCOMPARE(status, 200);
    QVERIFY(!nextCode(mailAddress, before).isEmpty());
    QCOMPARE(m_sandbox.messages().size(), messagesBefore + 1);
    QCOMPARE(codesFor(thief), 0);
    QCOMPARE(codesFor(mailPhone), toPhone);
}

void TestBackendInterop::referenceResumesAndSignsOut()
{
    Client first(m_referenceUrl);
    first.auth.logIn(m_username, m_password);
    QVERIFY(first.answered());
    const QByteArray token = first.login().sessionToken;

    Client later(m_referenceUrl);
    later.auth.resumeSession(token);
    QVERIFY(later.answered());
    QCOMPARE(later.loggedIn.count(), 1);
    QCOMPARE(later.login().displayName, QStringLiteral("Demo User"));

    later.auth.signOut();
    Client afterSignOut(m_referenceUrl);
    QVERIFY(QTest::qWaitFor(
        [&] {
            afterSignOut.clear();
            afterSignOut.auth.resumeSession(token);
            return afterSignOut.answered() && afterSignOut.error().kind == AuthError::Kind::SessionExpired;
        },
        answerTimeoutMs));
}

bool TestBackendInterop::writeUsers(const QString &password)
{
    QProcess hasher;
    hasher.setProcessEnvironment(m_nodeEnvironment);
    hasher.start(m_node, {QStringLiteral(LATCHKEY_REFERENCE_BACKEND), QStringLiteral("hash-password")});
    hasher.write(password.toUtf8());
    hasher.closeWriteChannel();
    if (!hasher.waitForFinished(startTimeoutMs) || hasher.exitCode() != 0) {
        return false;
    }
    const QString hash = QString::fromUtf8(hasher.readAllStandardOutput()).trimmed();
    if (!hash.startsWith(QLatin1String("scrypt$"))) {
        return false;
    }
    QFile users(m_usersFile);
    if (!users.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    users.write(
        QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("username"), m_username},
                                             {QStringLiteral("displayName"), QStringLiteral("Demo User")},
                                             {QStringLiteral("phone"), m_phone},
                                             {QStringLiteral("passwordHash"), hash}},
                                 QJsonObject{{QStringLiteral("username"), mailUsername},
                                             {QStringLiteral("phone"), mailPhone},
                                             {QStringLiteral("email"), mailAddress},
                                             {QStringLiteral("passwordHash"), hash}}})
            .toJson());
    return true;
}

bool TestBackendInterop::changeReferencePassword(const QString &password)
{
    if (!writeUsers(password)) {
        return false;
    }
    m_reference.forgetFact(QStringLiteral("users"));
    ::kill(static_cast<pid_t>(m_reference.processId()), SIGHUP);
    return QTest::qWaitFor([this] { return !m_reference.fact(QStringLiteral("users")).isEmpty(); },
                           answerTimeoutMs);
}

QByteArray TestBackendInterop::signInRememberingTheDevice(Client &client)
{
    client.clear();
    client.auth.logIn(m_username, m_password);
    if (!client.answered() || client.loggedIn.count() != 1) {
        return QByteArray();
    }
    client.clear();
    const int before = codesFor(m_phone);
    client.auth.sendCode(std::nullopt, Channel::Sms);
    if (!client.answered() || client.codeSent.count() != 1) {
        return QByteArray();
    }
    const QString code = nextCode(m_phone, before);
    client.clear();
    client.auth.setRememberDevice(true);
    client.auth.checkCode(std::nullopt, code);
    if (!client.answered() || client.codeApproved.count() != 1) {
        return QByteArray();
    }
    return client.auth.issuedDeviceToken().token;
}

void TestBackendInterop::referenceRemembersTheDevice()
{
    // Announced with its days; a token is issued only when asked, with its expiry.
    Client first(m_referenceUrl);
    const QByteArray token = signInRememberingTheDevice(first);
    QVERIFY(!token.isEmpty());
    QVERIFY(first.auth.extensions().deviceTrust);
    const QDateTime expires = first.auth.issuedDeviceToken().expiresAt;
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().addDays(30).secsTo(expires)) < 600);

    // Password and token: two-factor without a code. A token that is not this user's counts for nothing.
    Client trusted(m_referenceUrl);
    trusted.auth.presentDeviceToken(token);
    trusted.auth.logIn(m_username, m_password);
    QVERIFY(trusted.answered());
    QVERIFY(trusted.login().deviceTrusted);
    QCOMPARE(trusted.login().capabilities.deviceTrustDays, 30);
    Client wrongPassword(m_referenceUrl);
    wrongPassword.auth.presentDeviceToken(token);
    wrongPassword.auth.logIn(m_username, QStringLiteral("not the password"));
    QVERIFY(wrongPassword.answered());
    QCOMPARE(wrongPassword.error().kind, AuthError::Kind::InvalidCredentials);
    Client bogus(m_referenceUrl);
    bogus.auth.presentDeviceToken("not-a-token-this-backend-issued");
    bogus.auth.logIn(m_username, m_password);
    QVERIFY(bogus.answered());
    QVERIFY(!bogus.login().deviceTrusted);

    // Signing out with forgetDevice revokes it.
    trusted.auth.signOut();
    QVERIFY(QTest::qWaitFor(
        [&] {
            Client after(m_referenceUrl);
            after.auth.presentDeviceToken(token);
            after.auth.logIn(m_username, m_password);
            return after.answered() && after.loggedIn.count() == 1 && !after.login().deviceTrusted;
        },
        answerTimeoutMs));

    // A new password revokes every device remembered before it.
    Client again(m_referenceUrl);
    const QByteArray second = signInRememberingTheDevice(again);
    QVERIFY(!second.isEmpty());
    const QString newPassword = QStringLiteral("a new password after the old one leaked");
    QVERIFY(changeReferencePassword(newPassword));
    Client afterChange(m_referenceUrl);
    afterChange.auth.presentDeviceToken(second);
    afterChange.auth.logIn(m_username, newPassword);
    const bool answered = afterChange.answered();
    QVERIFY(changeReferencePassword(m_password)); // the later tests sign in with the demo password
    QVERIFY(answered);
    QCOMPARE(afterChange.loggedIn.count(), 1);
    QVERIFY(!afterChange.login().deviceTrusted);
}

void TestBackendInterop::referenceAssertionOpensARelyingServerOnce()
{
    // examples/relying-server for the gated program "deploy-tool", with the reference backend's JWKS.
    QProcessEnvironment environment = m_nodeEnvironment;
    environment.insert(QStringLiteral("JWKS_URL"),
                       m_referenceUrl.resolved(QUrl(QStringLiteral("/.well-known/jwks.json"))).toString());
    environment.insert(QStringLiteral("AUDIENCE"), QStringLiteral("deploy-tool"));
    Service relying(QStringLiteral("relying server"));
    QVERIFY(relying.start(m_node, {QStringLiteral(LATCHKEY_RELYING_SERVER)}, environment,
                          QStringLiteral("listening")));
    environment.insert(QStringLiteral("AUDIENCE"), QStringLiteral("backup-tool"));
    Service other(QStringLiteral("relying server for another program"));
    QVERIFY(other.start(m_node, {QStringLiteral(LATCHKEY_RELYING_SERVER)}, environment,
                        QStringLiteral("listening")));
    const auto present = [this](const Service &server, const QByteArray &assertion) {
        QNetworkRequest request(QUrl(server.fact(QStringLiteral("listening")) + QStringLiteral("/gate")));
        request.setRawHeader("Authorization", "Bearer " + assertion);
        QNetworkReply *reply = m_network.post(request, QByteArray());
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, answerTimeoutMs);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return std::make_pair(status, body);
    };

    Client client(m_referenceUrl);
    client.auth.logIn(m_username, m_password);
    QVERIFY(client.answered());
    client.clear();
    const int before = codesFor(m_phone);
    client.auth.sendCode(std::nullopt, Channel::Sms);
    QVERIFY(client.answered());
    const QString code = nextCode(m_phone, before);
    QVERIFY(!code.isEmpty());

    // An audience the backend does not allow is refused before the code is used.
    client.clear();
    client.auth.setAssertionAudience(QStringLiteral("not-allowed"));
    client.auth.checkCode(std::nullopt, code);
    QVERIFY(client.answered());
    QCOMPARE(client.failed.count(), 1);
    QVERIFY(client.auth.lastAssertion().isEmpty());

    client.clear();
    client.auth.setAssertionAudience(QStringLiteral("deploy-tool"));
    client.auth.checkCode(std::nullopt, code);
    QVERIFY(client.answered());
    QCOMPARE(client.codeApproved.count(), 1);
    const QByteArray assertion = client.auth.lastAssertion();
    const QJsonObject claims = QJsonDocument::fromJson(fromBase64Url(assertion.split('.').value(1))).object();
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), QStringLiteral("deploy-tool"));

    // Another program's server refuses it; this program's server accepts it once, then never again.
    auto [status, body] = present(other, assertion);
    QCOMPARE(status, 401);
    QCOMPARE(body.value(QLatin1String("error")).toString(), QStringLiteral("wrong audience"));
    std::tie(status, body) = present(relying, assertion);
    QCOMPARE(status, 200);
    QCOMPARE(body.value(QLatin1String("sub")).toString(), m_username);
    std::tie(status, body) = present(relying, assertion);
    QCOMPARE(status, 401);
    QCOMPARE(body.value(QLatin1String("error")).toString(), QStringLiteral("replayed"));
    // A changed claim breaks the signature.
    QJsonObject forged = claims;
    forged.insert(QStringLiteral("sub"), QStringLiteral("someone-else"));
    forged.insert(QStringLiteral("jti"), QStringLiteral("fresh"));
    const QByteArray forgedToken =
        assertion.split('.').value(0) + '.' +
        QJsonDocument(forged)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
        '.' + assertion.split('.').value(2);
    std::tie(status, body) = present(relying, forgedToken);
    QCOMPARE(status, 401);
    QCOMPARE(body.value(QLatin1String("error")).toString(), QStringLiteral("bad signature"));
}

void TestBackendInterop::referenceRateLimiter()
{
    // SEND_CODE_LIMIT=7 per user; earlier tests used some of it. JSON text, draft-7 headers, Retry-After.
    Client client(m_referenceUrl);
    client.auth.logIn(m_username, m_password);
    QVERIFY(client.answered());
    AuthError limited;
    for (int i = 0; i < 7 && !limited.isError(); ++i) {
        client.clear();
        client.auth.sendCode(std::nullopt, Channel::Sms);
        QVERIFY(client.answered());
        if (client.failed.count() == 1) {
            limited = client.error();
        }
    }
    QCOMPARE(limited.kind, AuthError::Kind::RateLimited);
    QCOMPARE(limited.serverMessage, referenceLimiterText);
    QVERIFY(limited.retryAfterSeconds > 0 && limited.retryAfterSeconds <= 900);
}

QTEST_GUILESS_MAIN(TestBackendInterop)
#include "TestBackendInterop.moc"
