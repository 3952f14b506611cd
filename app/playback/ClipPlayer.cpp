#include "ClipPlayer.h"

#include "AudioDownloader.h"
#include "AudioSpanDecoder.h"
#include "BufferedSpanSource.h"
#include "ClipPreloader.h"
#include "PcmSource.h"
#include "PlaybackLog.h"
#include "SpanAudioDevice.h"
#include "domain/TimeFormat.h"

namespace {
constexpr qint64 FramesPerMs = AudioSpanDecoder::OutputRate / 1000;
constexpr int DrainPollMs = 10;
constexpr int OpenPollMs = 10;
// Of the silence after the span, this much must have left the output's queue before stopping.
constexpr int HeardMarginMs = 50;
} // namespace

ClipPlayer::ClipPlayer(std::unique_ptr<AudioOutput> output, QObject *parent)
    : QObject(parent)
    , m_output(std::move(output))
{
    qRegisterMetaType<PlaybackRequest>();
    m_tick.setInterval(PositionIntervalMs);
    m_drain.setInterval(DrainPollMs);
    m_openPoll.setInterval(OpenPollMs);
    connect(&m_tick, &QTimer::timeout, this, &ClipPlayer::onTick);
    connect(&m_drain, &QTimer::timeout, this, &ClipPlayer::onDrainTick);
    connect(&m_openPoll, &QTimer::timeout, this, &ClipPlayer::onOpenPoll);
    connect(m_output.get(), &AudioOutput::idle, this, &ClipPlayer::onOutputIdle);
    connect(m_output.get(), &AudioOutput::errorOccurred, this, &ClipPlayer::onOutputError);
    AudioDownloader *downloads = m_opener.downloader();
    connect(downloads, &AudioDownloader::progress, this,
            [this](const QString &, qint64 received, qint64 total) {
                Q_EMIT downloadProgress(received, total);
            });
    connect(downloads, &AudioDownloader::finished, this,
            [this](const QString &url, const QString &) { Q_EMIT downloadFinished(url); });
    connect(downloads, &AudioDownloader::failed, this, &ClipPlayer::downloadFailed);
}

ClipPlayer::~ClipPlayer()
{
    release();
    // Gone first, while this object is whole: an output may run events as it is destroyed.
    m_output->disconnect(this);
    m_output.reset();
}

void ClipPlayer::play(const PlaybackRequest &request)
{
    release();
    m_error = Error::NoError;
    m_errorString.clear();
    m_request = request;
    if (request.source.isEmpty())
        return fail(Error::InvalidRequest, tr("Cannot play: no audio file or URL was given."));
    if (request.startMs < 0 || (request.endMs >= 0 && request.endMs <= request.startMs)) {
        return fail(Error::InvalidRequest,
                    tr("Cannot play %1 of '%2': the span is empty or reversed.")
                            .arg(TimeFormat::span(request.startMs, request.endMs), request.source));
    }
    m_spanStartMs = qMax<qint64>(request.startMs - m_leadInMs, 0);
    m_spanEndMs = request.endMs < 0 ? -1 : request.endMs + m_leadOutMs;
    m_lastPositionMs = m_spanStartMs;
    SpanOpener::Opened opened = m_opener.open(request.source, m_spanStartMs, m_spanEndMs);
    if (opened.ready)
        return startDevice(std::move(opened.ready));
    if (!opened.opening)
        return fail(Error::SourceError, opened.error);
    QString reason;
    if (!m_output->isAvailable(&reason))
        return fail(Error::OutputError, tr("Cannot play '%1': %2.").arg(request.source, reason));
    // Network audio opens on a worker thread: the server may take its time, the window may not.
    m_opening = std::move(opened.opening);
    m_openPoll.start();
    qCDebug(lcPlayback) << "opening" << request.source
                        << TimeFormat::span(m_spanStartMs, m_spanEndMs);
    setBuffering(true);
    setState(State::Playing);
    Q_EMIT positionChanged(m_lastPositionMs);
}

void ClipPlayer::onOpenPoll()
{
    if (!m_opening) {
        m_openPoll.stop();
        return;
    }
    switch (m_opening->state()) {
    case BufferedSpanSource::State::Opening:
        return;
    case BufferedSpanSource::State::Failed:
        return fail(Error::SourceError, m_opening->errorString());
    case BufferedSpanSource::State::Open:
        break;
    }
    m_openPoll.stop();
    startDevice(std::move(m_opening));
}

