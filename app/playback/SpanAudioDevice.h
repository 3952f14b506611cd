#pragma once

#include <QAudioFormat>
#include <QIODevice>

#include <memory>
#include <vector>

class AudioSpanDecoder;

// The QIODevice an audio output pulls a span from: it decodes only as much as is asked for, fades
// the span's edges over a few milliseconds so it starts and stops without a click, and then trails
// a short silence, because an output that reports "idle" has consumed the data, not played it.
class SpanAudioDevice : public QIODevice
{
    Q_OBJECT

public:
    static constexpr qint64 FadeMs = 4;
    static constexpr qint64 TailMs = 150;

    // Takes an opened decoder; the device opens itself read-only.
    explicit SpanAudioDevice(std::unique_ptr<AudioSpanDecoder> decoder, QObject *parent = nullptr);
    ~SpanAudioDevice() override;

    QAudioFormat format() const;
    // Frames of the span handed out so far (the trailing silence not counted).
    qint64 spanFramesRead() const { return m_spanFramesRead; }
    // Frames of trailing silence handed out so far.
    qint64 tailFramesRead() const { return m_tailFramesRead; }
    // The whole span has been handed out (the silence may still follow).
    bool spanEnded() const;
    bool hasFailed() const { return m_failed; }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

Q_SIGNALS:
    // Decoding failed in the middle of the span; emitted queued, after the read that met it.
    void failed(const QString &message);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    void fill(qint64 frames);
    void fade(qint16 *samples, qint64 frames, qint64 firstIndex, bool in) const;

    std::unique_ptr<AudioSpanDecoder> m_decoder;
    int m_channels = 1;
    qint64 m_fadeFrames = 0;
    qint64 m_tailFrames = 0;
    std::vector<qint16> m_buffer; // decoded, faded where due, not yet read
    qint64 m_spanFramesRead = 0;
    qint64 m_tailFramesRead = 0;
    bool m_decoderDone = false;
    bool m_fadedOut = false;
    bool m_failed = false;
};
