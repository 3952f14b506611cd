#pragma once

#include "PlaybackRequest.h"

#include <QString>

// One entry of the play queue: what to play, and how the queue names it ("Citation 4").
struct QueueItem
{
    PlaybackRequest request;
    QString label;
};
