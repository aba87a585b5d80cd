#pragma once

#include "Command.h"
#include "SecretStore.h"
#include "UsageStats.h"

#include <QDateTime>
#include <memory>

namespace latchkey {

class AttemptsStatsReader;
class HttpCall;
class TerminalSignInCommand;
struct HttpResponse;
class Clock;
class Console;
class LaunchSettings;
class NetworkStack;
struct AuthError;

/**
 * --stats [--since DATE] [--until DATE] [--json] [--local]: sign-in figures for a period. Direct mode reads
 * Twilio's Attempts API with the keychain's Twilio secret (AttemptsStatsReader); backend mode (and the
 * sandbox) signs in on the terminal, then reads GET /api/admin/stats when the login answer announced `stats`;
 * --local summarises this computer's audit log. In direct mode, Fraud Guard blocks and rate-limit refusals
 * (which never reach the Attempts API) come from the audit log, as seen on this computer. Text for people on
 * stdout, or one JSON object with --json. No phone number appears.
 */
class StatsCommand final : public Command
{
    Q_OBJECT
public:
    /** Everything handed in must outlive the command. */
    StatsCommand(const LaunchSettings &launch, SecretStore *keychain, Clock *clock, Console *console,
                 QObject *parent = nullptr);
    ~StatsCommand() override;

    void start() override;

    /** The figures of an audit log's records in [since, until) (see docs/command-line.md). */
    static UsageStats fromAuditRecords(const QList<QJsonObject> &records, const QDateTime &since,
                                       const QDateTime &until);
    /** The figures as text, in the UI language (country names included). */
    static QString text(const UsageStats &stats);

private:
    void onSecretRead(const QString &key, const QByteArray &value, SecretStore::Error error,
                      const QString &message);
    /** The period: the command line's, else the 30 days up to now (called when the figures are read). */
    void fixPeriod();
    void onSignedIn(int exitCode);
    void onBackendAnswer(const HttpResponse &response);
    void onStats(UsageStats stats);
    void onFailed(const AuthError &error);
    void fail(const QString &problem, int exitCode);

    const LaunchSettings &m_launch;
    SecretStore *m_keychain;
    Clock *m_clock;
    Console *m_console;
    QDateTime m_since;
    QDateTime m_until;
    bool m_finished = false;
    std::unique_ptr<NetworkStack> m_network;
    std::unique_ptr<AttemptsStatsReader> m_reader;
    std::unique_ptr<TerminalSignInCommand> m_signIn;
};

} // namespace latchkey
