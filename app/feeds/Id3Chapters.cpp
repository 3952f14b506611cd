#include "Id3Chapters.h"

#include <QFile>
#include <QHash>

#include <taglib/chapterframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/textidentificationframe.h>
#include <taglib/urllinkframe.h>

#include <algorithm>

namespace Id3Chapters {

namespace {

QString toQString(const TagLib::String &text)
{
    return QString::fromStdWString(text.toWString()).trimmed();
}

QString titleOf(const TagLib::ID3v2::ChapterFrame &chapter)
{
    const TagLib::ID3v2::FrameList titles = chapter.embeddedFrameList("TIT2");
    for (const TagLib::ID3v2::Frame *frame : titles) {
        const QString title = toQString(frame->toString());
        if (!title.isEmpty())
            return title;
    }
    return {};
}

QString urlOf(const TagLib::ID3v2::ChapterFrame &chapter)
{
    for (const char *id : {"WXXX", "WOAR"}) {
        for (const TagLib::ID3v2::Frame *frame : chapter.embeddedFrameList(id)) {
            if (const auto *link = dynamic_cast<const TagLib::ID3v2::UrlLinkFrame *>(frame)) {
                const QString url = toQString(link->url());
                if (!url.isEmpty())
                    return url;
            }
        }
    }
    return {};
}

QByteArray idOf(const TagLib::ByteVector &id)
{
    return QByteArray(id.data(), int(id.size()));
}

} // namespace

ChapterList read(const QString &path, bool *ok)
{
    if (ok)
        *ok = false;
    const QByteArray name = QFile::encodeName(path);
    TagLib::MPEG::File file(name.constData(), false);
    if (!file.isValid())
        return {};
    if (ok)
        *ok = true;
    if (!file.hasID3v2Tag())
        return {};
    const TagLib::ID3v2::FrameListMap &frames = file.ID3v2Tag()->frameListMap();
    if (!frames.contains("CHAP"))
        return {};

    ChapterList chapters;
    QHash<QByteArray, int> byId;
    for (const TagLib::ID3v2::Frame *frame : frames["CHAP"]) {
        const auto *chapter = dynamic_cast<const TagLib::ID3v2::ChapterFrame *>(frame);
        if (!chapter)
            continue;
        Chapter value;
        value.startMs = chapter->startTime();
        const unsigned int end = chapter->endTime();
        value.endMs = end > chapter->startTime() && end != 0xffffffffu ? qint64(end) : -1;
        value.title = titleOf(*chapter);
        value.url = urlOf(*chapter);
        byId.insert(idOf(chapter->elementID()), int(chapters.size()));
        chapters << value;
    }

    // An ordered top-level table of contents decides the order; otherwise, start times do.
    QVector<int> order;
    if (frames.contains("CTOC")) {
        for (const TagLib::ID3v2::Frame *frame : frames["CTOC"]) {
            const auto *toc = dynamic_cast<const TagLib::ID3v2::TableOfContentsFrame *>(frame);
            if (!toc || !toc->isTopLevel() || !toc->isOrdered())
                continue;
            for (const TagLib::ByteVector &child : toc->childElements()) {
                const int index = byId.value(idOf(child), -1);
                if (index >= 0 && !order.contains(index))
                    order << index;
            }
        }
    }
    ChapterList sorted;
    for (int index : std::as_const(order))
        sorted << chapters.at(index);
    ChapterList rest;
    for (int i = 0; i < chapters.size(); ++i) {
        if (!order.contains(i))
            rest << chapters.at(i);
    }
    std::stable_sort(rest.begin(), rest.end(),
                     [](const Chapter &a, const Chapter &b) { return a.startMs < b.startMs; });
    return sorted + rest;
}

} // namespace Id3Chapters
