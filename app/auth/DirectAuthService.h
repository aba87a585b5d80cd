#pragma once

#include "LocalAccount.h"
#include "LocalAccountService.h"
#include "VerifyClient.h"

namespace latchkey {

class HttpClient;

/**
 * Direct mode's server side: Twilio Verify itself, through VerifyClient. It reads the Service once (so the
 * code field fits its code length), starts and resends verifications in the UI's language, and checks codes
 * by the verification it holds (by number otherwise); only "approved" signs anyone in. Passwords belong to
 * the local account (setLocalAccount()): prepare() loads it, enrolment creates it once the number is
 * verified, and logIn() checks against it. Without one, logIn() and resumeSession() refuse.
 */
class DirectAuthService final : public LocalAccountService
{
    Q_OBJECT
public:
    DirectAuthService(HttpClient *http, VerifyAccount account, QObject *parent = nullptr);

    /** Verify checks at most this many codes per verification, then locks it (60202). */
    static constexpr int checksPerVerification = 5;

    /** The local account this computer signs in with; not owned. Set before prepare(). */
    void setLocalAccount(LocalAccount *account);
    /**
     * The address on file (Auth/EmailAddress, an administrator's): announced masked after the password, and
     * the only address a code ever goes to by email. Empty: email is not offered.
     */
    void setEmailOnFile(const QString &address) { m_emailOnFile = address; }

    /** The keychain value of SecretKey::twilioSecret: the key SID and its secret, one per line. */
    static QByteArray serializeTwilioSecret(const QString &keySid, const QString &secret);
    static bool parseTwilioSecret(const QByteArray &data, QString *keySid, QString *secret);

    /** The client underneath, for its clock, retry policy and call fallback. */
    VerifyClient *verifyClient() const { return m_client; }
    /** Verify's Locale for the messages; VerifyClient::localeFor(QLocale()) by default. */
    void setLocale(const QString &locale) { m_locale = locale; }
    /** The Service as read by the first sendCode(); empty before. */
    VerifyService service() const { return m_service; }
    /** The verification the sign-in holds (its VE… SID); empty before a code was sent. */
    QString verificationSid() const { return m_verificationSid; }

    void logIn(const QString &username, const QString &password) override;
    void resumeSession(const QByteArray &sessionToken) override;
    void sendCode(const std::optional<E164Number> &to, Channel channel) override;
    void checkCode(const std::optional<E164Number> &to, const QString &code) override;
    void abort() override;
    void prepareConnection() override;
    void signOut() override;
    void prepare() override;
    void beginEnrolment(const QString &username, const QString &password) override;
    void completeEnrolment(const E164Number &number) override;
    ServerCapabilities enrolmentCapabilities() const override;
    /**
     * Device trust is local in direct mode: the "token" is the enrolled number, so a remembered device
     * stops counting as soon as the number changes. Honoured only after the local password check.
     */
    QString deviceTrustKey() const override;
    void presentDeviceToken(const QByteArray &token) override { m_presentedDeviceToken = token; }
    void setRememberDevice(bool remember) override { m_rememberDevice = remember; }
    DeviceToken issuedDeviceToken() const override;
    bool canChangeNumber() const override { return m_account && m_account->exists(); }
    void changeNumber(const E164Number &number) override;

private:
    enum class Step {
        Idle,
        LoadingAccount,
        CheckingPassword,
        FetchingService,
        Starting,
        Checking,
        Enrolling,
        ChangingNumber
    };
    /** What a Service fetch was for. */
    enum class Then { SendCode, LogIn, Enrol };

    void startVerification();
    void onServiceFetched(const VerifyService &service);
    void onVerificationStarted(const Verification &verification);
    void onCodeChecked(const Verification &verification);
    void onFailed(const AuthError &error);
    /** Answers failed() on the next turn of the event loop, like a server would. */
    void refuseLater(const AuthError &error);
    void fetchServiceThen(Then then);
    void sendToEmailOnFile();
    /** Starts the verification, after reading the Service first if that has not been done yet. */
    void startOnceTheServiceIsKnown();
    void onAccountLoaded(bool exists);
    void onPasswordChecked(bool matches);
    void onAccountFailed(const QString &message);
    void emitLoggedIn();
    /** The local account's number, where "the number on file" sends; empty before enrolment. */
    std::optional<E164Number> numberOnFile() const;
    void wipeEnrolment();

    VerifyClient *m_client;
    QString m_locale;
    VerifyService m_service;
    bool m_hasService = false;
    Step m_step = Step::Idle;
    std::optional<E164Number> m_to; // the number the sign-in's verification is for
    bool m_toEmailOnFile = false;   // the verification is for the address on file instead
    QString m_emailOnFile;
    Channel m_channel = Channel::Sms;
    QString m_verificationSid;
    int m_wrongChecks = 0; // wrong codes checked against m_verificationSid
    quint64 m_generation = 0;
    Then m_then = Then::SendCode;
    LocalAccount *m_account = nullptr;
    QString m_loginUsername;
    QByteArray m_presentedDeviceToken; // for the next login only
    bool m_rememberDevice = false;
    // Between beginEnrolment() and completeEnrolment() only, in memory; wiped once the account is stored.
    QString m_enrolUsername;
    QString m_enrolPassword;
};

} // namespace latchkey
