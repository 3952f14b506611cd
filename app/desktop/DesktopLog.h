#pragma once

#include <QLoggingCategory>

// The logging category of everything under app/desktop: "citecast.desktop".
Q_DECLARE_LOGGING_CATEGORY(lcDesktop)
