#include "FeedBytes.h"

#include <QCoreApplication>

#include <zlib.h>

#include <cstring>

namespace FeedBytes {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isLatinLabel(const QByteArray &encoding)
{
    return encoding == "iso-8859-1" || encoding == "latin1" || encoding == "latin-1"
            || encoding == "us-ascii" || encoding == "ascii" || encoding == "windows-1252"
            || encoding == "cp1252" || encoding == "iso-8859-15";
}

bool isUtf8Label(const QByteArray &encoding)
{
    return encoding.isEmpty() || encoding == "utf-8" || encoding == "utf8";
}

} // namespace

bool isGzip(const QByteArray &bytes)
{
    return bytes.size() >= 2 && uchar(bytes.at(0)) == 0x1f && uchar(bytes.at(1)) == 0x8b;
}

std::optional<QByteArray> gunzip(const QByteArray &bytes, qint64 maxBytes)
{
    z_stream stream;
    std::memset(&stream, 0, sizeof stream);
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return std::nullopt;
    QByteArray out;
    out.resize(qMax<qsizetype>(bytes.size() * 4, 64 * 1024));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    qsizetype written = 0;
    int status = Z_OK;
    while (true) {
        if (written == out.size()) {
            if (out.size() >= maxBytes)
                break;
            out.resize(qMin<qint64>(out.size() * 2, maxBytes));
        }
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + written);
        stream.avail_out = uInt(out.size() - written);
        status = inflate(&stream, Z_NO_FLUSH);
        written = out.size() - stream.avail_out;
        if (status == Z_STREAM_END) {
            // Concatenated members (gzip -c a b) continue after the first one ends.
            if (stream.avail_in == 0)
                break;
            if (inflateReset(&stream) != Z_OK)
                break;
            continue;
        }
        if (status != Z_OK && status != Z_BUF_ERROR)
            break;
        if (status == Z_BUF_ERROR && stream.avail_in == 0)
            break; // truncated input
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return std::nullopt;
    out.truncate(written);
    return out;
}

QByteArray declaredEncoding(const QByteArray &xml)
{
    if (!xml.startsWith("<?xml"))
        return {};
    const qsizetype end = xml.indexOf("?>");
    if (end < 0)
        return {};
    const QByteArray declaration = xml.left(end);
    const qsizetype at = declaration.indexOf("encoding");
    if (at < 0)
        return {};
    qsizetype i = at + 8;
    while (i < declaration.size() && (isSpace(declaration.at(i)) || declaration.at(i) == '='))
        ++i;
    if (i >= declaration.size() || (declaration.at(i) != '"' && declaration.at(i) != '\''))
        return {};
    const char quote = declaration.at(i);
    const qsizetype close = declaration.indexOf(quote, i + 1);
    if (close < 0)
        return {};
    return declaration.mid(i + 1, close - i - 1).trimmed().toLower();
}

bool isValidUtf8(const QByteArray &bytes, bool *hasMultibyte)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const uchar *end = p + bytes.size();
    bool multibyte = false;
    while (p < end) {
        // Eight ASCII bytes at a time: most of a feed is markup.
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const uchar c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        quint32 codePoint = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            extra = 1;
            codePoint = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            extra = 2;
            codePoint = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            extra = 3;
            codePoint = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[k] & 0xc0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (p[k] & 0x3f);
        }
        if ((extra == 2 && (codePoint < 0x800 || (codePoint >= 0xd800 && codePoint <= 0xdfff)))
            || (extra == 3 && (codePoint < 0x10000 || codePoint > 0x10ffff)))
            return false;
        multibyte = true;
        p += extra + 1;
    }
    if (hasMultibyte)
        *hasMultibyte = multibyte;
    return true;
}

QByteArray guessLegacyEncoding(const QByteArray &bytes)
{
    qint64 high = 0;
    qint64 inRuns = 0;
    bool previousHigh = false;
    for (const char c : bytes) {
        const bool isHigh = uchar(c) >= 0x80;
        if (isHigh) {
            ++high;
            if (previousHigh)
                ++inRuns;
        }
        previousHigh = isHigh;
    }
    // Cyrillic words are all high bytes, so most high bytes follow another; accented Latin
    // letters stand alone between ASCII ones.
    return high > 0 && inRuns * 2 > high ? QByteArrayLiteral("windows-1251")
                                         : QByteArrayLiteral("windows-1252");
}

Prepared prepare(const QByteArray &bytes)
{
    Prepared prepared;
    QByteArray xml = bytes;
    if (isGzip(xml)) {
        const std::optional<QByteArray> inflated = gunzip(xml);
        if (!inflated) {
            prepared.problem = QCoreApplication::translate(
                    "FeedBytes", "the file is gzip-compressed but could not be decompressed");
            return prepared;
        }
        xml = *inflated;
    }
    qsizetype start = 0;
    if (xml.startsWith("\xef\xbb\xbf"))
        start = 3;
    // Blank lines (and stray spaces) before the XML declaration make the file not well-formed;
    // every browser and feed reader skips them, and so do we.
    while (start < xml.size() && isSpace(xml.at(start))) {
        if (xml.at(start) == '\n')
            ++prepared.skippedLines;
        ++start;
    }
    if (start > 0)
        xml = xml.mid(start);

    const QByteArray declared = declaredEncoding(xml);
    bool multibyte = false;
    if (isUtf8Label(declared)) {
        if (!isValidUtf8(xml))
            prepared.encoding = guessLegacyEncoding(xml);
    } else if (isLatinLabel(declared)) {
        // Declared Latin but written as UTF-8 (an editor's default): believing the declaration
        // would show mojibake. Declared ISO-8859-1 means windows-1252 in practice (curly quotes
        // at 0x91-0x94), as browsers read it.
        if (isValidUtf8(xml, &multibyte) && multibyte)
            prepared.encoding = QByteArrayLiteral("UTF-8");
        else if (declared != "iso-8859-15")
            prepared.encoding = QByteArrayLiteral("windows-1252");
    }
    prepared.xml = xml;
    return prepared;
}

} // namespace FeedBytes
