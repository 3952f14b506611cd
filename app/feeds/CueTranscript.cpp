#include "CueTranscript.h"

#include "HtmlSanitizer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace CueTranscript {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CueTranscript", text);
}

ImportError errorAt(const QString &fileName, int line, const QString &message)
{
    ImportError error;
    error.file = fileName;
    error.line = line;
    error.column = line > 0 ? 1 : 0;
    error.message = message;
    return error;
}

// "Travis: When you first..." — a short name before a colon opens the cue.
bool splitSpeaker(QString *text, QString *speaker)
{
    static const QRegularExpression prefix(
            QStringLiteral("^([\\p{Lu}][\\p{L}.'\\-]*(?: [\\p{L}.'\\-]+){0,3}):\\s+"));
    const QRegularExpressionMatch match = prefix.match(*text);
    if (!match.hasMatch())
        return false;
    *speaker = match.captured(1);
    text->remove(0, match.capturedLength());
    return true;
}

// WebVTT cue text: the voice of "<v Sarah>" or "<v.loud Sarah>", other tags dropped,
// entities decoded.
QString cueText(const QString &raw, QString *voice)
{
    static const QRegularExpression voiceTag(QStringLiteral("<v(?:\\.[^ >]*)? +([^>]+)>"));
    static const QRegularExpression tags(QStringLiteral("</?[^>]*>"));
    const QRegularExpressionMatch match = voiceTag.match(raw);
    if (match.hasMatch())
        *voice = match.captured(1).trimmed();
    QString text = raw;
    text.remove(tags);
    return HtmlSanitizer::decodeEntities(text).simplified();
}

} // namespace

qint64 parseTimestamp(QStringView text)
{
    const QList<QStringView> parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return -1;
    qint64 total = 0;
    for (int i = 0; i < parts.size() - 1; ++i) {
        bool ok = false;
        const int value = parts.at(i).toInt(&ok);
        if (!ok || value < 0)
            return -1;
        total = total * 60 + value;
    }
    QString seconds = parts.last().toString();
    seconds.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = seconds.toDouble(&ok);
    if (!ok || value < 0 || value >= 60.5)
        return -1;
    return total * 60000 + qRound64(value * 1000.0);
}

Parsed<Transcript> parse(const QByteArray &bytes, const QString &fileName, Dialect dialect)
{
    using Result = Parsed<Transcript>;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = text.split(QLatin1Char('\n'));

    Transcript segments;
    QString speaker;
    int i = 0;
    if (dialect == Dialect::WebVtt) {
        if (!lines.value(0).startsWith(QLatin1String("WEBVTT")))
            return Result::failure(
                    errorAt(fileName, 1, tr("not a WebVTT file: it must start with WEBVTT")));
        while (i < lines.size() && !lines.at(i).trimmed().isEmpty())
            ++i; // the header block
    }
    while (i < lines.size()) {
        while (i < lines.size() && lines.at(i).trimmed().isEmpty())
            ++i;
        if (i >= lines.size())
            break;
        const int blockStart = i;
        int end = i;
        while (end < lines.size() && !lines.at(end).trimmed().isEmpty())
            ++end;
        i = end;
        const QString first = lines.at(blockStart);
        if (dialect == Dialect::WebVtt
            && (first.startsWith(QLatin1String("NOTE")) || first.startsWith(QLatin1String("STYLE"))
                || first.startsWith(QLatin1String("REGION"))))
            continue;
        int timing = blockStart;
        while (timing < end && !lines.at(timing).contains(QLatin1String("-->")))
            ++timing;
        if (timing == end) {
            // Text after a blank line inside a cue belongs to the cue before; a mistyped timing
            // line does not.
            static const QRegularExpression almostTiming(
                    QStringLiteral("^\\s*\\d+:\\d\\d\\S*\\s*-+>"));
            int mistyped = -1;
            for (int k = blockStart; k < end && mistyped < 0; ++k)
                mistyped = almostTiming.match(lines.at(k)).hasMatch() ? k : -1;
            if (segments.isEmpty() || mistyped >= 0)
                return Result::failure(errorAt(fileName,
                                               (mistyped >= 0 ? mistyped : blockStart) + 1,
                                               tr("expected a cue timing such as "
                                                  "\"00:00:01,000 --> 00:00:02,500\"")));
            for (int k = blockStart; k < end; ++k)
                segments.last().text += QLatin1Char(' ') + lines.at(k).simplified();
            continue;
        }
        const QString &timingLine = lines.at(timing);
        const qsizetype arrow = timingLine.indexOf(QLatin1String("-->"));
        QStringView rest = QStringView(timingLine).mid(arrow + 3).trimmed();
        const qsizetype space = rest.indexOf(QLatin1Char(' ')); // WebVTT cue settings follow
        const qint64 startMs = parseTimestamp(QStringView(timingLine).left(arrow));
        const qint64 endMs = parseTimestamp(space < 0 ? rest : rest.left(space));
        if (startMs < 0 || endMs < 0 || endMs < startMs)
            return Result::failure(errorAt(
                    fileName, timing + 1,
                    tr("cue timing \"%1\" is not \"start --> end\" with the end after the start")
                            .arg(timingLine.trimmed())));
        TranscriptSegment segment;
        segment.startMs = startMs;
        segment.endMs = endMs;
        QStringList textLines;
        QString voice;
        for (int k = timing + 1; k < end; ++k)
            textLines << cueText(lines.at(k), &voice);
        segment.text = textLines.join(QLatin1Char(' ')).simplified();
        if (dialect == Dialect::WebVtt) {
            segment.speaker = voice;
        } else {
            if (splitSpeaker(&segment.text, &speaker))
                segment.text = segment.text.trimmed();
            segment.speaker = speaker; // SRT names the speaker when it changes
        }
        segments << segment;
    }
    return Result::success(segments);
}

} // namespace CueTranscript
