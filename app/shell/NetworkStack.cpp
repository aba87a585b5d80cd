#include "NetworkStack.h"

namespace latchkey {

namespace {

/** The options, once their CA certificates are installed: before the manager makes its first connection. */
const NetworkOptions &withCertificatesInstalled(const NetworkOptions &options)
{
    ConfiguredNetworkAccessManager::installExtraCaCertificates(options.extraCaCertificates);
    return options;
}

} // namespace

NetworkStack::NetworkStack(const NetworkOptions &options)
    : m_manager(withCertificatesInstalled(options))
    , m_http(&m_manager)
{
    m_http.setTransferTimeout(options.totalTimeoutMsecs);
}

} // namespace latchkey
