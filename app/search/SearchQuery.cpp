#include "SearchQuery.h"

namespace {

bool hasWordCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// Reads a value at `i`: "a quoted one" (to the closing quote or the end) or up to whitespace.
QString readValue(const QString &text, qsizetype &i, bool *quoted, bool *closed)
{
    *quoted = i < text.size() && text.at(i) == QLatin1Char('"');
    *closed = false;
    if (*quoted) {
        const qsizetype end = text.indexOf(QLatin1Char('"'), i + 1);
        *closed = end >= 0;
        const QString value = text.mid(i + 1, (*closed ? end : text.size()) - i - 1);
        i = *closed ? end + 1 : text.size();
        return value;
    }
    const qsizetype start = i;
    while (i < text.size() && !text.at(i).isSpace())
        ++i;
    return text.mid(start, i - start);
}

} // namespace

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        bool quoted = false;
        bool closed = false;
        // A filter: guest:, show: or tag: followed by a value (quoted when it has spaces).
        const qsizetype colon = text.indexOf(QLatin1Char(':'), i);
        if (colon > i && text.at(i) != QLatin1Char('"')) {
            const QString key = text.mid(i, colon - i).toLower();
            QStringList *filter = key == QLatin1String("guest") ? &query.m_guests
                    : key == QLatin1String("show")              ? &query.m_shows
                    : key == QLatin1String("tag")               ? &query.m_tags
                                                                : nullptr;
            if (filter) {
                qsizetype at = colon + 1;
                const QString value = readValue(text, at, &quoted, &closed).simplified();
                i = at;
                if (hasWordCharacter(value))
                    *filter << value;
                continue;
            }
        }
        const QString value = readValue(text, i, &quoted, &closed);
        if (quoted) {
            const QString phrase = value.simplified();
            // An unfinished phrase is still being typed: its last word may be a prefix.
            if (hasWordCharacter(phrase))
                query.m_terms << Term {phrase, true, !closed};
        } else {
            query.addWord(value);
        }
    }
    return query;
}

void SearchQuery::addWord(const QString &word)
{
    if (!hasWordCharacter(word))
        return;
    // One letter as a prefix would match most of the library: it is matched as a whole word.
    qsizetype letters = 0;
    for (const QChar c : word)
        letters += c.isLetterOrNumber() ? 1 : 0;
    m_terms << Term {word, false, letters > 1};
}

QString SearchQuery::quoted(const Term &term)
{
    QString text = term.text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"')
            + (term.prefix ? QStringLiteral("*") : QString());
}

QString SearchQuery::matchExpression() const
{
    QStringList parts;
    for (const Term &term : m_terms)
        parts << quoted(term);
    return parts.join(QStringLiteral(" AND "));
}

QString SearchQuery::titleExpression(const QString &name)
{
    QStringList parts;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (hasWordCharacter(word))
            parts << quoted(Term {word, false, true});
    }
    if (parts.isEmpty())
        return QString();
    return QStringLiteral("title : (") + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
}
