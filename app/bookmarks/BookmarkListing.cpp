#include "BookmarkListing.h"

#include "BookmarkTags.h"
#include "BookmarkText.h"

#include <QCoreApplication>

namespace BookmarkListing {

QString text(const QVector<Bookmark> &bookmarks)
{
    QString text;
    for (const Bookmark &b : bookmarks) {
        text += QStringLiteral("%1  %2 %3  %4  %5%6\n")
                        .arg(b.id, 4)
                        .arg(b.starred ? QChar(0x2605) : QLatin1Char(' '))
                        .arg(bookmarkKindName(b.kind), -7)
                        .arg(b.hasSpan() ? BookmarkText::span(b.startMs, b.endMs)
                                         : QString(17, QLatin1Char(' ')))
                        .arg(b.episodeTitle)
                        .arg(b.isOrphan() ? QCoreApplication::translate("BookmarkListing",
                                                                        "  (episode deleted)")
                                          : QString());
        if (!b.quote.isEmpty())
            text += QStringLiteral("      \u201c%1\u201d\n")
                            .arg(BookmarkText::excerpt(b.quote, 90));
        const QString note = BookmarkText::excerpt(b.note, 70);
        const QString tags = BookmarkTags::hashtags(b.tags);
        if (!note.isEmpty() || !tags.isEmpty())
            text += QStringLiteral("      ") + note
                    + (note.isEmpty() || tags.isEmpty() ? QString() : QStringLiteral("  ")) + tags
                    + QLatin1Char('\n');
    }
    return text;
}

} // namespace BookmarkListing
