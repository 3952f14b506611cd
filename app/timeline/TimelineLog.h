#pragma once

#include <QLoggingCategory>

// The logging category of everything under app/timeline: "citecast.timeline".
Q_DECLARE_LOGGING_CATEGORY(lcTimeline)
