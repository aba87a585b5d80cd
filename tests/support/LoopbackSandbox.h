#pragma once

// The sandbox on 127.0.0.1, on a clock the test moves, logging the requests it serves, and an HttpClient that
// reaches it directly (never through a proxy from the environment). Header-only: the tests that use it link
// latchkey_sandbox, which the support library does not.

#include "Clock.h"
#include "HttpClient.h"
#include "SandboxServer.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace latchkey::testing {

struct LoopbackSandbox
{
    LoopbackSandbox()
    {
        server.setRequestLogEnabled(true);
        network.setProxy(QNetworkProxy::NoProxy);
    }

    ManualClock clock;
    SandboxServer server{&clock};
    bool listening = server.listen();
    QNetworkAccessManager network;
    HttpClient http{&network};
};

} // namespace latchkey::testing
