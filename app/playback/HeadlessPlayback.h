#pragma once

#include "PlaybackRequest.h"

#include <QTextStream>

#include <memory>

class AudioOutput;

// Plays one request to its end without a window, for the command line: the event loop runs
// locally until the clip finished or failed, and the outcome becomes a process exit code.
namespace HeadlessPlayback {

enum ExitCode { Played = 0, BadInput = 2, NoOutput = 3 };

// How to play: ClipPlayer's settings.
struct Options
{
    double speed = 1.0; // 0.5 to 3, pitch kept
    qint64 leadInMs = 0;
    qint64 leadOutMs = 0;
};

// Plays `request` on the default output, blocks until the end (or an error) and returns 0 when
// it played, 2 for bad input (missing or undecodable file, unreachable URL, bad span), 3 when
// there is no audio output device; on error writes one clear message to `err`. Needs a
// QCoreApplication.
int run(const PlaybackRequest &request, QTextStream &err, const Options &options = Options());
// The same on a given output (tests pass a fake).
int run(const PlaybackRequest &request, std::unique_ptr<AudioOutput> output, QTextStream &err,
        const Options &options = Options());

} // namespace HeadlessPlayback
