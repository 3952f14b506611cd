#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

struct AVFilterGraph;
struct AVFilterContext;
struct AVFrame;

// Plays speech faster or slower without changing its pitch: 48 kHz signed 16-bit PCM through
// libavfilter's atempo, two in a row above 2x (one alone would drop sound there rather than blend
// it). Internal to app/playback.
class TempoFilter
{
public:
    static constexpr double MinSpeed = 0.5;
    static constexpr double MaxSpeed = 3.0;

    TempoFilter(int channels, double speed);
    ~TempoFilter();
    TempoFilter(const TempoFilter &) = delete;
    TempoFilter &operator=(const TempoFilter &) = delete;

    bool isValid() const { return m_sink != nullptr; }
    QString errorString() const { return m_error; }
    double speed() const { return m_speed; }

    // Feeds `frames` interleaved frames and appends whatever the filter produced to `out`.
    bool push(const qint16 *samples, qint64 frames, std::vector<qint16> &out);
    // Ends the input and appends everything the filter still holds.
    bool finish(std::vector<qint16> &out);

    // The filter description used for `speed`, such as "atempo=1.5,atempo=1.5".
    static QByteArray chain(double speed);

private:
    bool fail(const QString &message);
    bool feed(const qint16 *samples, qint64 frames);
    bool drain(std::vector<qint16> &out);

    int m_channels = 1;
    double m_speed = 1.0;
    AVFilterGraph *m_graph = nullptr;
    AVFilterContext *m_source = nullptr;
    AVFilterContext *m_sink = nullptr;
    AVFrame *m_frame = nullptr;
    qint64 m_pts = 0;
    qint64 m_pushed = 0;        // frames of input (the padding not counted)
    qint64 m_emitted = 0;       // frames of output
    std::vector<qint16> m_last; // the last frames of input
    bool m_finished = false;
    QString m_error;
};
