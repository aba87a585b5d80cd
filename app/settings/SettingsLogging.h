#pragma once

#include <QLoggingCategory>

// Settings, policy and the network settings they apply; never logs a secret (no settings key holds one).
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
