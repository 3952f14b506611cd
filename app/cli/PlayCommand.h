#pragma once

#include "playback/HeadlessPlayback.h"
#include "playback/PlaybackRequest.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

// The `citecast play` subcommand: resolves an episode's citation, clip or span (or a span of any
// audio file) to a PlaybackRequest and plays it headless on the default output until its end.
namespace PlayCommand {
// `arguments` are those after the word "play"; `libraryPath` is the library file to read episodes
// from. Returns the process exit code: 0 played, 1 bad usage or library, 2 bad input (unknown
// episode, citation or clip; missing or undecodable audio; bad span), 3 no audio output device.
int run(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err);

// Plays a resolved request and returns the exit code (HeadlessPlayback::run by default).
using Player = std::function<int(const PlaybackRequest &request,
                                 const HeadlessPlayback::Options &options, QTextStream &err)>;
// The same with another player, so tests can check what a command line resolves to.
int run(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err, const Player &player);

QString helpText();
} // namespace PlayCommand
