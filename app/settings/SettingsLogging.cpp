#include "settings/SettingsLogging.h"

Q_LOGGING_CATEGORY(lcSettings, "latchkey.settings", QtInfoMsg)
