#include "SearchSnippet.h"

#include "SearchHit.h"

namespace {

struct Token
{
    qsizetype start;
    qsizetype end;
    QString folded;
};

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

QVector<Token> tokenize(const QString &text)
{
    QVector<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordCharacter(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        // A surrogate pair (emoji, rare scripts) stays in one token.
        while (i < text.size() && (isWordCharacter(text.at(i)) || text.at(i).isSurrogate()))
            ++i;
        tokens << Token {start, i, SearchSnippet::fold(text.mid(start, i - start))};
    }
    return tokens;
}

} // namespace

SearchSnippet::SearchSnippet(const QVector<Pattern> &patterns, int maxWords)
    : m_patterns(patterns)
    , m_maxWords(maxWords)
{ }

QString SearchSnippet::fold(const QString &word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    }
    return folded.toCaseFolded();
}

SearchSnippet::Pattern SearchSnippet::pattern(const QString &text, bool prefix)
{
    Pattern result;
    for (const Token &token : tokenize(text))
        result.words << token.folded;
    result.prefix = prefix;
    return result;
}

QString SearchSnippet::snippet(const QString &text) const
{
    const QVector<Token> tokens = tokenize(text);
    // Which tokens a pattern covers.
    QVector<bool> marked(tokens.size(), false);
    qsizetype first = -1;
    for (const Pattern &pattern : m_patterns) {
        const qsizetype n = pattern.words.size();
        if (n == 0)
            continue;
        for (qsizetype i = 0; i + n <= tokens.size(); ++i) {
            bool matches = true;
            for (qsizetype k = 0; k < n && matches; ++k) {
                const QString &word = tokens.at(i + k).folded;
                const bool last = k == n - 1;
                matches = (last && pattern.prefix) ? word.startsWith(pattern.words.at(k))
                                                   : word == pattern.words.at(k);
            }
            if (!matches)
                continue;
            for (qsizetype k = 0; k < n; ++k)
                marked[i + k] = true;
            if (first < 0 || i < first)
                first = i;
        }
    }

    // A window of maxWords tokens that starts a little before the first match.
    qsizetype from = 0;
    if (first > 3 && tokens.size() > m_maxWords)
        from = qMin(first - 3, tokens.size() - m_maxWords);
    const qsizetype to = qMin(tokens.size(), from + m_maxWords);
    if (tokens.isEmpty())
        return text.left(200);

    QString result;
    if (from > 0)
        result += QStringLiteral("\u2026");
    qsizetype at = from > 0 ? tokens.at(from).start : 0;
    for (qsizetype i = from; i < to; ++i) {
        const Token &token = tokens.at(i);
        result += text.mid(at, token.start - at);
        if (marked.at(i))
            result += SearchHit::MatchStart + text.mid(token.start, token.end - token.start)
                    + SearchHit::MatchEnd;
        else
            result += text.mid(token.start, token.end - token.start);
        at = token.end;
    }
    if (to < tokens.size())
        result += QStringLiteral("\u2026");
    else
        result += text.mid(at);
    return result;
}
