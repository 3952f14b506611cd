#include "AudioOutputFake.h"

#include <QIODevice>

#include <cstring>

AudioOutputFake::AudioOutputFake(QObject *parent)
    : AudioOutput(parent)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, [this] { pull(m_format.sampleRate() / 50); });
}

void AudioOutputFake::setAutoPull(bool on)
{
    m_autoPull = on;
    schedule();
}

void AudioOutputFake::schedule()
{
    if (m_autoPull && m_source && !m_suspended)
        m_timer.start();
    else
        m_timer.stop();
}

qint64 AudioOutputFake::pull(qint64 frames)
{
    if (!m_source || m_suspended)
        return 0;
    const int bytesPerFrame = m_format.bytesPerFrame();
    QByteArray chunk(frames * bytesPerFrame, Qt::Uninitialized);
    const qint64 got = m_source->read(chunk.data(), chunk.size());
    if (got > 0) {
        m_received.append(chunk.constData(), got);
        return got / bytesPerFrame;
    }
    if (got == 0 && m_source->atEnd()) {
        m_timer.stop();
        ++m_idles;
        Q_EMIT idle(); // may stop() us
    }
    return 0;
}

void AudioOutputFake::setAvailable(bool available, const QString &reason)
{
    m_available = available;
    m_unavailableReason = reason;
}

void AudioOutputFake::setStartError(const QString &reason)
{
    m_startError = reason;
}

void AudioOutputFake::fail(const QString &reason)
{
    m_error = reason;
    Q_EMIT errorOccurred(reason);
}

qint64 AudioOutputFake::framesReceived() const
{
    return m_format.bytesPerFrame() > 0 ? m_received.size() / m_format.bytesPerFrame() : 0;
}

QVector<qint16> AudioOutputFake::samples() const
{
    QVector<qint16> result(m_received.size() / 2);
    std::memcpy(result.data(), m_received.constData(), size_t(result.size()) * 2);
    return result;
}

bool AudioOutputFake::isAvailable(QString *reason) const
{
    if (!m_available && reason)
        *reason = m_unavailableReason;
    return m_available;
}

bool AudioOutputFake::start(QIODevice *source, const QAudioFormat &format)
{
    stop();
    if (!m_startError.isEmpty()) {
        m_error = m_startError;
        return false;
    }
    ++m_starts;
    m_source = source;
    m_format = format;
    m_received.clear();
    m_suspended = false;
    schedule();
    return true;
}

void AudioOutputFake::suspend()
{
    m_suspended = true;
    schedule();
}

void AudioOutputFake::resume()
{
    m_suspended = false;
    schedule();
}

void AudioOutputFake::stop()
{
    m_source = nullptr;
    m_suspended = false;
    m_timer.stop();
}

qint64 AudioOutputFake::processedUs() const
{
    const int bytesPerFrame = m_format.bytesPerFrame();
    if (bytesPerFrame <= 0)
        return 0;
    return m_received.size() / bytesPerFrame * 1000000 / m_format.sampleRate();
}
