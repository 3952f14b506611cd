#include "HeadlessPlayback.h"

#include "ClipPlayer.h"
#include "QtAudioOutput.h"

#include <QEventLoop>
#include <QTimer>

namespace HeadlessPlayback {

namespace {

// How long the sound server's notifications about our closed stream are given to arrive before
// the process may exit. Qt 6.4 tears down its PulseAudio connection at exit without stopping the
// thread that handles them, which aborted `citecast play` in about 3% of runs in the end-to-end
// test; once they have been handled, that thread is idle when the process ends.
constexpr int SettleMs = 250;

int play(const PlaybackRequest &request, std::unique_ptr<AudioOutput> output, QTextStream &err,
         const Options &options, bool *outputStarted)
{
    ClipPlayer player(std::move(output));
    player.setDownloadsRemoteAudio(false); // one span of a URL: no need for the whole file
    player.setSpeed(options.speed);
    player.setLeadInMs(options.leadInMs);
    player.setLeadOutMs(options.leadOutMs);
    QEventLoop loop;
    int code = Played;
    QObject::connect(&player, &ClipPlayer::started, &loop,
                     [outputStarted] { *outputStarted = true; });
    QObject::connect(&player, &ClipPlayer::finished, &loop, [&loop] { loop.exit(); });
    QObject::connect(&player, &ClipPlayer::errorOccurred, &loop,
                     [&player, &loop, &code, &err](const QString &message) {
                         code = player.error() == ClipPlayer::Error::OutputError ? NoOutput
                                                                                 : BadInput;
                         err << message << Qt::endl;
                         loop.exit();
                     });
    player.play(request);
    // Both outcomes arrive through the event loop (errors are queued), so none is missed here.
    loop.exec();
    return code;
}

} // namespace

int run(const PlaybackRequest &request, QTextStream &err, const Options &options)
{
    bool outputStarted = false;
    const int code = play(request, std::make_unique<QtAudioOutput>(), err, options, &outputStarted);
    if (outputStarted) {
        QEventLoop settle;
        QTimer::singleShot(SettleMs, &settle, &QEventLoop::quit);
        settle.exec();
    }
    return code;
}

int run(const PlaybackRequest &request, std::unique_ptr<AudioOutput> output, QTextStream &err,
        const Options &options)
{
    bool outputStarted = false;
    return play(request, std::move(output), err, options, &outputStarted);
}

} // namespace HeadlessPlayback
