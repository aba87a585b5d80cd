#include "EffectiveSettings.h"

#include "AuditLog.h"
#include "LogSink.h"
#include "SettingsLocations.h"
#include "SettingsSchema.h"

#include <QCoreApplication>

namespace latchkey {

namespace {

Channel channelNamed(const QString &name)
{
    Channel channel = Channel::Sms;
    channelFromWireName(name, &channel);
    return channel;
}

} // namespace

EffectiveSettings EffectiveSettings::from(const SettingsResolver &resolver, QList<SettingsProblem> *problems)
{
    auto problem = [&resolver,
                    problems](const QString &key, const QString &message,
                              SettingsProblem::Severity severity = SettingsProblem::Severity::Error) {
        if (problems) {
            const ResolvedSetting setting = resolver.get(key);
            problems->append(
                {severity, setting.layer,
                 setting.location.isEmpty() ? SettingsResolver::layerName(setting.layer) : setting.location,
                 setting.key, message});
        }
    };
    auto text = [&resolver](const QString &key) { return resolver.value(key).toString(); };
    auto number = [&resolver](const QString &key) { return resolver.value(key).toInt(); };

    EffectiveSettings s;
    const QString mode = text(SettingsKey::mode);
    s.mode = mode == QLatin1String("twilio")    ? Mode::Twilio
             : mode == QLatin1String("sandbox") ? Mode::Sandbox
                                                : Mode::Backend;
    s.modeLocked = resolver.isLocked(SettingsKey::mode);
    s.sandboxAllowed = resolver.value(SettingsKey::allowSandbox).toBool();
    if (s.mode == Mode::Sandbox && !s.sandboxAllowed) {
        const ResolvedSetting allow = resolver.get(SettingsKey::allowSandbox);
        problem(SettingsKey::mode,
                QCoreApplication::translate("Settings", "is sandbox, but %1 (%2) turns the sandbox off")
                    .arg(allow.key, SettingsResolver::describeSource(allow)));
    }

    s.serverUrl = QUrl(text(SettingsKey::serverUrl));
    s.loginPath = text(SettingsKey::loginPath);
    s.sendCodePath = text(SettingsKey::sendCodePath);
    s.verifyCodePath = text(SettingsKey::verifyCodePath);
    s.logoutPath = text(SettingsKey::logoutPath);
    s.verifyServiceSid = text(SettingsKey::verifyServiceSid);
    s.verifyBaseUrl = QUrl(text(SettingsKey::verifyBaseUrl));

    // Allowed channels keep the UI's order, with the default first so every front end offers it first.
    const QStringList allowed = resolver.value(SettingsKey::allowedChannels).toStringList();
    for (Channel channel : allChannels()) {
        if (allowed.contains(channelWireName(channel))) {
            s.allowedChannels.append(channel);
        }
    }
    s.defaultChannel = channelNamed(text(SettingsKey::defaultChannel));
    if (!s.allowedChannels.contains(s.defaultChannel)) {
        if (resolver.get(SettingsKey::defaultChannel).layer != SettingsLayer::BuiltIn) {
            problem(SettingsKey::defaultChannel,
                    QCoreApplication::translate("Settings", "%1 is not among the allowed channels (%2: %3)")
                        .arg(channelWireName(s.defaultChannel), SettingsKey::allowedChannels,
                             allowed.join(QStringLiteral(", "))));
        }
        s.defaultChannel = s.allowedChannels.value(0, Channel::Sms);
    }
    s.allowedChannels.removeOne(s.defaultChannel);
    s.allowedChannels.prepend(s.defaultChannel);
    s.defaultChannelLocked = resolver.isLocked(SettingsKey::defaultChannel);
    s.allowedChannelsLocked = resolver.isLocked(SettingsKey::allowedChannels);

    s.codeLength = number(SettingsKey::codeLength);
    s.resendCooldownSeconds = number(SettingsKey::resendCooldown);
    s.callFallbackSeconds = number(SettingsKey::callFallback);
    s.rememberMeAllowed = resolver.value(SettingsKey::rememberMeAllowed).toBool();
    s.rememberMeLocked = resolver.isLocked(SettingsKey::rememberMeAllowed);
    s.rememberMeDefault = resolver.value(SettingsKey::rememberMeDefault).toBool();
    s.rememberMeDays = number(SettingsKey::rememberMeDays);
    s.rememberDeviceAllowed = resolver.value(SettingsKey::rememberDeviceAllowed).toBool();
    s.rememberDeviceLocked = resolver.isLocked(SettingsKey::rememberDeviceAllowed);
    s.rememberDeviceDays = number(SettingsKey::rememberDeviceDays);
    // Fail-open lets a stolen password in when the network is in an attacker's hands: only policy may ask for
    // it.
    if (text(SettingsKey::failMode) == QLatin1String("open")) {
        s.failOpen = resolver.get(SettingsKey::failMode).layer == SettingsLayer::Policy;
        if (!s.failOpen) {
            problem(SettingsKey::failMode,
                    QCoreApplication::translate("Settings", "\"open\" is honoured only when set by policy; "
                                                            "Latchkey fails closed"),
                    SettingsProblem::Severity::Warning);
        }
    }
    s.phoneNumber = text(SettingsKey::phoneNumber);
    s.phoneNumberLocked = resolver.isLocked(SettingsKey::phoneNumber);
    // Someone with a stolen password must not choose where the code goes: the address is an administrator's.
    const QString emailAddress = text(SettingsKey::emailAddress);
    if (!emailAddress.isEmpty()) {
        const SettingsLayer layer = resolver.get(SettingsKey::emailAddress).layer;
        if (layer == SettingsLayer::Policy || layer == SettingsLayer::AdminDefaults) {
            s.emailAddress = emailAddress;
        } else {
            problem(SettingsKey::emailAddress,
                    QCoreApplication::translate("Settings",
                                                "is honoured only when set by policy or the admin "
                                                "defaults; codes are not sent by email"),
                    SettingsProblem::Severity::Warning);
        }
    }

    const QString proxy = text(SettingsKey::proxyMode);
    s.proxyMode = proxy == QLatin1String("none")     ? ProxyMode::None
                  : proxy == QLatin1String("manual") ? ProxyMode::Manual
                                                     : ProxyMode::System;
    s.proxyUrl = QUrl(text(SettingsKey::proxyUrl));
    if (s.proxyMode == ProxyMode::Manual && s.proxyUrl.isEmpty()) {
        problem(SettingsKey::proxyMode,
                QCoreApplication::translate(
                    "Settings", "is manual, but %1 is not set; the system's proxy settings are used instead")
                    .arg(SettingsKey::proxyUrl));
        s.proxyMode = ProxyMode::System;
    }
    s.connectTimeoutSeconds = number(SettingsKey::connectTimeout);
    s.totalTimeoutSeconds = number(SettingsKey::totalTimeout);
    if (s.connectTimeoutSeconds > s.totalTimeoutSeconds) {
        problem(SettingsKey::connectTimeout,
                QCoreApplication::translate("Settings",
                                            "(%1) is longer than %2 (%3); the total timeout bounds both")
                    .arg(s.connectTimeoutSeconds)
                    .arg(SettingsKey::totalTimeout)
                    .arg(s.totalTimeoutSeconds));
        s.connectTimeoutSeconds = s.totalTimeoutSeconds;
    }

    s.extraCaFile = text(SettingsKey::extraCaFile);
    s.pinnedSpkiSha256 = resolver.value(SettingsKey::pinnedSpki).toStringList();

    const QString language = text(SettingsKey::language);
    s.language = language == QLatin1String("system") ? QString() : language;
    s.helpDeskText = text(SettingsKey::helpDeskText);
    s.helpDeskLogo = text(SettingsKey::helpDeskLogo);
    s.organisationName = text(SettingsKey::organisationName);
    s.closeWhenDone = resolver.value(SettingsKey::closeWhenDone).toBool();
    // A gate is the organisation's: only its policy lets the sandbox's demo sign-ins open one.
    if (resolver.value(SettingsKey::gateAllowSandbox).toBool()) {
        s.gateAllowsSandbox = resolver.get(SettingsKey::gateAllowSandbox).layer == SettingsLayer::Policy;
        if (!s.gateAllowsSandbox) {
            problem(SettingsKey::gateAllowSandbox,
                    QCoreApplication::translate("Settings", "true is honoured only when set by policy; a "
                                                            "sandbox sign-in does not open a gate"),
                    SettingsProblem::Severity::Warning);
        }
    }
    s.gateAudience = text(SettingsKey::gateAudience);
    s.logLevel = text(SettingsKey::logLevel);
    const QString directory = text(SettingsKey::logDirectory);
    s.logDirectory = directory == QLatin1String("none") ? QString()
                     : directory.isEmpty()              ? LogSink::defaultDirectory()
                                                        : directory;
    s.syslog = resolver.value(SettingsKey::syslog).toBool();
    if (resolver.value(SettingsKey::auditEnabled).toBool()) {
        const QString auditPath = text(SettingsKey::auditPath);
        s.auditPath = auditPath.isEmpty() ? AuditLog::defaultPath() : auditPath;
        s.auditSyslog = resolver.value(SettingsKey::auditSyslog).toBool();
    }
    return s;
}

QString EffectiveSettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Backend:
        return QStringLiteral("backend");
    case Mode::Twilio:
        return QStringLiteral("twilio");
    case Mode::Sandbox:
        return QStringLiteral("sandbox");
    }
    return QString();
}

