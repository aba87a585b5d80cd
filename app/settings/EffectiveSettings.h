#pragma once

#include "Channel.h"
#include "SettingsResolver.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace latchkey {

/**
 * The resolver's answers as typed values, after the checks that involve several keys (a default channel
 * that is not allowed, a manual proxy without a URL, ...). Plain values only: the shell reads them and hands
 * each part its own options (SessionOptions), so no part below the shell includes a settings header.
 */
struct EffectiveSettings
{
    enum class Mode { Backend, Twilio, Sandbox };
    enum class ProxyMode { System, None, Manual };

    Mode mode = Mode::Backend;
    bool sandboxAllowed = true;
    QUrl serverUrl; // the backend's origin; empty when no server is configured
    QString loginPath;
    QString sendCodePath;
    QString verifyCodePath;
    QString logoutPath;
    QString verifyServiceSid;
    QUrl verifyBaseUrl;
    QList<Channel> allowedChannels;
    Channel defaultChannel = Channel::Sms;
    int codeLength = 0;
    int resendCooldownSeconds = 30;
    int callFallbackSeconds = 20;
    bool rememberMeAllowed = true;
    int rememberMeDays = 0;
    bool rememberMeDefault = false;
    bool rememberDeviceAllowed = false;
    int rememberDeviceDays = 30;
    QString phoneNumber;  // E.164; empty: none
    QString emailAddress; // direct mode's address on file, set by an administrator; empty: none
    ProxyMode proxyMode = ProxyMode::System;
    QUrl proxyUrl;
    int connectTimeoutSeconds = 10;
    int totalTimeoutSeconds = 30;
    QString extraCaFile;
    QStringList pinnedSpkiSha256;
    QString language; // empty: the system's
    QString helpDeskText;
    QString helpDeskLogo;
    QString organisationName;
    bool closeWhenDone = false;
    QString logLevel;
    QString logDirectory; // empty: no log file
    bool syslog = false;
    // The audit log of sign-in attempts (Audit/*): its file (empty: none) and whether syslog gets a copy.
    QString auditPath;
    bool auditSyslog = false;
    // --exec: whether a sandbox sign-in may start the gated program, and the assertion audience it asks for.
    bool gateAllowsSandbox = false;
    QString gateAudience; // empty: the backend's default audience

    bool modeLocked = false;
    bool rememberMeLocked = false;
    bool rememberDeviceLocked = false;
    bool defaultChannelLocked = false;
    bool allowedChannelsLocked = false;
    bool phoneNumberLocked = false;
    // Auth/FailMode=open set by policy (anywhere else it is ignored, with a warning).
    bool failOpen = false;

    /** Reads the resolver; problems that involve several keys are appended to *problems. */
    static EffectiveSettings from(const SettingsResolver &resolver,
                                  QList<SettingsProblem> *problems = nullptr);

    static QString modeName(Mode mode);
    /** Empty when a sign-in can start; otherwise the sentence that says why not (exit code 3). */
    QString startProblem(const SettingsResolver &resolver) const;
    /** The sentence for an install with no server: what to set, and where the admin guide is. */
    static QString noServerMessage(bool sandboxAllowed);

    /** The server a sign-in talks to in this mode (empty for the sandbox, which has none yet). */
    QUrl serverOrigin() const;
};

} // namespace latchkey
