#include "QtAudioOutput.h"

#include "PlaybackLog.h"

#include <QAudioSink>
#include <QMediaDevices>

QtAudioOutput::QtAudioOutput(QObject *parent)
    : AudioOutput(parent)
{ }

QtAudioOutput::~QtAudioOutput()
{
    ++m_generation;
    m_active = nullptr;
    // Deleted here, while this object is whole: a PulseAudio sink runs events as it goes.
    const QList<QAudioSink *> sinks = m_sinks.values();
    m_sinks.clear();
    for (QAudioSink *sink : sinks) {
        disconnect(sink, nullptr, this, nullptr);
        sink->stop();
        delete sink;
    }
}

bool QtAudioOutput::isAvailable(QString *reason) const
{
    if (!QMediaDevices::audioOutputs().isEmpty() && !QMediaDevices::defaultAudioOutput().isNull())
        return true;
    if (reason) {
        *reason = tr("no audio output device was found (is a sound server such as PulseAudio "
                     "running?)");
    }
    return false;
}

QString QtAudioOutput::describe(QAudio::Error error)
{
    switch (error) {
    case QAudio::NoError:
    case QAudio::UnderrunError:
        break;
    case QAudio::OpenError:
        return tr("the audio output device could not be opened");
    case QAudio::IOError:
        return tr("the audio output device stopped accepting sound");
    case QAudio::FatalError:
        return tr("the sound server cannot be reached");
    }
    return QString();
}

QAudioSink *QtAudioOutput::sinkFor(const QAudioDevice &device, const QAudioFormat &format)
{
    if (device != m_device) { // the default output changed: retire the sinks of the old one
        for (QAudioSink *sink : std::as_const(m_sinks)) {
            disconnect(sink, nullptr, this, nullptr);
            sink->setParent(nullptr);
            sink->deleteLater();
        }
        m_sinks.clear();
        m_device = device;
    }
    QAudioSink *&sink = m_sinks[format.channelCount()];
    if (!sink) {
        sink = new QAudioSink(device, format, this);
        sink->setBufferSize(format.bytesForDuration(qint64(m_bufferMs) * 1000));
        QAudioSink *created = sink;
        connect(sink, &QAudioSink::stateChanged, this,
                [this, created](QAudio::State state) { onStateChanged(created, state); });
    }
    return sink;
}

bool QtAudioOutput::start(QIODevice *source, const QAudioFormat &format)
{
    stop();
    m_error.clear();
    if (!isAvailable(&m_error))
        return false;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (!device.isFormatSupported(format)) {
        m_error = tr("the audio output device '%1' cannot play %2 Hz 16-bit sound")
                          .arg(device.description())
                          .arg(format.sampleRate());
        return false;
    }
    QAudioSink *sink = sinkFor(device, format);
    m_format = format;
    sink->setVolume(m_volume);
    sink->start(source);
    // With no device the sink fails here, synchronously, and never reports a state change.
    if (sink->error() != QAudio::NoError && sink->error() != QAudio::UnderrunError) {
        m_error = describe(sink->error());
        sink->stop();
        return false;
    }
    m_active = sink;
    qCDebug(lcPlayback) << "playing on" << device.description() << "with a buffer of"
                        << format.durationForBytes(qint32(sink->bufferSize())) / 1000 << "ms";
    return true;
}

// Reported queued, so that whoever reacts (stopping, starting the next clip) does so outside
// the sink's own call stack.
void QtAudioOutput::onStateChanged(QAudioSink *sink, QAudio::State state)
{
    qCDebug(lcPlayback) << "output state" << state << sink->error();
    if (sink != m_active)
        return;
    const quint64 generation = m_generation;
    if (state == QAudio::IdleState) {
        QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (generation == m_generation)
                        Q_EMIT idle();
                },
                Qt::QueuedConnection);
    } else if (state == QAudio::StoppedState && sink->error() != QAudio::NoError
               && sink->error() != QAudio::UnderrunError) {
        m_error = describe(sink->error());
        QMetaObject::invokeMethod(
                this,
                [this, generation, message = m_error] {
                    if (generation == m_generation)
                        Q_EMIT errorOccurred(message);
                },
                Qt::QueuedConnection);
    }
}

void QtAudioOutput::suspend()
{
    if (m_active)
        m_active->suspend();
}

void QtAudioOutput::resume()
{
    if (m_active)
        m_active->resume();
}

void QtAudioOutput::stop()
{
    ++m_generation;
    QAudioSink *sink = m_active;
    m_active = nullptr;
    if (sink)
        sink->stop();
}

void QtAudioOutput::setVolume(float volume)
{
    m_volume = qBound(0.0f, volume, 1.0f);
    if (m_active)
        m_active->setVolume(m_volume);
}

qint64 QtAudioOutput::processedUs() const
{
    return m_active ? m_active->processedUSecs() : 0;
}

qint64 QtAudioOutput::queuedUs() const
{
    if (!m_active)
        return 0;
    const qsizetype queued = m_active->bufferSize() - m_active->bytesFree();
    return queued > 0 ? m_format.durationForBytes(qint32(queued)) : 0;
}
