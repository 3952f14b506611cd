#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Turns a feed's bytes as they were downloaded or saved into bytes the XML parser reads right:
// gunzips a compressed body, drops whatever precedes the document (a BOM, blank lines before the
// XML declaration) and decides the encoding when the declaration is missing or wrong.
namespace FeedBytes {

struct Prepared
{
    QByteArray xml;
    QByteArray encoding;  // empty: the declaration (or UTF-8) rules; else decode as this one
    int skippedLines = 0; // line breaks dropped before the document, added back to error lines
    QString problem;      // non-empty when the bytes could not be made into XML at all
};

Prepared prepare(const QByteArray &bytes);

// Compressed bodies start with the gzip magic number 1f 8b.
bool isGzip(const QByteArray &bytes);
// Every member of a gzip stream inflated; nullopt when corrupt or larger than `maxBytes`.
std::optional<QByteArray> gunzip(const QByteArray &bytes, qint64 maxBytes = 256 * 1024 * 1024);
// The encoding named by the XML declaration, lower case; empty when there is none.
QByteArray declaredEncoding(const QByteArray &xml);
bool isValidUtf8(const QByteArray &bytes, bool *hasMultibyte = nullptr);
// For text that is not UTF-8 and says nothing: "windows-1251" when the bytes above 0x7f come in
// runs, as Cyrillic words do, else "windows-1252" (the superset of ISO-8859-1 that browsers use).
QByteArray guessLegacyEncoding(const QByteArray &bytes);

} // namespace FeedBytes
