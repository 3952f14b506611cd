#include "FfmpegAudioStream.h"

#include "PlaybackLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

namespace {

constexpr int MaxBadPacketsInARow = 32;

QString ffmpegError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

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

bool FfmpegAudioStream::open(const QString &source)
{
    static const bool logForwarded = [] {
        av_log_set_callback(forwardLog);
        return true;
    }();
    Q_UNUSED(logForwarded);

    close();
    m_source = source;
    if (!isUrl(source)) {
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

    AVDictionary *options = nullptr;
    if (isUrl(source)) {
        av_dict_set(&options, "rw_timeout", "15000000", 0); // µs: give up on a stalled server
        av_dict_set(&options, "reconnect", "1", 0);
    }
    const QByteArray location = isUrl(source) ? source.toUtf8() : QFile::encodeName(source);
    int result = avformat_open_input(&m_input, location.constData(), nullptr, &options);
    av_dict_free(&options);
    if (result < 0 && result != AVERROR_INVALIDDATA) {
        return refuse((isUrl(source) ? tr("Cannot play '%1': it cannot be downloaded (%2).")
                                     : tr("Cannot play '%1': it cannot be opened (%2)."))
                              .arg(name(), ffmpegError(result)));
    }
    if (result < 0) {
        return refuse(tr("Cannot play '%1': it is not audio that can be decoded (%2).")
                              .arg(name(), ffmpegError(result)));
    }
    if ((result = avformat_find_stream_info(m_input, nullptr)) < 0) {
        return refuse(tr("Cannot play '%1': its audio cannot be read (%2).")
                              .arg(name(), ffmpegError(result)));
    }
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
                              .arg(name(), ffmpegError(result)));
    }
    m_packet = av_packet_alloc();
    m_frame = av_frame_alloc();
    if (!m_packet || !m_frame)
        return refuse(tr("Cannot play '%1': out of memory.").arg(name()));
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
}

bool FfmpegAudioStream::seekBefore(qint64 ms)
{
    if (!m_input)
        return false;
    const int64_t timestamp = av_rescale_q(ms, AVRational {1, 1000}, m_timeBase) + m_streamStart;
    const int result = av_seek_frame(m_input, m_streamIndex, timestamp, AVSEEK_FLAG_BACKWARD);
    if (result < 0) {
        qCDebug(lcPlayback) << "cannot seek" << name() << "to" << ms
                            << "ms:" << ffmpegError(result);
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
            return fail(tr("Cannot decode '%1': %2.").arg(name(), ffmpegError(result)));

        result = av_read_frame(m_input, m_packet);
        if (result < 0) {
            if (result != AVERROR_EOF && !(m_input->pb && avio_feof(m_input->pb)))
                return fail(tr("Cannot read '%1': %2.").arg(name(), ffmpegError(result)));
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
                return fail(tr("Cannot decode '%1': %2.").arg(name(), ffmpegError(result)));
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
