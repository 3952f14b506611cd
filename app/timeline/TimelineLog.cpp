#include "TimelineLog.h"

Q_LOGGING_CATEGORY(lcTimeline, "citecast.timeline", QtInfoMsg)
