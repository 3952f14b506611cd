#include "DesktopLog.h"

Q_LOGGING_CATEGORY(lcDesktop, "citecast.desktop", QtInfoMsg)
