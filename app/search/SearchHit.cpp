#include "SearchHit.h"

QString SearchHit::markedSnippet(const QString &open, const QString &close) const
{
    QString text;
    text.reserve(snippet.size() + 16);
    for (const QChar c : snippet) {
        if (c == MatchStart)
            text += open;
        else if (c == MatchEnd)
            text += close;
        else
            text += c;
    }
    return text;
}

QString SearchHit::snippetHtml() const
{
    QString html;
    QString run;
    for (const QChar c : snippet) {
        if (c == MatchStart || c == MatchEnd) {
            html += run.toHtmlEscaped()
                    + (c == MatchStart ? QStringLiteral("<b>") : QStringLiteral("</b>"));
            run.clear();
        } else {
            run += c;
        }
    }
    return html + run.toHtmlEscaped();
}

QString SearchHit::plainSnippet() const
{
    return markedSnippet(QString(), QString());
}
