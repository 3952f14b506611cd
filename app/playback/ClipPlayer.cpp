#include "ClipPlayer.h"

#include "AudioSpanDecoder.h"
#include "PlaybackLog.h"
#include "SpanAudioDevice.h"
#include "domain/TimeFormat.h"

namespace {
constexpr int DrainPollMs = 10;
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
    connect(&m_tick, &QTimer::timeout, this, &ClipPlayer::onTick);
    connect(&m_drain, &QTimer::timeout, this, &ClipPlayer::onDrainTick);
    connect(m_output.get(), &AudioOutput::idle, this, &ClipPlayer::onOutputIdle);
    connect(m_output.get(), &AudioOutput::errorOccurred, this, &ClipPlayer::onOutputError);
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
    if (request.source.isEmpty())
        return fail(Error::InvalidRequest, tr("Cannot play: no audio file or URL was given."));
    if (request.startMs < 0 || (request.endMs >= 0 && request.endMs <= request.startMs)) {
        return fail(Error::InvalidRequest,
                    tr("Cannot play %1 of '%2': the span is empty or reversed.")
                            .arg(TimeFormat::span(request.startMs, request.endMs), request.source));
    }
    auto decoder = std::make_unique<AudioSpanDecoder>();
    if (!decoder->open(request.source, request.startMs, request.endMs))
        return fail(Error::SourceError, decoder->errorString());
    QString reason;
    if (!m_output->isAvailable(&reason)) {
        return fail(Error::OutputError, tr("Cannot play '%1': %2.").arg(request.source, reason));
    }
    auto *device = new SpanAudioDevice(std::move(decoder), this);
    connect(device, &SpanAudioDevice::failed, this,
            [this, device](const QString &message) { onDeviceFailed(device, message); });
    m_device = device;
    if (!m_output->start(device, device->format())) {
        const QString message
                = tr("Cannot play '%1': %2.").arg(request.source, m_output->errorString());
        return fail(Error::OutputError, message);
    }
    m_request = request;
    m_lastPositionMs = request.startMs;
    m_lastTaken = -1;
    m_stalledMs = 0;
    m_tick.start();
    qCDebug(lcPlayback) << "playing" << request.source
                        << TimeFormat::span(request.startMs, request.endMs);
    setState(State::Playing);
    Q_EMIT started(m_request);
    Q_EMIT positionChanged(m_lastPositionMs);
}

void ClipPlayer::pause()
{
    if (m_state != State::Playing)
        return;
    m_lastPositionMs = positionMs();
    m_output->suspend();
    m_tick.stop();
    m_drain.stop();
    setState(State::Paused);
}

void ClipPlayer::resume()
{
    if (m_state != State::Paused)
        return;
    m_output->resume();
    m_stalledMs = 0;
    m_tick.start();
    if (m_draining)
        m_drain.start();
    setState(State::Playing);
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
}

void ClipPlayer::setVolume(float linear0to1)
{
    m_output->setVolume(qBound(0.0f, linear0to1, 1.0f));
}

float ClipPlayer::volume() const
{
    return m_output->volume();
}

PlaybackRequest ClipPlayer::currentRequest() const
{
    return m_state == State::Stopped ? PlaybackRequest() : m_request;
}

// What has been heard of the span: what the output took from the device less what it still
// holds. (Counted here rather than asked of the sink: Qt 6.4's PulseAudio sink reads its timing
// without taking the PulseAudio lock.)
qint64 ClipPlayer::heardMs() const
{
    if (!m_device)
        return 0;
    const qint64 framesPerMs = AudioSpanDecoder::OutputRate / 1000;
    const qint64 takenMs = (m_device->spanFramesRead() + m_device->tailFramesRead()) / framesPerMs;
    const qint64 heard = qMax<qint64>(takenMs - m_output->queuedUs() / 1000, 0);
    return qMin(heard, m_device->spanFramesRead() / framesPerMs);
}

qint64 ClipPlayer::positionMs() const
{
    if (m_state != State::Playing || !m_device)
        return m_lastPositionMs;
    return m_request.startMs + heardMs();
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
            this, [this, message] { Q_EMIT errorOccurred(message); }, Qt::QueuedConnection);
}

void ClipPlayer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

// Stops the output and lets go of the span; emits nothing.
void ClipPlayer::release()
{
    m_tick.stop();
    m_drain.stop();
    m_draining = false;
    m_drainedMs = 0;
    m_output->stop();
    if (m_device) {
        m_device->disconnect(this);
        m_device->deleteLater(); // the output may be inside its readData() right now
        m_device = nullptr;
    }
}

void ClipPlayer::onTick()
{
    if (m_state != State::Playing || !m_device)
        return;
    const qint64 taken = m_device->spanFramesRead() + m_device->tailFramesRead();
    m_stalledMs = taken == m_lastTaken ? m_stalledMs + PositionIntervalMs : 0;
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
    m_lastPositionMs = request.startMs + heardMs();
    release();
    Q_EMIT positionChanged(m_lastPositionMs);
    setState(State::Stopped);
    qCDebug(lcPlayback) << "finished" << request.source;
    Q_EMIT finished(request);
}
