#pragma once

#include "ConfiguredNetworkAccessManager.h"
#include "HttpClient.h"

namespace latchkey {

/**
 * The network a run talks through, set up in the one order it needs: the extra CA certificates made part of
 * the process's TLS defaults (connection pre-warming uses them), the network access manager the options
 * configure, and the HttpClient over it with the total timeout.
 */
class NetworkStack
{
public:
    explicit NetworkStack(const NetworkOptions &options);
    NetworkStack(const NetworkStack &) = delete;
    NetworkStack &operator=(const NetworkStack &) = delete;

    ConfiguredNetworkAccessManager *manager() { return &m_manager; }
    HttpClient *http() { return &m_http; }

private:
    ConfiguredNetworkAccessManager m_manager;
    HttpClient m_http;
};

} // namespace latchkey
