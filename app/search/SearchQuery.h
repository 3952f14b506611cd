#pragma once

#include <QString>
#include <QStringList>

// What a user typed into the search field, parsed: words (each matches words starting with it),
// "quoted phrases" (exact), and guest:/show:/tag: filters (a value with spaces goes in quotes:
// guest:"Ada Lovelace"). Whatever is typed, the expressions it builds are valid FTS5 syntax: every
// term is a quoted string, so FTS operators, brackets and stray quotes are plain text.
class SearchQuery
{
public:
    struct Term
    {
        QString text;
        bool phrase = false; // exact phrase; otherwise a word matched as a prefix
        bool prefix = false; // the last token may be the start of a word
    };

    static SearchQuery parse(const QString &text);

    const QVector<Term> &terms() const { return m_terms; }
    const QStringList &guests() const { return m_guests; }
    const QStringList &shows() const { return m_shows; }
    const QStringList &tags() const { return m_tags; }

    bool hasTerms() const { return !m_terms.isEmpty(); }
    bool hasFilters() const
    {
        return !m_guests.isEmpty() || !m_shows.isEmpty() || !m_tags.isEmpty();
    }
    bool isEmpty() const { return !hasTerms() && !hasFilters(); }

    // The terms as one FTS5 MATCH expression (all must match); empty without terms.
    QString matchExpression() const;
    // An FTS5 expression matching `name` in the title column, each of its words as a prefix:
    // what guest: and show: filters look for.
    static QString titleExpression(const QString &name);
    // A term as an FTS5 string: "text" with quotes doubled, * appended for a prefix.
    static QString quoted(const Term &term);

private:
    void addWord(const QString &word);

    QVector<Term> m_terms;
    QStringList m_guests;
    QStringList m_shows;
    QStringList m_tags;
};
