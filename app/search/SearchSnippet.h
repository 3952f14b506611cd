#pragma once

#include <QString>
#include <QStringList>

// Cuts the few words around the first match out of a found row's text and marks every match
// (SearchHit::MatchStart/MatchEnd). Done here rather than with FTS5's snippet(), which re-runs
// the whole query for each hit: on a word said a hundred thousand times that took seconds.
// Matching folds case and diacritics like the index's tokenizer ("cafe" marks "Café").
class SearchSnippet
{
public:
    struct Pattern
    {
        QStringList words;   // folded; several for a phrase
        bool prefix = false; // the last word may be the start of a longer one
    };

    explicit SearchSnippet(const QVector<Pattern> &patterns, int maxWords = 14);

    // The patterns of `text` as the index would match them: each word folded.
    static Pattern pattern(const QString &text, bool prefix);
    static QString fold(const QString &word);

    QString snippet(const QString &text) const;

private:
    QVector<Pattern> m_patterns;
    int m_maxWords;
};
