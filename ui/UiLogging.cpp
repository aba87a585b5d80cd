#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "latchkey.ui", QtInfoMsg)
