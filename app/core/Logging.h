#pragma once

#include <QLoggingCategory>

// One category per area; enable details with QT_LOGGING_RULES="latchkey.*.debug=true".
// Nothing logged through these may contain a password, a code, a token or a full phone number.
Q_DECLARE_LOGGING_CATEGORY(lcFlow)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
// Settings, policy and the network settings they apply; never logs a secret (no settings key holds one).
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
// The sandbox's outbox is the only output that shows a code; it has its own category so that it can be
// routed to stderr as "[sandbox] ..." lines and never mixed into machine-readable stdout.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxOutbox)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace latchkey {

inline constexpr char sandboxOutboxCategoryName[] = "latchkey.sandbox.outbox";

/** The name of a message's level as log lines show it: debug, info, warning, critical, fatal. */
const char *levelName(QtMsgType type);

/** Routes Qt messages to stderr: outbox lines as "[sandbox] ...", others as "latchkey: category: text". */
void installMessageHandler();

} // namespace latchkey
