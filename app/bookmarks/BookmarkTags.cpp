#include "BookmarkTags.h"

namespace BookmarkTags {

namespace {

QString clean(const QString &raw)
{
    QString tag = raw.simplified();
    while (tag.startsWith(QLatin1Char('#')))
        tag = tag.mid(1).trimmed();
    return tag;
}

} // namespace

QStringList normalized(const QStringList &tags)
{
    QStringList result;
    for (const QString &raw : tags) {
        const QString tag = clean(raw);
        if (!tag.isEmpty() && !contains(result, tag))
            result << tag;
    }
    return result;
}

QString safeWord(const QString &tag)
{
    QString word;
    bool pendingDash = false;
    for (QChar c : tag.simplified()) {
        if (c.isSpace()) {
            pendingDash = !word.isEmpty();
            continue;
        }
        if (!c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('-')
            && c != QLatin1Char('/'))
            continue;
        if (pendingDash)
            word += QLatin1Char('-');
        pendingDash = false;
        word += c;
    }
    bool allDigits = !word.isEmpty();
    for (QChar c : std::as_const(word))
        allDigits = allDigits && c.isDigit();
    return allDigits ? QLatin1Char('_') + word : word;
}

QString hashtags(const QStringList &tags)
{
    QStringList words;
    for (const QString &tag : tags) {
        const QString word = safeWord(tag);
        if (!word.isEmpty())
            words << QLatin1Char('#') + word;
    }
    return words.join(QLatin1Char(' '));
}

bool contains(const QStringList &tags, const QString &tag)
{
    return tags.contains(clean(tag), Qt::CaseInsensitive);
}

} // namespace BookmarkTags