void ClipPlayer::startDevice(std::unique_ptr<PcmSource> source)
{
    QString reason;
    if (!m_output->isAvailable(&reason)) {
        return fail(Error::OutputError, tr("Cannot play '%1': %2.").arg(m_request.source, reason));
    }
    auto *device = new SpanAudioDevice(std::move(source), m_speed, this);
    connect(device, &SpanAudioDevice::failed, this,
            [this, device](const QString &message) { onDeviceFailed(device, message); });
    m_device = device;
    if (!m_output->start(device, device->format())) {
        return fail(Error::OutputError,
                    tr("Cannot play '%1': %2.").arg(m_request.source, m_output->errorString()));
    }
    m_lastTaken = -1;
    m_stalledMs = 0;
    setBuffering(false);
    if (m_state == State::Paused) { // paused while the network audio opened
        m_output->suspend();
    } else {
        m_tick.start();
        setState(State::Playing);
    }
    qCDebug(lcPlayback) << "playing" << m_request.source
                        << TimeFormat::span(m_spanStartMs, m_spanEndMs) << "at" << m_speed;
    Q_EMIT started(m_request);
    Q_EMIT positionChanged(m_lastPositionMs);
}

void ClipPlayer::pause()
{
    if (m_state != State::Playing)
        return;
    m_lastPositionMs = positionMs();
    if (m_device)
        m_output->suspend();
    m_tick.stop();
    m_drain.stop();
    setState(State::Paused);
}

void ClipPlayer::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Playing);
    if (!m_device)
        return; // still opening
    m_stalledMs = 0;
    m_tick.start();
    if (m_draining) {
        m_output->resume();
        m_drain.start();
    } else if (!qFuzzyCompare(m_device->speed(), m_speed)) {
        applySpeed();
    } else {
        m_output->resume();
    }
}

void ClipPlayer::togglePause()
{
    if (m_state == State::Playing)
        pause();
    else if (m_state == State::Paused)
        resume();
}

void ClipPlayer::stop()
{
    if (m_state == State::Stopped)
        return;
    m_lastPositionMs = positionMs();
    release();
    setState(State::Stopped);
    Q_EMIT stopped(m_request);
}

void ClipPlayer::setVolume(float linear0to1)
{
    const float volume = qBound(0.0f, linear0to1, 1.0f);
    const bool changed = !qFuzzyCompare(volume + 1.0f, m_volume + 1.0f);
    m_volume = volume;
    applyVolume();
    if (changed)
        Q_EMIT volumeChanged(m_volume);
}

void ClipPlayer::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    applyVolume();
    Q_EMIT mutedChanged(m_muted);
}

void ClipPlayer::applyVolume()
{
    m_output->setVolume(m_muted ? 0.0f : m_volume);
}

void ClipPlayer::setSpeed(double speed)
{
    const double clamped = qBound(MinSpeed, speed, MaxSpeed);
    if (qFuzzyCompare(clamped, m_speed))
        return;
    m_speed = clamped;
    if (m_state == State::Playing && m_device && !m_draining)
        applySpeed(); // when paused, on resume()
    Q_EMIT speedChanged(m_speed);
}

// Goes on at the new speed from what is being heard: what the output holds is dropped.
void ClipPlayer::applySpeed()
{
    const qint64 frame = m_device->spanFrameAt(heardFrames());
    m_output->stop();
    m_device->restart(frame, m_speed);
    m_lastTaken = -1;
    m_stalledMs = 0;
    if (!m_output->start(m_device, m_device->format())) {
        fail(Error::OutputError,
             tr("Cannot play '%1': %2.").arg(m_request.source, m_output->errorString()));
    }
}

void ClipPlayer::setLeadInMs(qint64 ms)
{
    m_leadInMs = qMax<qint64>(ms, 0);
    setPreloader(preloader());
}

void ClipPlayer::setLeadOutMs(qint64 ms)
{
    m_leadOutMs = qMax<qint64>(ms, 0);
    setPreloader(preloader());
}

void ClipPlayer::setPreloader(ClipPreloader *preloader)
{
    m_opener.setPreloader(preloader);
    if (preloader)
        preloader->setPadding(m_leadInMs, m_leadOutMs);
}

PlaybackRequest ClipPlayer::currentRequest() const
{
    return m_state == State::Stopped ? PlaybackRequest() : m_request;
}

// Output frames heard since the device last (re)started: what the output took from it less
// what it still holds. (Counted here rather than asked of the sink: Qt 6.4's PulseAudio sink
// reads its timing without taking the PulseAudio lock.)
qint64 ClipPlayer::heardFrames() const
{
    if (!m_device)
        return 0;
    const qint64 taken = m_device->spanFramesRead() + m_device->tailFramesRead();
    return qMax<qint64>(taken - m_output->queuedUs() * FramesPerMs / 1000, 0);
}

