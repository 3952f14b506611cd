#pragma once

#include <QString>
#include <QUrl>

// Makes the HTML of show notes safe to show: keeps text structure (paragraphs, lists, emphasis,
// headings) and links (resolved, http/https/mailto only, for the app to open in the browser),
// drops scripts, styles, frames, forms, event handlers and every other attribute, and turns
// images into a link to the image, so nothing remote is loaded without the user's consent.
// Also gives the same content as plain text.
namespace HtmlSanitizer {

struct Result
{
    QString html;
    QString text;
};

Result sanitize(const QString &html, const QUrl &base = QUrl());
// Plain-text notes as HTML: escaped, blank lines as paragraphs, line breaks kept, and bare
// http(s) URLs made into links; `text` is the input with runs of spaces squashed.
Result fromPlainText(const QString &text);
// podcastparser's test: something that looks like an opening tag (`<p>`, `<a href=...>`).
bool looksLikeHtml(const QString &text);
// &amp; &eacute; &#233; &#xe9; decoded; unknown or unterminated references kept as written.
QString decodeEntities(QStringView text);
QString escape(const QString &text);

} // namespace HtmlSanitizer
