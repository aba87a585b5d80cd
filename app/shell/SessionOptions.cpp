#include "SessionOptions.h"

#include "Logging.h"

#include <QSslCertificate>

namespace latchkey {

namespace {

NetworkOptions::ProxyMode proxyModeFor(EffectiveSettings::ProxyMode mode)
{
    switch (mode) {
    case EffectiveSettings::ProxyMode::None:
        return NetworkOptions::ProxyMode::None;
    case EffectiveSettings::ProxyMode::Manual:
        return NetworkOptions::ProxyMode::Manual;
    case EffectiveSettings::ProxyMode::System:
        break;
    }
    return NetworkOptions::ProxyMode::System;
}

} // namespace

FlowOptions SessionOptions::flow(const EffectiveSettings &settings)
{
    FlowOptions options;
    options.allowedChannels = settings.allowedChannels;
    options.defaultChannel = settings.defaultChannel;
    options.resendCooldownSeconds = settings.resendCooldownSeconds;
    options.callFallbackSeconds = settings.callFallbackSeconds;
    options.rememberMeAllowed = settings.rememberMeAllowed;
    options.rememberMeDefault = settings.rememberMeDefault;
    options.rememberMeLocked = settings.rememberMeLocked;
    options.rememberDeviceAllowed = settings.rememberDeviceAllowed;
    options.rememberDeviceLocked = settings.rememberDeviceLocked;
    options.rememberDeviceDays = settings.rememberDeviceDays;
    options.defaultChannelLocked = settings.defaultChannelLocked;
    options.allowedChannelsLocked = settings.allowedChannelsLocked;
    options.helpDeskText = settings.helpDeskText;
    options.helpDeskLogoPath = settings.helpDeskLogo;
    options.organisationName = settings.organisationName;
    options.phoneNumber = settings.phoneNumber;
    options.phoneNumberLocked = settings.phoneNumberLocked;
    options.failOpen = settings.failOpen;
    return options;
}

NetworkOptions SessionOptions::network(const EffectiveSettings &settings)
{
    NetworkOptions options;
    options.proxyMode = proxyModeFor(settings.proxyMode);
    options.proxyUrl = settings.proxyUrl;
    options.connectTimeoutMsecs = settings.connectTimeoutSeconds * 1000;
    options.totalTimeoutMsecs = settings.totalTimeoutSeconds * 1000;
    if (!settings.extraCaFile.isEmpty()) {
        options.extraCaCertificates = QSslCertificate::fromPath(settings.extraCaFile, QSsl::Pem);
        if (options.extraCaCertificates.isEmpty()) {
            options.extraCaCertificates = QSslCertificate::fromPath(settings.extraCaFile, QSsl::Der);
        }
        if (options.extraCaCertificates.isEmpty()) {
            qCWarning(lcSettings) << "Tls/ExtraCaFile" << settings.extraCaFile
                                  << "looked like a certificate but none could be read from it";
        }
    }
    for (const QString &pin : settings.pinnedSpkiSha256) {
        options.pinnedSpkiSha256.append(QByteArray::fromBase64(pin.toLatin1())); // the schema checked each
    }
    return options;
}

BackendEndpoints SessionOptions::endpoints(const EffectiveSettings &settings)
{
    BackendEndpoints endpoints;
    endpoints.origin = settings.serverUrl;
    endpoints.loginPath = settings.loginPath;
    endpoints.sendCodePath = settings.sendCodePath;
    endpoints.verifyCodePath = settings.verifyCodePath;
    endpoints.logoutPath = settings.logoutPath;
    return endpoints;
}

VerifyAccount SessionOptions::verifyService(const EffectiveSettings &settings)
{
    VerifyAccount account;
    account.baseUrl = settings.verifyBaseUrl;
    account.serviceSid = settings.verifyServiceSid;
    return account;
}

} // namespace latchkey
