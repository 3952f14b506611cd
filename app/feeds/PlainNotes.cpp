#include "PlainNotes.h"

namespace PlainNotes {

namespace {

bool isBlank(QChar c)
{
    return c.isSpace() && c != QLatin1Char('\n') && c != QLatin1Char('\r');
}

bool endsUrl(QChar c)
{
    return c.isSpace() || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('"');
}

bool isTrailingPunctuation(QChar c)
{
    return QStringView(u".,;:!?)]'").contains(c);
}

// One paragraph: escaped, line breaks as <br>, URLs as links.
void appendParagraph(QString &html, QStringView paragraph)
{
    html += QLatin1String("<p>");
    qsizetype i = 0;
    while (i < paragraph.size()) {
        qsizetype http = paragraph.indexOf(QLatin1String("http"), i);
        while (http >= 0 && !paragraph.mid(http).startsWith(QLatin1String("http://"))
               && !paragraph.mid(http).startsWith(QLatin1String("https://")))
            http = paragraph.indexOf(QLatin1String("http"), http + 4);
        const qsizetype textEnd = http < 0 ? paragraph.size() : http;
        for (qsizetype k = i; k < textEnd; ++k) {
            if (paragraph.at(k) == QLatin1Char('\n'))
                html += QLatin1String("<br>");
            else
                HtmlSanitizer::appendEscaped(html, paragraph.mid(k, 1));
        }
        if (http < 0)
            break;
        qsizetype end = http;
        while (end < paragraph.size() && !endsUrl(paragraph.at(end)))
            ++end;
        while (end > http && isTrailingPunctuation(paragraph.at(end - 1)))
            --end;
        const QString url = HtmlSanitizer::escape(paragraph.mid(http, end - http).toString());
        html += QLatin1String("<a href=\"") + url + QLatin1String("\">") + url
                + QLatin1String("</a>");
        i = end;
    }
    html += QLatin1String("</p>");
}

} // namespace

QString squash(QStringView text)
{
    // Written in place: every character read gives at most one out (a space only stands for
    // the blanks it replaces), so the text's own size is enough.
    QString out(text.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *end = begin;
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                continue;
            c = QLatin1Char('\n');
        }
        if (isBlank(c)) {
            pendingSpace = true;
            continue;
        }
        if (c == QLatin1Char('\n')) {
            while (end != begin && end[-1] == QLatin1Char(' '))
                --end;
        } else if (pendingSpace && end != begin && end[-1] != QLatin1Char('\n')) {
            *end++ = QLatin1Char(' ');
        }
        pendingSpace = false;
        *end++ = c;
    }
    out.truncate(end - begin);
    return out.trimmed();
}

HtmlSanitizer::Result toHtml(const QString &text)
{
    const QString squashed = squash(text);
    QString html;
    html.reserve(squashed.size() + squashed.size() / 8);
    qsizetype start = 0;
    while (start < squashed.size()) {
        qsizetype blank = squashed.indexOf(QLatin1String("\n\n"), start);
        const qsizetype end = blank < 0 ? squashed.size() : blank;
        if (end > start)
            appendParagraph(html, QStringView(squashed).mid(start, end - start));
        if (blank < 0)
            break;
        start = blank;
        while (start < squashed.size() && squashed.at(start) == QLatin1Char('\n'))
            ++start;
    }
    return {html, squashed};
}

} // namespace PlainNotes
