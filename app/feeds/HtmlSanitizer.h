#pragma once

#include <QString>
#include <QUrl>

// Makes the HTML of show notes safe to show: keeps text structure (paragraphs, lists, emphasis,
// headings) and links (resolved, http/https/mailto only, for the app to open in the browser),
// drops scripts, styles, frames, forms, event handlers and every other attribute, and turns
// images into a link to the image, so nothing remote is loaded without the user's consent.
// Also gives the same content as plain text. (PlainNotes does the reverse for plain-text notes.)
namespace HtmlSanitizer {

struct Result
{
    QString html;
    QString text;
};

Result sanitize(const QString &html, const QUrl &base = QUrl());
// sanitize(html).text alone, without making the HTML: for `feed inspect`, which prints no HTML.
QString toText(const QString &html);
// podcastparser's test: something that looks like an opening tag (`<p>`, `<a href=...>`).
bool looksLikeHtml(const QString &text);
// &amp; &eacute; &#233; &#xe9; decoded; unknown or unterminated references kept as written.
QString decodeEntities(QStringView text);
QString escape(const QString &text);
void appendEscaped(QString &out, QStringView text);

} // namespace HtmlSanitizer
