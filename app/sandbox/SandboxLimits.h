#pragma once

#include <QtGlobal>
#include <chrono>

namespace latchkey {

/**
 * What the sandbox's listener allows one client before it closes the connection (docs/sandbox.md, "Limits").
 * The defaults hold a few hundred abusive connections to a few megabytes; tests shorten the timeouts.
 */
struct SandboxLimits
{
    /** Open connections at once; one more closes the longest-idle connection, or is refused with 503. */
    int maxConnections = 64;
    /** A request's body (Content-Length, or chunked data) above this is refused with 413 and closed. */
    qint64 maxBodyBytes = 64 * 1024;
    /** A request line and its headers above this are refused with 431 and closed. */
    qint64 maxHeaderBytes = 16 * 1024;
    /** A connection with nothing received for this long is closed (408 when a request was under way). */
    std::chrono::milliseconds idleTimeout{30000};
    /** A request's head must be complete this long after its first byte, or 408 and closed. */
    std::chrono::milliseconds headerTimeout{10000};
    /** Its body must be complete this long after its head, or 408 and closed. */
    std::chrono::milliseconds bodyTimeout{30000};
};

} // namespace latchkey
