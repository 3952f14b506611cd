#include "TempoFilter.h"

#include "AudioSpanDecoder.h"

#include <cmath>
#include <cstring>

extern "C" {
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/frame.h>
}

namespace {
constexpr int Rate = AudioSpanDecoder::OutputRate;
// atempo keeps back up to a window (about 43 ms) of what it was given even when flushed, and
// blends the last one with what follows: the input's end mirrored (this much) goes after it, so
// its last sound comes out where it belongs, and the output is then cut to its length.
constexpr qint64 PaddingFrames = 100 * Rate / 1000;
} // namespace

QByteArray TempoFilter::chain(double speed)
{
    // One atempo blends up to 2x; beyond, it skips. Two equal steps keep both within 2x.
    if (speed > 2.0) {
        const QByteArray step = QByteArray::number(std::sqrt(speed), 'f', 6);
        return "atempo=" + step + ",atempo=" + step;
    }
    return "atempo=" + QByteArray::number(speed, 'f', 6);
}

TempoFilter::TempoFilter(int channels, double speed)
    : m_channels(channels)
    , m_speed(qBound(MinSpeed, speed, MaxSpeed))
{
    m_graph = avfilter_graph_alloc();
    m_frame = av_frame_alloc();
    if (!m_graph || !m_frame) {
        fail(QStringLiteral("out of memory"));
        return;
    }
    m_graph->nb_threads = 1;
    const QByteArray layout = channels == 1 ? "mono" : "stereo";
    const QByteArray arguments = "time_base=1/" + QByteArray::number(Rate) + ":sample_rate="
            + QByteArray::number(Rate) + ":sample_fmt=s16:channel_layout=" + layout;
    AVFilterContext *source = nullptr;
    AVFilterContext *sink = nullptr;
    if (avfilter_graph_create_filter(&source, avfilter_get_by_name("abuffer"), "in",
                                     arguments.constData(), nullptr, m_graph)
                < 0
        || avfilter_graph_create_filter(&sink, avfilter_get_by_name("abuffersink"), "out", nullptr,
                                        nullptr, m_graph)
                < 0) {
        fail(QStringLiteral("libavfilter lacks abuffer or abuffersink"));
        return;
    }
    AVFilterInOut *outputs = avfilter_inout_alloc();
    AVFilterInOut *inputs = avfilter_inout_alloc();
    outputs->name = av_strdup("in");
    outputs->filter_ctx = source;
    inputs->name = av_strdup("out");
    inputs->filter_ctx = sink;
    const QByteArray description
            = chain(m_speed) + ",aformat=sample_fmts=s16:channel_layouts=" + layout;
    int result = avfilter_graph_parse_ptr(m_graph, description.constData(), &inputs, &outputs,
                                          nullptr);
    avfilter_inout_free(&inputs);
    avfilter_inout_free(&outputs);
    if (result >= 0)
        result = avfilter_graph_config(m_graph, nullptr);
    if (result < 0) {
        fail(QStringLiteral("cannot set up the filter '%1'").arg(QString::fromLatin1(description)));
        return;
    }
    m_source = source;
    m_sink = sink;
}

TempoFilter::~TempoFilter()
{
    av_frame_free(&m_frame);
    avfilter_graph_free(&m_graph);
}

bool TempoFilter::fail(const QString &message)
{
    m_error = message;
    m_sink = nullptr;
    return false;
}

bool TempoFilter::push(const qint16 *samples, qint64 frames, std::vector<qint16> &out)
{
    if (!isValid() || m_finished)
        return false;
    m_pushed += qMax<qint64>(frames, 0);
    if (frames > 0) { // the last frames, to mirror at the end
        m_last.insert(m_last.end(), samples, samples + frames * m_channels);
        const qint64 keep = PaddingFrames * 3 * m_channels;
        if (qint64(m_last.size()) > 2 * keep)
            m_last.erase(m_last.begin(), m_last.end() - keep);
    }
    return feed(samples, frames) && drain(out);
}

// Gives the filter `frames` frames (silence when `samples` is null).
bool TempoFilter::feed(const qint16 *samples, qint64 frames)
{
    if (frames <= 0)
        return true;
    AVFrame *frame = av_frame_alloc();
    if (!frame)
        return fail(QStringLiteral("out of memory"));
    frame->format = AV_SAMPLE_FMT_S16;
    frame->sample_rate = Rate;
    av_channel_layout_default(&frame->ch_layout, m_channels);
    frame->nb_samples = int(frames);
    frame->pts = m_pts;
    if (av_frame_get_buffer(frame, 0) < 0) {
        av_frame_free(&frame);
        return fail(QStringLiteral("out of memory"));
    }
    if (samples)
        std::memcpy(frame->data[0], samples, size_t(frames) * size_t(m_channels) * sizeof(qint16));
    else
        std::memset(frame->data[0], 0, size_t(frames) * size_t(m_channels) * sizeof(qint16));
    m_pts += frames;
    const int result = av_buffersrc_add_frame(m_source, frame);
    av_frame_free(&frame);
    if (result < 0)
        return fail(QStringLiteral("the tempo filter refused sound"));
    return true;
}

bool TempoFilter::finish(std::vector<qint16> &out)
{
    if (!isValid())
        return false;
    if (!m_finished) {
        m_finished = true;
        const qint64 padding = qMin<qint64>(qint64(double(PaddingFrames) * m_speed),
                                            qint64(m_last.size()) / m_channels);
        std::vector<qint16> mirrored(size_t(padding * m_channels));
        for (qint64 frame = 0; frame < padding; ++frame) {
            const qint16 *from = m_last.data() + m_last.size() - (frame + 1) * m_channels;
            std::copy(from, from + m_channels, mirrored.data() + frame * m_channels);
        }
        if (!feed(mirrored.data(), padding) || !feed(nullptr, PaddingFrames))
            return false;
        if (av_buffersrc_add_frame(m_source, nullptr) < 0)
            return fail(QStringLiteral("the tempo filter cannot be flushed"));
    }
    return drain(out);
}

bool TempoFilter::drain(std::vector<qint16> &out)
{
    for (;;) {
        const int result = av_buffersink_get_frame(m_sink, m_frame);
        if (result == AVERROR(EAGAIN) || result == AVERROR_EOF)
            return true;
        if (result < 0)
            return fail(QStringLiteral("the tempo filter failed"));
        // Never more than the input stretched: the rest is the padding.
        const qint64 length = std::llround(double(m_pushed) / m_speed);
        const qint64 frames
                = qMin<qint64>(m_frame->nb_samples, qMax<qint64>(length - m_emitted, 0));
        const auto *data = reinterpret_cast<const qint16 *>(m_frame->data[0]);
        out.insert(out.end(), data, data + frames * m_channels);
        m_emitted += frames;
        av_frame_unref(m_frame);
    }
}
