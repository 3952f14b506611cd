#include "FfmpegAudioStream.h"

#include "FfmpegMessages.h"
#include "Mp3FrameIndex.h"
#include "PlaybackLog.h"
#include "SeekIndexCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <cerrno>

namespace {

constexpr int MaxBadPacketsInARow = 32;

// FFmpeg's own chatter ("Estimating duration from bitrate") goes to our category, not stderr:
// what matters reaches the user as one sentence from this class.
void forwardLog(void *context, int level, const char *format, va_list arguments)
{
    if (level > AV_LOG_WARNING || !lcPlayback().isDebugEnabled())
        return;
    static QMutex mutex;
    QMutexLocker locker(&mutex);
    static int printPrefix = 1;
    char line[1024];
    av_log_format_line2(context, level, format, arguments, line, sizeof line, &printPrefix);
    qCDebug(lcPlayback, "ffmpeg: %s", QByteArray(line).trimmed().constData());
}

} // namespace

FfmpegAudioStream::~FfmpegAudioStream()
{
    close();
}

bool FfmpegAudioStream::isUrl(const QString &source)
{
    return source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QString FfmpegAudioStream::name() const
{
    return isUrl(m_source) ? m_source : QDir::toNativeSeparators(m_source);
}

FfmpegAudioStream::Result FfmpegAudioStream::fail(const QString &message)
{
    m_error = message;
    return Result::Error;
}

bool FfmpegAudioStream::refuse(const QString &message)
{
    m_error = message;
    return false;
}

// Asked by FFmpeg while it waits: gives up at once when cancelled, and on a network open that
// takes longer than the timeout (a server that accepts but never answers).
int FfmpegAudioStream::interrupted(void *opaque)
{
    auto *self = static_cast<FfmpegAudioStream *>(opaque);
    if (self->m_cancel && self->m_cancel->load(std::memory_order_relaxed))
        return 1;
    if (self->m_opening.isValid() && self->m_opening.elapsed() > self->m_timeoutMs) {
        self->m_timedOut = true;
        return 1;
    }
    return 0;
}

QString FfmpegAudioStream::describe(int code, qint64 waitedMs) const
{
    return FfmpegMessages::networkProblem(code, m_timedOut, m_cancel && m_cancel->load(), waitedMs,
                                          m_timeoutMs);
}

bool FfmpegAudioStream::open(const QString &source)
{
    static const bool logForwarded = [] {
        av_log_set_callback(forwardLog);
        return true;
    }();
    Q_UNUSED(logForwarded);

    close();
    m_source = source;
    const bool url = isUrl(source);
    if (!url) {
        const QFileInfo info(source);
        if (!info.exists())
            return refuse(tr("Cannot play '%1': the file does not exist.").arg(name()));
        if (info.isDir())
            return refuse(tr("Cannot play '%1': it is a folder, not an audio file.").arg(name()));
        if (!info.isReadable())
            return refuse(tr("Cannot play '%1': the file is not readable.").arg(name()));
        if (info.size() == 0)
            return refuse(tr("Cannot play '%1': the file is empty.").arg(name()));
    }

    m_input = avformat_alloc_context();
    if (!m_input)
        return refuse(tr("Cannot play '%1': out of memory.").arg(name()));
    m_input->interrupt_callback = {&FfmpegAudioStream::interrupted, this};
    AVDictionary *options = nullptr;
    if (url) {
        const QByteArray timeoutUs = QByteArray::number(m_timeoutMs * 1000);
        av_dict_set(&options, "rw_timeout", timeoutUs.constData(), 0); // a stalled server
        av_dict_set(&options, "timeout", timeoutUs.constData(), 0);
        av_dict_set(&options, "reconnect", "1", 0);
        av_dict_set(&options, "reconnect_delay_max", "2", 0); // seconds: never retry for long
        m_opening.start();
    }
    const QByteArray location = url ? source.toUtf8() : QFile::encodeName(source);
    int result = avformat_open_input(&m_input, location.constData(), nullptr, &options);
    av_dict_free(&options);
    // Over HTTP, what is not audio (an error page sent as 200) is refused as an invalid argument.
    if (url && result == AVERROR(EINVAL))
        result = AVERROR_INVALIDDATA;
    if (result < 0 && result != AVERROR_INVALIDDATA) {
        return refuse(
                url ? tr("Cannot play '%1': %2.").arg(name(), describe(result, m_opening.elapsed()))
                    : tr("Cannot play '%1': it cannot be opened (%2).")
                                .arg(name(), FfmpegMessages::errorText(result)));
    }
    if (result < 0) {
        return refuse(tr("Cannot play '%1': it is not audio that can be decoded (%2).")
                              .arg(name(), FfmpegMessages::errorText(result)));
    }
    if ((result = avformat_find_stream_info(m_input, nullptr)) < 0) {
        return refuse(url && result != AVERROR_INVALIDDATA
                              ? tr("Cannot play '%1': %2.")
                                        .arg(name(), describe(result, m_opening.elapsed()))
                              : tr("Cannot play '%1': its audio cannot be read (%2).")
                                        .arg(name(), FfmpegMessages::errorText(result)));
    }
    m_opening.invalidate();
    const AVCodec *decoder = nullptr;
    m_streamIndex = av_find_best_stream(m_input, AVMEDIA_TYPE_AUDIO, -1, -1, &decoder, 0);
    if (m_streamIndex == AVERROR_DECODER_NOT_FOUND) {
        return refuse(
                tr("Cannot play '%1': there is no decoder for its audio format.").arg(name()));
    }
    if (m_streamIndex < 0)
        return refuse(tr("Cannot play '%1': it contains no audio.").arg(name()));
    for (unsigned i = 0; i < m_input->nb_streams; ++i) {
        m_input->streams[i]->discard = int(i) == m_streamIndex ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    }
    const AVStream *stream = m_input->streams[m_streamIndex];
    m_timeBase = stream->time_base;
    m_streamStart = stream->start_time == AV_NOPTS_VALUE ? 0 : stream->start_time;

    m_codec = avcodec_alloc_context3(decoder);
    if (!m_codec || avcodec_parameters_to_context(m_codec, stream->codecpar) < 0)
        return refuse(tr("Cannot play '%1': out of memory.").arg(name()));
    m_codec->pkt_timebase = m_timeBase;
    if ((result = avcodec_open2(m_codec, decoder, nullptr)) < 0) {
        return refuse(tr("Cannot play '%1': its audio decoder failed to start (%2).")
                              .arg(name(), FfmpegMessages::errorText(result)));
    }
    m_packet = av_packet_alloc();
    m_frame = av_frame_alloc();
    if (!m_packet || !m_frame)
        return refuse(tr("Cannot play '%1': out of memory.").arg(name()));
    applySeekIndex();
    if (m_cancel && m_cancel->load())
        return refuse(tr("Cannot play '%1': %2.").arg(name(), describe(AVERROR_EXIT, 0)));
    return true;
}

void FfmpegAudioStream::close()
{
    av_frame_free(&m_frame);
    av_packet_free(&m_packet);
    avcodec_free_context(&m_codec);
    avformat_close_input(&m_input);
    m_streamIndex = -1;
    m_badPackets = 0;
    m_inputEnded = false;
    m_opening.invalidate();
    m_timedOut = false;
}

// FFmpeg seeks in MP3 exactly only by reading every frame up to the target, noting where each
// lies in the stream's index as it goes; other formats carry an index or seek by bisection.
bool FfmpegAudioStream::usesSeekIndex() const
{
    return m_input && m_streamIndex >= 0 && !isUrl(m_source)
            && qstrcmp(m_input->iformat->name, "mp3") == 0;
}

// Gives the stream the index of the whole file, learning it first when nobody has yet. Always the
// whole file's: a seek then lands on the same frame however the file was used before, so a span
// decodes to the same samples live and preloaded.
void FfmpegAudioStream::applySeekIndex()
{
    if (m_learning || !usesSeekIndex())
        return;
    auto entries = SeekIndexCache::instance().find(m_source);
    if (!entries) {
        FfmpegAudioStream scout;
        scout.m_learning = true;
        scout.setCancelFlag(m_cancel);
        if (scout.open(m_source))
            scout.learnSeekIndex();
        entries = SeekIndexCache::instance().find(m_source);
        if (!entries)
            return; // seeks scan, as without an index
    }
    AVStream *stream = m_input->streams[m_streamIndex];
    for (const SeekIndexCache::Entry &entry : *entries)
        av_add_index_entry(stream, entry.pos, entry.timestamp, 0, 0, entry.flags);
}

bool FfmpegAudioStream::learnSeekIndex()
{
    if (!usesSeekIndex()) {
        close();
        return false;
    }
    AVStream *stream = m_input->streams[m_streamIndex];
    SeekIndexCache::Entries entries = walkFrames();
    bool cancelled = false;
    if (entries.empty()) { // FFmpeg reads every frame, noting them in its index as it goes
        while (!cancelled && av_read_frame(m_input, m_packet) >= 0) {
            av_packet_unref(m_packet);
            cancelled = m_cancel && m_cancel->load(std::memory_order_relaxed);
        }
        const int count = avformat_index_get_entries_count(stream);
        for (int i = 0; i < count && !cancelled; ++i) {
            const AVIndexEntry *entry = avformat_index_get_entry(stream, i);
            entries.push_back({entry->pos, entry->timestamp, entry->flags});
        }
    }
    if (!cancelled)
        SeekIndexCache::instance().store(m_source, std::move(entries));
    close();
    return !cancelled;
}

// The frames from their headers, stamped like the first one FFmpeg reads; empty unless they
// account for the whole length the file declares.
SeekIndexCache::Entries FfmpegAudioStream::walkFrames()
{
    if (av_read_frame(m_input, m_packet) < 0)
        return {};
    const qint64 pos = m_packet->pos;
    const qint64 timestamp = m_packet->dts;
    const qint64 ticks = m_packet->duration;
    av_packet_unref(m_packet);
    if (pos < 0 || timestamp == AV_NOPTS_VALUE || ticks <= 0)
        return {};
    SeekIndexCache::Entries frames = Mp3FrameIndex::walk(m_source, pos, timestamp, ticks, 1);
    const AVStream *stream = m_input->streams[m_streamIndex];
    bool trusted = false;
    declaredMs(&trusted);
    const qint64 walked = qint64(frames.size()) * ticks;
    if (frames.size() < 2
        || (trusted && stream->duration > 0 && qAbs(walked - stream->duration) > 2 * ticks)) {
        qCDebug(lcPlayback) << "the frame headers of" << name() << "do not add up; reading it";
        return {};
    }
    // As dense as FFmpeg keeps its own index (it halves one that grows past ~43,000 entries).
    size_t step = 1;
    while (frames.size() / step > 32768)
        step *= 2;
    SeekIndexCache::Entries entries;
    entries.reserve(frames.size() / step + 1);
    for (size_t i = 0; i < frames.size(); i += step)
        entries.push_back(frames[i]);
    return entries;
}

bool FfmpegAudioStream::seekBefore(qint64 ms)
{
    if (!m_input)
        return false;
    const int64_t timestamp = av_rescale_q(ms, AVRational {1, 1000}, m_timeBase) + m_streamStart;
    const int result = av_seek_frame(m_input, m_streamIndex, timestamp, AVSEEK_FLAG_BACKWARD);
    if (result < 0) {
        qCDebug(lcPlayback) << "cannot seek" << name() << "to" << ms
                            << "ms:" << FfmpegMessages::errorText(result);
        return false;
    }
    avcodec_flush_buffers(m_codec);
    m_inputEnded = false;
    return true;
}

FfmpegAudioStream::Result FfmpegAudioStream::next()
{
    if (!m_input)
        return Result::Error;
    av_frame_unref(m_frame);
    for (;;) {
        int result = avcodec_receive_frame(m_codec, m_frame);
        if (result == 0)
            return Result::Frame;
        if (result == AVERROR_EOF || (result == AVERROR(EAGAIN) && m_inputEnded))
            return Result::End;
        if (result != AVERROR(EAGAIN))
            return fail(
                    tr("Cannot decode '%1': %2.").arg(name(), FfmpegMessages::errorText(result)));

        QElapsedTimer reading;
        reading.start();
        result = av_read_frame(m_input, m_packet);
        if (result < 0) {
            if (result != AVERROR_EOF && !(m_input->pb && avio_feof(m_input->pb))) {
                if (isUrl(m_source)) {
                    return fail(tr("Cannot play '%1': %2.")
                                        .arg(name(), describe(result, reading.elapsed())));
                }
                return fail(
                        tr("Cannot read '%1': %2.").arg(name(), FfmpegMessages::errorText(result)));
            }
            m_inputEnded = true;
            avcodec_send_packet(m_codec, nullptr); // drain what the decoder holds
            continue;
        }
        if (m_packet->stream_index == m_streamIndex) {
            result = avcodec_send_packet(m_codec, m_packet);
            if (result == AVERROR_INVALIDDATA && ++m_badPackets < MaxBadPacketsInARow) {
                qCDebug(lcPlayback) << "skipping a damaged packet of" << name();
            } else if (result < 0 && result != AVERROR(EAGAIN)) {
                av_packet_unref(m_packet);
                return fail(tr("Cannot decode '%1': %2.")
                                    .arg(name(), FfmpegMessages::errorText(result)));
            } else {
                m_badPackets = 0;
            }
        }
        av_packet_unref(m_packet);
    }
}

bool FfmpegAudioStream::framePosition(int rate, qint64 *position) const
{
    int64_t timestamp = m_frame->best_effort_timestamp;
    if (timestamp == AV_NOPTS_VALUE)
        timestamp = m_frame->pts;
    if (timestamp == AV_NOPTS_VALUE)
        return false;
    *position = av_rescale_q_rnd(timestamp - m_streamStart, m_timeBase, AVRational {1, rate},
                                 AV_ROUND_NEAR_INF);
    return true;
}

int FfmpegAudioStream::channelCount() const
{
    return m_codec ? m_codec->ch_layout.nb_channels : 0;
}

qint64 FfmpegAudioStream::declaredMs(bool *trusted) const
{
    if (trusted)
        *trusted = false;
    if (!m_input || m_input->duration <= 0)
        return -1;
    if (trusted) {
        *trusted
                = av_fmt_ctx_get_duration_estimation_method(m_input) != AVFMT_DURATION_FROM_BITRATE;
    }
    return av_rescale(m_input->duration, 1000, AV_TIME_BASE);
}
