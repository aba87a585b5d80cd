#include "StatsCommand.h"

#include "AttemptsStatsReader.h"
#include "AuditLog.h"
#include "BackendAuthService.h"
#include "Clock.h"
#include "CommandLine.h"
#include "Console.h"
#include "DirectAuthService.h"
#include "ExitCode.h"
#include "HttpClient.h"
#include "LaunchSettings.h"
#include "NetworkStack.h"
#include "SessionOptions.h"
#include "SignInSession.h"
#include "TerminalSignInCommand.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QUrlQuery>

namespace latchkey {

namespace {

QString percentText(qint64 attempts, qint64 converted)
{
    const std::optional<double> rate = UsageStats::rate(attempts, converted);
    return rate ? QLocale().toString(*rate, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
}

QString channelText(const QString &channel)
{
    if (channel == QLatin1String("sms")) {
        return StatsCommand::tr("SMS");
    }
    if (channel == QLatin1String("call")) {
        return StatsCommand::tr("Voice call");
    }
    if (channel == QLatin1String("whatsapp")) {
        return StatsCommand::tr("WhatsApp");
    }
    if (channel == QLatin1String("email")) {
        return StatsCommand::tr("Email");
    }
    return channel.isEmpty() ? StatsCommand::tr("Unknown") : channel;
}

QString countryText(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (code.isEmpty() || territory == QLocale::AnyTerritory) {
        return code.isEmpty() ? StatsCommand::tr("Unknown") : code;
    }
    return QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(territory), code);
}

QString rowText(const QString &name, const UsageStats::Row &row)
{
    return StatsCommand::tr("  %1: attempts %2, converted %3 (%4)")
        .arg(name)
        .arg(row.attempts)
        .arg(row.converted)
        .arg(percentText(row.attempts, row.converted));
}

} // namespace

StatsCommand::StatsCommand(const LaunchSettings &launch, SecretStore *keychain, Clock *clock,
                           Console *console, QObject *parent)
    : Command(parent)
    , m_launch(launch)
    , m_keychain(keychain)
    , m_clock(clock)
    , m_console(console)
{}

StatsCommand::~StatsCommand() = default;

void StatsCommand::start()
{
    const EffectiveSettings &settings = m_launch.settings();
    if (m_launch.commandLine().statsLocal) {
        if (settings.auditPath.isEmpty()) {
            fail(tr("The audit log is off (Audit/Enabled): there is nothing to summarise."),
                 toInt(ExitCode::ConfigurationError));
            return;
        }
        fixPeriod();
        UsageStats stats = fromAuditRecords(AuditLog::read(settings.auditPath), m_since, m_until);
        stats.source = QStringLiteral("local");
        onStats(stats);
        return;
    }
    if (settings.mode != EffectiveSettings::Mode::Twilio) {
        // The backend (or the sandbox) gives the figures to a signed-in admin: sign in on the terminal first.
        m_signIn = std::make_unique<TerminalSignInCommand>(m_launch, m_keychain, m_clock, m_console);
        connect(m_signIn.get(), &Command::finished, this, &StatsCommand::onSignedIn);
        m_signIn->start();
        return;
    }
    connect(m_keychain, &SecretStore::readFinished, this, &StatsCommand::onSecretRead);
    m_keychain->read(SecretKey::twilioSecret);
}

void StatsCommand::onSignedIn(int exitCode)
{
    m_console->stopReading();
    if (exitCode != toInt(ExitCode::SignedIn)) {
        if (exitCode == toInt(ExitCode::FailedOpen)) {
            fail(tr("You were let in without a code (fail-open): the backend gives no figures then."),
                 toInt(ExitCode::Failed));
            return;
        }
        m_finished = true;
        emit finished(exitCode); // the sign-in said why
        return;
    }
    QUrl url = m_signIn->session()->statsUrl();
    if (url.isEmpty()) {
        fail(tr("This server gives no sign-in figures to this account (its login answer did not announce "
                "\"stats\"); latchkey --stats --local shows this computer's."),
             toInt(ExitCode::ConfigurationError));
        return;
    }
    fixPeriod(); // after the sign-in, so that its own code counts
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), m_since.toUTC().toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("until"), m_until.toUTC().toString(Qt::ISODate));
    url.setQuery(query);
    HttpRequest request;
    request.url = url;
    request.maxResponseBytes = 1024 * 1024;
    request.headers.emplaceBack("Accept", "application/json");
    HttpCall *call = m_signIn->session()->http()->send(request); // with the session's cookie
    connect(call, &HttpCall::finished, this, &StatsCommand::onBackendAnswer);
}

