#include "TranscriptParser.h"

#include "CueTranscript.h"
#include "FeedDuration.h"
#include "HtmlSanitizer.h"
#include "JsonFileErrors.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace TranscriptParser {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TranscriptParser", text);
}

ImportError problem(const QString &fileName, const QString &message)
{
    ImportError error;
    error.file = fileName;
    error.message = message;
    return error;
}

} // namespace

Format detect(const QString &mimeType, const QString &fileName, const QByteArray &bytes)
{
    const QString type = mimeType.trimmed().toLower();
    if (type == QLatin1String("text/vtt"))
        return Format::WebVtt;
    if (type == QLatin1String("application/x-subrip") || type == QLatin1String("application/srt")
        || type == QLatin1String("text/srt"))
        return Format::Srt;
    if (type == QLatin1String("application/json"))
        return Format::Json;
    if (type == QLatin1String("text/html"))
        return Format::Html;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("vtt"))
        return Format::WebVtt;
    if (suffix == QLatin1String("srt"))
        return Format::Srt;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    const QByteArray start = bytes.left(64).trimmed();
    if (start.startsWith("WEBVTT") || start.startsWith("\xef\xbb\xbfWEBVTT"))
        return Format::WebVtt;
    if (start.startsWith('{'))
        return Format::Json;
    if (start.startsWith('<'))
        return Format::Html;
    if (bytes.contains("-->"))
        return Format::Srt;
    return Format::Unknown;
}

Parsed<Transcript> parse(const QByteArray &bytes, const QString &fileName, Format format)
{
    switch (format) {
    case Format::Srt:
        return parseSrt(bytes, fileName);
    case Format::WebVtt:
        return parseWebVtt(bytes, fileName);
    case Format::Json:
        return parseJson(bytes, fileName);
    case Format::Html:
        return parseHtml(bytes, fileName);
    case Format::Unknown:
        break;
    }
    return Parsed<Transcript>::failure(
            problem(fileName, tr("not a transcript Citecast reads (SRT, WebVTT, JSON, HTML)")));
}

Parsed<Transcript> parseSrt(const QByteArray &bytes, const QString &fileName)
{
    return CueTranscript::parse(bytes, fileName, CueTranscript::Dialect::Srt);
}

Parsed<Transcript> parseWebVtt(const QByteArray &bytes, const QString &fileName)
{
    return CueTranscript::parse(bytes, fileName, CueTranscript::Dialect::WebVtt);
}

Parsed<Transcript> parseJson(const QByteArray &bytes, const QString &fileName)
{
    using Result = Parsed<Transcript>;
    ImportError error;
    const std::optional<QJsonDocument> document = JsonFileErrors::read(bytes, fileName, &error);
    if (!document)
        return Result::failure(error);
    const QJsonValue list = document->object().value(QStringLiteral("segments"));
    if (!list.isArray())
        return Result::failure(JsonFileErrors::at(
                bytes, fileName, JsonPath(),
                tr("not a transcript: no \"segments\" list (Podcasting 2.0 JSON transcript)")));
    Transcript segments;
    const QJsonArray items = list.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const JsonPath path = JsonPath().child(QStringLiteral("segments")).item(i);
        const QJsonObject item = items.at(i).toObject();
        const QJsonValue start = item.value(QStringLiteral("startTime"));
        const QJsonValue end = item.value(QStringLiteral("endTime"));
        if (!start.isDouble() || start.toDouble() < 0)
            return Result::failure(JsonFileErrors::at(bytes, fileName,
                                                      path.child(QStringLiteral("startTime")),
                                                      tr("must be a number of seconds")));
        if (!end.isDouble() || end.toDouble() < start.toDouble())
            return Result::failure(
                    JsonFileErrors::at(bytes, fileName, path.child(QStringLiteral("endTime")),
                                       tr("must be a number of seconds, not before startTime")));
        TranscriptSegment segment;
        segment.startMs = std::llround(start.toDouble() * 1000.0);
        segment.endMs = std::llround(end.toDouble() * 1000.0);
        segment.speaker = item.value(QStringLiteral("speaker")).toString().simplified();
        segment.text = item.value(QStringLiteral("body")).toString().simplified();
        segments << segment;
    }
    return Result::success(segments);
}

Parsed<Transcript> parseHtml(const QByteArray &bytes, const QString &fileName)
{
    using Result = Parsed<Transcript>;
    static const QRegularExpression element(
            QStringLiteral("<(cite|time|p)\\b[^>]*>(.*?)</\\1\\s*>"),
            QRegularExpression::CaseInsensitiveOption
                    | QRegularExpression::DotMatchesEverythingOption);
    const QString html = QString::fromUtf8(bytes);
    Transcript segments;
    QString speaker;
    qint64 startMs = -1;
    for (auto it = element.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString tag = match.captured(1).toLower();
        const QString text = HtmlSanitizer::sanitize(match.captured(2)).text;
        if (tag == QLatin1String("cite")) {
            speaker = text.endsWith(QLatin1Char(':')) ? text.chopped(1).trimmed() : text;
        } else if (tag == QLatin1String("time")) {
            startMs = FeedDuration::parseMs(text);
        } else if (startMs >= 0 && !text.isEmpty()) {
            if (!segments.isEmpty() && segments.last().endMs < 0)
                segments.last().endMs = startMs;
            segments << TranscriptSegment {startMs, -1, speaker, text.simplified()};
            startMs = -1;
        }
    }
    if (segments.isEmpty())
        return Result::failure(problem(
                fileName, tr("no timed paragraphs (<time>0:53</time><p>…</p>) in this HTML")));
    // The HTML gives no end: each paragraph lasts until the next; the last one ends where it
    // starts.
    if (segments.last().endMs < 0)
        segments.last().endMs = segments.last().startMs;
    return Result::success(segments);
}

} // namespace TranscriptParser
