#pragma once

#include <QLoggingCategory>

// The logging category of everything under app/playback: "citecast.playback".
Q_DECLARE_LOGGING_CATEGORY(lcPlayback)
