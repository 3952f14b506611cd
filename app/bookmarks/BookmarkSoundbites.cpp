#include "BookmarkSoundbites.h"

#include "BookmarkGroups.h"

namespace BookmarkSoundbites {

namespace {

constexpr int MaxTitle = 128;

QString xmlEscaped(const QString &text)
{
    QString escaped = text.toHtmlEscaped(); // & < > "
    escaped.replace(QLatin1Char('\''), QStringLiteral("&apos;"));
    return escaped;
}

QString title(const Bookmark &b)
{
    QString text;
    for (const QString &candidate : {b.quote, b.note, b.topicTitle, b.episodeTitle}) {
        text = candidate.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
        if (!text.isEmpty())
            break;
    }
    if (text.size() > MaxTitle) {
        text.truncate(MaxTitle - 1);
        if (text.at(text.size() - 1).isHighSurrogate())
            text.chop(1);
        text += QChar(0x2026);
    }
    return text;
}

// An XML comment cannot hold "--".
QString commentText(const QString &text)
{
    QString safe = text.simplified();
    while (safe.contains(QStringLiteral("--")))
        safe.replace(QStringLiteral("--"), QStringLiteral("- -"));
    if (safe.endsWith(QLatin1Char('-')))
        safe += QLatin1Char(' ');
    return safe;
}

} // namespace

QString seconds(qint64 ms)
{
    QString text = QString::number(ms / 1000) + QLatin1Char('.')
            + QStringLiteral("%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
    while (text.endsWith(QLatin1Char('0')) && !text.endsWith(QStringLiteral(".0")))
        text.chop(1);
    return text;
}

QString element(const Bookmark &b)
{
    return QStringLiteral("<podcast:soundbite startTime=\"%1\" duration=\"%2\">%3"
                          "</podcast:soundbite>")
            .arg(seconds(b.startMs), seconds(b.durationMs()), xmlEscaped(title(b)));
}

QVector<Episode> perEpisode(const QVector<Bookmark> &bookmarks)
{
    QVector<Episode> episodes;
    const QVector<QVector<Bookmark>> groups = BookmarkGroups::byEpisode(bookmarks);
    for (const QVector<Bookmark> &group : groups) {
        Episode episode {group.constFirst().episodeGuid, group.constFirst().episodeTitle, {}};
        for (const Bookmark &b : group) {
            if (b.hasSpan())
                episode.lines << element(b);
        }
        if (!episode.lines.isEmpty())
            episodes << episode;
    }
    return episodes;
}

QByteArray exportDocument(const QVector<Bookmark> &bookmarks)
{
    QStringList blocks;
    for (const Episode &episode : perEpisode(bookmarks)) {
        blocks << QStringLiteral("<!-- %1 (guid %2) -->\n")
                                .arg(commentText(episode.title), commentText(episode.guid))
                        + episode.lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return blocks.join(QLatin1Char('\n')).toUtf8();
}

} // namespace BookmarkSoundbites
