#include "BookmarkCsv.h"

#include "BookmarkGroups.h"
#include "BookmarkText.h"
#include "CitecastLink.h"

namespace BookmarkCsv {

namespace {

QString number(qint64 value, bool present)
{
    return present ? QString::number(value) : QString();
}

} // namespace

QStringList columns()
{
    return {QStringLiteral("uid"),          QStringLiteral("kind"),
            QStringLiteral("episode_guid"), QStringLiteral("episode_title"),
            QStringLiteral("show"),         QStringLiteral("start_ms"),
            QStringLiteral("end_ms"),       QStringLiteral("span"),
            QStringLiteral("topic"),        QStringLiteral("sentence"),
            QStringLiteral("citation"),     QStringLiteral("quote"),
            QStringLiteral("note"),         QStringLiteral("tags"),
            QStringLiteral("starred"),      QStringLiteral("created_at"),
            QStringLiteral("updated_at"),   QStringLiteral("link")};
}

QString cell(const QString &value)
{
    QString text = value;
    if (!text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t')
            || first == QLatin1Char('\r'))
            text.prepend(QLatin1Char('\''));
    }
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
            || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray exportDocument(const QVector<Bookmark> &bookmarks, const Options &options)
{
    const QString lineEnd = QStringLiteral("\r\n");
    QString text;
    QStringList header;
    for (const QString &column : columns())
        header << cell(column);
    text += header.join(QLatin1Char(',')) + lineEnd;
    const QVector<QVector<Bookmark>> groups = BookmarkGroups::byEpisode(bookmarks);
    for (const QVector<Bookmark> &group : groups) {
        for (const Bookmark &b : group) {
            const QStringList values {
                    b.uid,
                    bookmarkKindName(b.kind),
                    b.episodeGuid,
                    b.episodeTitle,
                    b.show,
                    number(b.startMs, b.hasSpan()),
                    number(b.endMs, b.hasSpan()),
                    BookmarkText::span(b.startMs, b.endMs),
                    b.topicTitle,
                    b.sentence,
                    number(b.citationNumber, b.citationNumber > 0),
                    b.quote,
                    b.note,
                    b.tags.join(QStringLiteral("; ")),
                    b.starred ? QStringLiteral("yes") : QStringLiteral("no"),
                    BookmarkText::isoTime(b.createdMs),
                    BookmarkText::isoTime(b.updatedMs),
                    CitecastLink::build(b.episodeGuid, b.hasSpan() ? b.startMs : -1, b.endMs)
                            .toString(QUrl::FullyEncoded)};
            QStringList cells;
            for (const QString &value : values)
                cells << cell(value);
            text += cells.join(QLatin1Char(',')) + lineEnd;
        }
    }
    QByteArray bytes = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + text.toUtf8();
}

} // namespace BookmarkCsv
