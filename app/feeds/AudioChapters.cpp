#include "AudioChapters.h"

#include "FfmpegChapters.h"
#include "Id3Chapters.h"

#include <QCoreApplication>
#include <QFile>

namespace AudioChapters {

Parsed<ChapterList> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportError error;
        error.file = path;
        error.message = QCoreApplication::translate("AudioChapters", "cannot read the file (%1)")
                                .arg(file.errorString());
        return Parsed<ChapterList>::failure(error);
    }
    const QByteArray head = file.read(3);
    file.close();
    if (head == "ID3" || path.endsWith(QLatin1String(".mp3"), Qt::CaseInsensitive)) {
        bool ok = false;
        const ChapterList chapters = Id3Chapters::read(path, &ok);
        if (ok && !chapters.isEmpty())
            return Parsed<ChapterList>::success(chapters);
    }
    bool ok = false;
    const ChapterList chapters = FfmpegChapters::read(path, &ok);
    if (!ok) {
        ImportError error;
        error.file = path;
        error.message
                = QCoreApplication::translate("AudioChapters", "not an audio file FFmpeg can open");
        return Parsed<ChapterList>::failure(error);
    }
    return Parsed<ChapterList>::success(chapters);
}

} // namespace AudioChapters
