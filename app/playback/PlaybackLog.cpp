#include "PlaybackLog.h"

Q_LOGGING_CATEGORY(lcPlayback, "citecast.playback", QtInfoMsg)
