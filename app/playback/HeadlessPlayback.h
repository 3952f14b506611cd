#pragma once

#include "PlaybackRequest.h"

#include <QTextStream>

#include <memory>

class AudioOutput;

// Plays one request to its end without a window, for the command line: the event loop runs
// locally until the clip finished or failed, and the outcome becomes a process exit code.
namespace HeadlessPlayback {

enum ExitCode { Played = 0, BadInput = 2, NoOutput = 3 };

// Plays `request` on the default output, blocks until the end (or an error) and returns 0 when
// it played, 2 for bad input (missing or undecodable file, bad span), 3 when there is no audio
// output device; on error writes one clear message to `err`. Needs a QCoreApplication.
int run(const PlaybackRequest &request, QTextStream &err);
// The same on a given output (tests pass a fake).
int run(const PlaybackRequest &request, std::unique_ptr<AudioOutput> output, QTextStream &err);

} // namespace HeadlessPlayback
