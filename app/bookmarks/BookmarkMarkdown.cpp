#include "BookmarkMarkdown.h"

#include "BookmarkGroups.h"
#include "BookmarkTags.h"
#include "BookmarkText.h"
#include "CitecastLink.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BookmarkMarkdown", text);
}

// A YAML double-quoted scalar.
QString yamlString(const QString &text)
{
    QString quoted = QStringLiteral("\"");
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"':
            quoted += QStringLiteral("\\\"");
            break;
        case '\\':
            quoted += QStringLiteral("\\\\");
            break;
        case '\n':
            quoted += QStringLiteral("\\n");
            break;
        case '\r':
            quoted += QStringLiteral("\\r");
            break;
        case '\t':
            quoted += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                quoted += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                quoted += c;
        }
    }
    return quoted + QLatin1Char('"');
}

QStringList safeTags(const QVector<Bookmark> &bookmarks)
{
    QStringList words;
    for (const Bookmark &b : bookmarks) {
        for (const QString &tag : b.tags) {
            const QString word = BookmarkTags::safeWord(tag);
            if (!word.isEmpty() && !words.contains(word, Qt::CaseInsensitive))
                words << word;
        }
    }
    return words;
}

qint64 earliest(const QVector<Bookmark> &bookmarks)
{
    qint64 first = 0;
    for (const Bookmark &b : bookmarks)
        first = first == 0 ? b.createdMs : qMin(first, b.createdMs);
    return first;
}

QString frontMatter(const QString &title, const QVector<Bookmark> &bookmarks, bool episode)
{
    QString text = QStringLiteral("---\ntitle: ") + yamlString(title) + QLatin1Char('\n');
    if (episode) {
        text += QStringLiteral("show: ") + yamlString(bookmarks.constFirst().show)
                + QStringLiteral("\nepisode_guid: ")
                + yamlString(bookmarks.constFirst().episodeGuid) + QLatin1Char('\n');
    }
    const QStringList tags = safeTags(bookmarks);
    text += tags.isEmpty() ? QStringLiteral("tags: []\n") : QStringLiteral("tags:\n");
    for (const QString &tag : tags)
        text += QStringLiteral("  - ") + tag + QLatin1Char('\n');
    text += QStringLiteral("created: ") + BookmarkText::isoTime(earliest(bookmarks))
            + QStringLiteral("\n---\n");
    return text;
}

// The quoted text as a block quote. Quotes are plain text (the page's words), so a '<' is
// escaped: Markdown would take "<say>" for an HTML tag and hide it.
QString blockQuote(const QString &text)
{
    QString plain = text.trimmed();
    plain.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    QStringList lines = plain.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        line = line.trimmed();
        line = line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString bookmarkSection(const Bookmark &b, const QString &hashes)
{
    QString heading = bookmarkKindLabel(b.kind);
    if (!b.topicTitle.isEmpty()
        && (b.kind == BookmarkKind::Insight || b.kind == BookmarkKind::Topic))
        heading += QStringLiteral(": ") + b.topicTitle;
    if (b.starred)
        heading += QStringLiteral(" \u2605");
    QStringList blocks {hashes + QLatin1Char(' ') + heading};
    if (!b.quote.trimmed().isEmpty())
        blocks << blockQuote(b.quote);
    if (!b.note.trimmed().isEmpty()) {
        QStringList lines = b.note.trimmed().split(QLatin1Char('\n'));
        for (QString &line : lines) {
            while (line.endsWith(QLatin1Char('\r')) || line.endsWith(QLatin1Char(' ')))
                line.chop(1);
        }
        blocks << lines.join(QLatin1Char('\n'));
    }
    const QString tags = BookmarkTags::hashtags(b.tags);
    if (!tags.isEmpty())
        blocks << tags;
    const QString link = CitecastLink::build(b.episodeGuid, b.hasSpan() ? b.startMs : -1, b.endMs)
                                 .toString(QUrl::FullyEncoded);
    const QString label
            = b.hasSpan() ? BookmarkText::span(b.startMs, b.endMs) : tr("Open in Citecast");
    blocks << QStringLiteral("[%1](%2)").arg(label, link);
    return blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

// The episode's bookmarks under a heading of `level` '#'s, each one level deeper.
QString episodeSection(const QVector<Bookmark> &group, int level)
{
    const Bookmark &first = group.constFirst();
    QString text = QString(level, QLatin1Char('#')) + QLatin1Char(' ') + first.episodeTitle
            + QLatin1Char('\n');
    if (!first.show.isEmpty())
        text += QLatin1Char('\n') + tr("Show: %1").arg(first.show) + QLatin1Char('\n');
    for (const Bookmark &b : group)
        text += QLatin1Char('\n') + bookmarkSection(b, QString(level + 1, QLatin1Char('#')));
    return text;
}

} // namespace

namespace BookmarkMarkdown {

QByteArray singleFile(const QVector<Bookmark> &bookmarks)
{
    const QString title = tr("Citecast bookmarks");
    QString text = bookmarks.isEmpty() ? QString()
                                       : frontMatter(title, bookmarks, false) + QLatin1Char('\n');
    text += QStringLiteral("# ") + title + QLatin1Char('\n');
    const QVector<QVector<Bookmark>> groups = BookmarkGroups::byEpisode(bookmarks);
    for (const QVector<Bookmark> &group : groups)
        text += QLatin1Char('\n') + episodeSection(group, 2);
    return text.toUtf8();
}

QVector<File> perEpisode(const QVector<Bookmark> &bookmarks)
{
    QVector<File> files;
    QSet<QString> used;
    const QVector<QVector<Bookmark>> groups = BookmarkGroups::byEpisode(bookmarks);
    for (const QVector<Bookmark> &group : groups) {
        const Bookmark &first = group.constFirst();
        const QString base = fileNameFor(first.episodeTitle, first.episodeGuid);
        QString name = base + QStringLiteral(".md");
        for (int n = 2; used.contains(name.toCaseFolded()); ++n)
            name = base + QStringLiteral(" (%1).md").arg(n);
        used.insert(name.toCaseFolded());
        const QString text = frontMatter(first.episodeTitle, group, true) + QLatin1Char('\n')
                + episodeSection(group, 1);
        files << File {name, text.toUtf8()};
    }
    return files;
}

QString fileNameFor(const QString &title, const QString &guid)
{
    static const QString rejected = QStringLiteral("/\\:*?\"<>|#^[]");
    QString name;
    for (QChar c : title.isEmpty() ? guid : title)
        name += (c.unicode() < 0x20 || rejected.contains(c)) ? QLatin1Char(' ') : c;
    name = name.simplified();
    while (name.startsWith(QLatin1Char('.')))
        name = name.mid(1).trimmed();
    if (name.size() > 120) {
        name.truncate(name.at(119).isHighSurrogate() ? 119 : 120);
        name = name.trimmed();
    }
    return name.isEmpty() ? QStringLiteral("episode") : name;
}

} // namespace BookmarkMarkdown