void StatsCommand::onBackendAnswer(const HttpResponse &response)
{
    if (!response.hasAnswer()) {
        fail(tr("The backend's figures could not be read: %1").arg(response.transportError.userMessage()),
             toInt(ExitCode::Failed));
        return;
    }
    if (response.status != 200) {
        const QString text = BackendAuthService::readableText(response);
        fail(tr("The backend refused the figures (HTTP %1)%2")
                 .arg(response.status)
                 .arg(text.isEmpty() ? QString() : QStringLiteral(": ") + text),
             toInt(ExitCode::Failed));
        return;
    }
    QString problem;
    const std::optional<UsageStats> stats =
        UsageStats::fromBackendJson(QJsonDocument::fromJson(response.body).object(), &problem);
    if (!stats) {
        fail(tr("The backend's figures cannot be read: \"%1\" is missing or wrong.").arg(problem),
             toInt(ExitCode::Failed));
        return;
    }
    onStats(*stats);
}

void StatsCommand::fixPeriod()
{
    // Without --until: up to now, rounded up to the next second (the period's end is excluded, and the
    // wire carries whole seconds).
    const CommandLine &commandLine = m_launch.commandLine();
    const QDateTime now = m_clock->now().toUTC();
    const QDateTime nextSecond = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() + 1, Qt::UTC);
    m_until = commandLine.statsUntil.isValid() ? commandLine.statsUntil : nextSecond;
    m_since = commandLine.statsSince.isValid() ? commandLine.statsSince : m_until.addDays(-30);
}

void StatsCommand::onSecretRead(const QString &key, const QByteArray &value, SecretStore::Error error,
                                const QString &message)
{
    if (key != SecretKey::twilioSecret) {
        return;
    }
    disconnect(m_keychain, &SecretStore::readFinished, this, &StatsCommand::onSecretRead);
    if (error == SecretStore::Error::NotFound) {
        fail(QCoreApplication::translate("main", "No Twilio secret: run latchkey --set-twilio-secret."),
             toInt(ExitCode::ConfigurationError));
        return;
    }
    if (error != SecretStore::Error::None) {
        fail(QCoreApplication::translate("main", "Direct mode cannot work without the keychain: %1")
                 .arg(message),
             toInt(ExitCode::ConfigurationError));
        return;
    }
    VerifyAccount account = SessionOptions::verifyService(m_launch.settings());
    if (!DirectAuthService::parseTwilioSecret(value, &account.keySid, &account.secret)) {
        fail(QCoreApplication::translate("main", "The Twilio secret in the keychain is damaged: run latchkey "
                                                 "--set-twilio-secret again."),
             toInt(ExitCode::ConfigurationError));
        return;
    }
    m_network = std::make_unique<NetworkStack>(SessionOptions::network(m_launch.settings()));
    m_reader = std::make_unique<AttemptsStatsReader>(m_network->http(), account);
    account.secret.clear();
    connect(m_reader.get(), &AttemptsStatsReader::finished, this, &StatsCommand::onStats);
    connect(m_reader.get(), &AttemptsStatsReader::failed, this, &StatsCommand::onFailed);
    fixPeriod();
    m_reader->start(m_since, m_until);
}