QString EffectiveSettings::noServerMessage(bool sandboxAllowed)
{
    const QString message = QCoreApplication::translate(
                                "Settings", "No server configured. Your administrator sets Server/Url "
                                            "(see the admin guide, %1); for a one-off, pass --server URL.")
                                .arg(SettingsLocations::adminGuide());
    return sandboxAllowed ? message + QLatin1Char(' ') +
                                QCoreApplication::translate(
                                    "Settings", "To try Latchkey without a server, use --sandbox.")
                          : message;
}

QString EffectiveSettings::startProblem(const SettingsResolver &resolver) const
{
    if (resolver.failedClosed()) {
        return resolver.failedClosedMessage();
    }
    switch (mode) {
    case Mode::Sandbox:
        if (!sandboxAllowed) {
            const ResolvedSetting allow = resolver.get(SettingsKey::allowSandbox);
            return QCoreApplication::translate("Settings", "The sandbox is turned off by %1 (%2).")
                .arg(allow.key, SettingsResolver::describeSource(allow));
        }
        return QString();
    case Mode::Twilio:
        if (verifyServiceSid.isEmpty()) {
            return QCoreApplication::translate(
                       "Settings", "Direct mode needs the Verify Service SID: your administrator sets "
                                   "Verify/ServiceSid (see %1); for a one-off, pass --service-sid.")
                .arg(SettingsLocations::adminGuide());
        }
        return QString();
    case Mode::Backend:
        if (serverUrl.isEmpty()) {
            return noServerMessage(sandboxAllowed);
        }
        return QString();
    }
    return QString();
}

QUrl EffectiveSettings::serverOrigin() const
{
    switch (mode) {
    case Mode::Backend:
        return serverUrl;
    case Mode::Twilio:
        return verifyBaseUrl;
    case Mode::Sandbox:
        return QUrl();
    }
    return QUrl();
}

} // namespace latchkey
