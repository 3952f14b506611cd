#include "FfmpegChapters.h"

#include <QFile>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
#include <libavutil/mathematics.h>
}

#include <algorithm>

namespace FfmpegChapters {

ChapterList read(const QString &path, bool *ok)
{
    if (ok)
        *ok = false;
    AVFormatContext *context = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (avformat_open_input(&context, name.constData(), nullptr, nullptr) < 0)
        return {};
    if (ok)
        *ok = true;
    ChapterList chapters;
    const AVRational milliseconds {1, 1000};
    for (unsigned int i = 0; i < context->nb_chapters; ++i) {
        const AVChapter *chapter = context->chapters[i];
        Chapter value;
        value.startMs
                = qMax<qint64>(0, av_rescale_q(chapter->start, chapter->time_base, milliseconds));
        const qint64 end = av_rescale_q(chapter->end, chapter->time_base, milliseconds);
        value.endMs = end > value.startMs ? end : -1;
        if (const AVDictionaryEntry *title = av_dict_get(chapter->metadata, "title", nullptr, 0))
            value.title = QString::fromUtf8(title->value).trimmed();
        chapters << value;
    }
    avformat_close_input(&context);
    std::stable_sort(chapters.begin(), chapters.end(),
                     [](const Chapter &a, const Chapter &b) { return a.startMs < b.startMs; });
    return chapters;
}

} // namespace FfmpegChapters