qint64 ClipPlayer::positionMs() const
{
    if (m_state != State::Playing || !m_device)
        return m_lastPositionMs;
    return m_spanStartMs + m_device->spanFrameAt(heardFrames()) / FramesPerMs;
}

void ClipPlayer::fail(Error error, const QString &message)
{
    release();
    m_error = error;
    m_errorString = message;
    setState(State::Stopped);
    qCDebug(lcPlayback).noquote() << message;
    // Queued: callers may connect after play(), or call play() again from the slot.
    QMetaObject::invokeMethod(
            this,
            [this, message, request = m_request] {
                Q_EMIT errorOccurred(message);
                Q_EMIT failed(request, message);
            },
            Qt::QueuedConnection);
}

void ClipPlayer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ClipPlayer::setBuffering(bool buffering)
{
    if (m_buffering == buffering)
        return;
    m_buffering = buffering;
    Q_EMIT bufferingChanged(buffering);
}

// Stops the output and lets go of the span; emits nothing but the end of buffering.
void ClipPlayer::release()
{
    m_tick.stop();
    m_drain.stop();
    m_openPoll.stop();
    m_draining = false;
    m_drainedMs = 0;
    m_output->stop();
    m_opening.reset(); // cancels its worker, which finishes by itself
    if (m_device) {
        m_device->disconnect(this);
        m_device->deleteLater(); // the output may be inside its readData() right now
        m_device = nullptr;
    }
    setBuffering(false);
}

void ClipPlayer::onTick()
{
    if (m_state != State::Playing || !m_device)
        return;
    const qint64 taken = m_device->spanFramesRead() + m_device->tailFramesRead();
    const bool starved = m_device->isStarved();
    setBuffering(starved);
    m_stalledMs = taken == m_lastTaken && !starved ? m_stalledMs + PositionIntervalMs : 0;
    m_lastTaken = taken;
    if (m_stalledMs >= StallTimeoutMs && !m_draining) {
        if (m_device->atEnd()) // everything was taken but the output never said so
            return beginDrain();
        return fail(Error::OutputError,
                    tr("Cannot play '%1': the audio output stopped taking sound.")
                            .arg(m_request.source));
    }
    m_lastPositionMs = positionMs();
    Q_EMIT positionChanged(m_lastPositionMs);
}

void ClipPlayer::onOutputIdle()
{
    if (m_state != State::Stopped && m_device && m_device->atEnd())
        beginDrain();
}

void ClipPlayer::onOutputError(const QString &message)
{
    if (m_state != State::Stopped)
        fail(Error::OutputError, tr("Cannot play '%1': %2.").arg(m_request.source, message));
}

void ClipPlayer::onDeviceFailed(SpanAudioDevice *device, const QString &message)
{
    if (device == m_device && m_state != State::Stopped)
        fail(Error::SourceError, message);
}

void ClipPlayer::beginDrain()
{
    if (m_draining)
        return;
    m_draining = true;
    m_drainedMs = 0;
    // The queue plays out in real time; never wait much longer than it holds.
    m_drainBudgetMs = int(m_output->queuedUs() / 1000) + HeardMarginMs;
    if (m_state != State::Playing)
        return; // resume() starts the wait
    m_drain.start();
    onDrainTick();
}

// The output has taken the last sample and the silence after it; finish once it has been heard.
void ClipPlayer::onDrainTick()
{
    // The span's last sample has been heard once no more than part of the silence after it is
    // still queued; the part already gone covers the device's own latency.
    const qint64 queuedMs = m_output->queuedUs() / 1000;
    if (queuedMs > SpanAudioDevice::TailMs - HeardMarginMs && m_drainedMs < m_drainBudgetMs) {
        m_drainedMs += DrainPollMs;
        return;
    }
    qCDebug(lcPlayback) << "finishing with" << queuedMs << "ms queued after waiting" << m_drainedMs
                        << "ms";
    finish();
}

void ClipPlayer::finish()
{
    const PlaybackRequest request = m_request;
    m_lastPositionMs = m_spanStartMs + m_device->spanFrameAt(heardFrames()) / FramesPerMs;
    release();
    Q_EMIT positionChanged(m_lastPositionMs);
    setState(State::Stopped);
    qCDebug(lcPlayback) << "finished" << request.source;
    Q_EMIT finished(request);
}