void StatsCommand::onStats(UsageStats stats)
{
    if (m_finished) {
        return;
    }
    if (stats.source == QLatin1String("twilio") && !m_launch.settings().auditPath.isEmpty()) {
        // What never reaches the Attempts API, as this computer saw it.
        const UsageStats seen =
            fromAuditRecords(AuditLog::read(m_launch.settings().auditPath), m_since, m_until);
        stats.fraudGuardBlocks = seen.fraudGuardBlocks;
        stats.rateLimited = seen.rateLimited;
    }
    m_finished = true;
    if (m_launch.commandLine().statsJson) {
        m_console->printOut(QString::fromUtf8(QJsonDocument(stats.toJson()).toJson(QJsonDocument::Compact)) +
                            QLatin1Char('\n'));
    } else {
        m_console->printOut(text(stats));
    }
    emit finished(0);
}

void StatsCommand::onFailed(const AuthError &error)
{
    QString problem = tr("Twilio's figures could not be read: %1").arg(error.userMessage());
    if (error.kind == AuthError::Kind::RateLimited || error.httpStatus == 429) {
        problem = tr("Twilio limits how often these figures can be read: try again in a minute.");
    }
    fail(problem, toInt(ExitCode::Failed));
}

void StatsCommand::fail(const QString &problem, int exitCode)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_console->printError(problem);
    emit finished(exitCode);
}

UsageStats StatsCommand::fromAuditRecords(const QList<QJsonObject> &records, const QDateTime &since,
                                          const QDateTime &until)
{
    UsageStats stats;
    stats.source = QStringLiteral("local");
    stats.since = since.toUTC();
    stats.until = until.toUTC();
    stats.retentionDays = 0; // the audit log keeps what its size allows
    for (const QJsonObject &record : records) {
        const QDateTime when =
            QDateTime::fromString(record.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        if (!when.isValid() || when < since || when >= until) {
            continue;
        }
        stats.fraudGuardBlocks += record.value(QStringLiteral("fraudGuardBlocks")).toInteger();
        stats.rateLimited += record.value(QStringLiteral("rateLimited")).toInteger();
        // A sign-in counts as an attempt once a code went out; it converts when it ended signed in.
        if (record.value(QStringLiteral("codesSent")).toInteger() > 0) {
            stats.add(record.value(QStringLiteral("channel")).toString(),
                      record.value(QStringLiteral("country")).toString(),
                      record.value(QStringLiteral("outcome")).toString() == QLatin1String("signed-in"));
        }
    }
    stats.sortRows();
    return stats;
}

QString StatsCommand::text(const UsageStats &stats)
{
    QString source = tr("Twilio Verify");
    if (stats.source == QLatin1String("backend")) {
        source = tr("the backend");
    } else if (stats.source == QLatin1String("local")) {
        source = tr("this computer's audit log");
    }
    QStringList lines;
    lines << tr("Sign-ins from %1 to %2 (UTC), from %3")
                 .arg(stats.since.toUTC().toString(Qt::ISODate), stats.until.toUTC().toString(Qt::ISODate),
                      source);
    lines << tr("Attempts: %1").arg(stats.attempts);
    lines << tr("Converted: %1 (%2)").arg(stats.converted).arg(percentText(stats.attempts, stats.converted));
    if (!stats.channels.isEmpty()) {
        lines << tr("By channel:");
        for (const UsageStats::Row &row : stats.channels) {
            lines << rowText(channelText(row.key), row);
        }
    }
    if (!stats.countries.isEmpty()) {
        lines << tr("By country:");
        for (const UsageStats::Row &row : stats.countries) {
            lines << rowText(countryText(row.key), row);
        }
    }
    if (stats.priceMicros) {
        lines << tr("Total price: %1 %2").arg(stats.priceText(), stats.currency);
        if (stats.mixedCurrencies) {
            lines << tr("  (prices in other currencies are left out)");
        }
    } else if (stats.source != QLatin1String("local")) {
        lines << tr("Total price: not given");
    }
    lines << tr("Fraud Guard blocks seen: %1").arg(stats.fraudGuardBlocks);
    lines << tr("Rate-limit refusals seen: %1").arg(stats.rateLimited);
    if (stats.source == QLatin1String("twilio")) {
        lines << tr("Twilio keeps about %1 days of attempts; Fraud Guard blocks and rate-limit refusals are "
                    "those this computer saw.")
                     .arg(stats.retentionDays);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace latchkey
