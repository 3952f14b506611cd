#pragma once

#include <QAudioFormat>
#include <QIODevice>
#include <QTimer>

#include <memory>
#include <vector>

class PcmSource;
class TempoFilter;

// The QIODevice an audio output pulls a span from: it takes only as much sound from its source as
// is asked for, fades the span's edges over a few milliseconds so it starts and stops without a
// click, changes the tempo when asked (keeping the pitch), and then trails a short silence,
// because an output that reports "idle" has consumed the data, not played it. It keeps the last
// seconds it handed out, so a change of speed can go back to what is being heard.
class SpanAudioDevice : public QIODevice
{
    Q_OBJECT

public:
    static constexpr qint64 FadeMs = 4;
    static constexpr qint64 TailMs = 150;
    static constexpr qint64 HistoryMs = 6000;

    // Takes a source that starts at the span's first frame; the device opens itself read-only.
    explicit SpanAudioDevice(std::unique_ptr<PcmSource> source, double speed = 1.0,
                             QObject *parent = nullptr);
    ~SpanAudioDevice() override;

    QAudioFormat format() const;
    double speed() const { return m_speed; }
    // Goes on from frame `spanFrame` of the span (0: its first) at `speed`, dropping what was
    // prepared but not handed out, and fading in: for a change of speed while playing, with the
    // output stopped and started again around it. Clamped to the frames still kept.
    void restart(qint64 spanFrame, double speed);

    // Output frames of the span handed out since the last (re)start (the silence not counted).
    qint64 spanFramesRead() const { return m_spanOut; }
    // Frames of trailing silence handed out since the last (re)start.
    qint64 tailFramesRead() const { return m_tailOut; }
    // The frame of the span (0: its first) that `outputFrames` of output since the last
    // (re)start lead to: source time, whatever the speed.
    qint64 spanFrameAt(qint64 outputFrames) const;
    // Frames the span has, -1 until its end has been decoded.
    qint64 spanLength() const { return m_sourceDone ? m_received : -1; }
    // The whole span has been handed out (the silence may still follow).
    bool spanEnded() const;
    bool hasFailed() const { return m_failed; }
    // Nothing can be handed out now although the span goes on (the network is slow).
    bool isStarved() const { return m_starved; }

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
    void pull(qint64 frames);
    void sourceEnded(bool withError);
    qint64 readyFrames() const;
    qint64 readSpan(qint16 *out, qint64 frames);
    qint64 readStretched(qint16 *out, qint64 frames);
    void fade(qint16 *samples, qint64 frames, qint64 firstIndex, bool in) const;
    void dropOldFrames();
    void checkStarved();

    std::unique_ptr<PcmSource> m_source;
    int m_channels = 1;
    qint64 m_fadeFrames = 0;
    qint64 m_tailFrames = 0;
    std::vector<qint16> m_kept; // frames of the span from m_keptFrom on, edges already faded
    qint64 m_keptFrom = 0;
    qint64 m_received = 0; // frames taken from the source
    qint64 m_next = 0;     // the frame of the span to hand out (or to stretch) next
    bool m_sourceDone = false;
    bool m_failed = false;
    bool m_starved = false;
    QTimer m_starvedPoll; // while starved: looks for sound that arrived, to wake the output

    double m_speed = 1.0;
    std::unique_ptr<TempoFilter> m_filter;
    std::vector<qint16> m_stretched; // tempo-changed output not handed out yet
    bool m_filterDone = false;

    qint64 m_segmentFrom = 0; // the frame of the span the last (re)start went on from
    qint64 m_spanOut = 0;
    qint64 m_tailOut = 0;
    bool m_fadeInRestart = false;
};
