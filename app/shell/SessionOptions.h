#pragma once

#include "BackendAuthService.h"
#include "ConfiguredNetworkAccessManager.h"
#include "EffectiveSettings.h"
#include "SignInFlow.h"
#include "VerifyClient.h"

namespace latchkey {

/**
 * The settings model turned into each part's own plain options: the flow's, the network's, the backend's
 * endpoints and the Verify service. Only the shell reads settings; the parts below it never see them.
 */
class SessionOptions
{
public:
    static FlowOptions flow(const EffectiveSettings &settings);
    /** Reads the extra CA file (PEM, or else DER) named by Tls/ExtraCaFile. */
    static NetworkOptions network(const EffectiveSettings &settings);
    /** The backend's origin (empty when none is configured) and its paths. */
    static BackendEndpoints endpoints(const EffectiveSettings &settings);
    /** Direct mode's Verify service: its base URL and SID; the key and secret come from the keychain. */
    static VerifyAccount verifyService(const EffectiveSettings &settings);
};

} // namespace latchkey
