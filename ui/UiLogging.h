#pragma once

#include <QLoggingCategory>

// The wizard's category; like every Latchkey category it never carries a password, a code or a full number.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
