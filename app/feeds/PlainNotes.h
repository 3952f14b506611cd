#pragma once

#include "HtmlSanitizer.h"

#include <QString>

// Show notes written as plain text: squashed the way podcastparser does (runs of spaces become
// one, line breaks stay) and shown as HTML with paragraphs, line breaks and bare http(s) URLs
// made into links. Hand-written rather than regular expressions: it runs once per episode.
namespace PlainNotes {
QString squash(QStringView text);
HtmlSanitizer::Result toHtml(const QString &text);
} // namespace PlainNotes
