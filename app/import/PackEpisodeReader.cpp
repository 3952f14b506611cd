#include "PackEpisodeReader.h"

#include "domain/EpisodeIdentity.h"
#include "domain/TimeFormat.h"
#include "domain/TopicBuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace {

using Need = PackObject::Need;

QString tr(const char *text)
{
    return QCoreApplication::translate("PackParser", text);
}

struct Span
{
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// `start` and `end` of a clip: ordered, and inside the episode when its duration is known.
std::optional<Span> readSpan(const PackObject &object, qint64 durationMs)
{
    const std::optional<qint64> start = object.time(QStringLiteral("start"), Need::Required);
    const std::optional<qint64> end = object.time(QStringLiteral("end"), Need::Required);
    if (!start || !end)
        return std::nullopt;
    if (*end <= *start) {
        object.report(QStringLiteral("end"), tr("must be after start"));
        return std::nullopt;
    }
    if (durationMs >= 0 && *end > durationMs) {
        object.report(QStringLiteral("end"),
                      tr("must not be after the episode's duration (%1)")
                              .arg(TimeFormat::clock(durationMs, durationMs % 1000 != 0)));
        return std::nullopt;
    }
    return Span {*start, *end};
}

AudioSource readAudio(const PackObject &episode)
{
    const std::optional<PackObject> audio = episode.object(QStringLiteral("audio"));
    if (!audio)
        return {};
    const bool hasPath = audio->has(QStringLiteral("path"));
    const bool hasUrl = audio->has(QStringLiteral("url"));
    if (hasPath == hasUrl) {
        audio->reportHere(hasPath ? tr("must have \"path\" or \"url\", not both")
                                  : tr("needs \"path\" or \"url\""));
        return {};
    }
    if (hasPath) {
        const std::optional<QString> path = audio->text(QStringLiteral("path"));
        return path ? AudioSource {AudioSource::Kind::File, *path} : AudioSource {};
    }
    const std::optional<QString> url = audio->text(QStringLiteral("url"));
    if (!url)
        return {};
    const QUrl parsed(*url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        audio->report(QStringLiteral("url"), tr("must be an http or https URL"));
        return {};
    }
    return AudioSource {AudioSource::Kind::Url, *url};
}

Episode readEpisode(const PackObject &object, PackEpisodeReader::Source source)
{
    Episode episode;
    if (source == PackEpisodeReader::Source::Pack)
        episode.title = object.text(QStringLiteral("title"), Need::Required).value_or(QString());
    episode.guid = object.text(QStringLiteral("guid")).value_or(QString());
    if (episode.guid.isEmpty() && !episode.title.isEmpty())
        episode.guid = EpisodeIdentity::guidForTitle(episode.title);
    episode.show = object.string(QStringLiteral("show")).value_or(QString()).trimmed();
    episode.number = object.integer(QStringLiteral("number")).value_or(-1);
    episode.guests = object.texts(QStringLiteral("guests")).value_or(QStringList());
    episode.published = object.dateTime(QStringLiteral("published")).value_or(QDateTime());
    episode.durationMs = object.time(QStringLiteral("duration")).value_or(-1);
    episode.questionsAnswered = object.integer(QStringLiteral("questionsAnswered")).value_or(-1);
    episode.description = object.string(QStringLiteral("description")).value_or(QString());
    episode.audio = readAudio(object);
    return episode;
}

QVector<Topic> readTopics(const PackObject &episode)
{
    QVector<Topic> topics;
    const auto items = episode.objects(QStringLiteral("topics"));
    for (const PackObject &item : items.value_or(QVector<PackObject>())) {
        const std::optional<QString> title = item.text(QStringLiteral("title"), Need::Required);
        const bool hasSentences = item.has(QStringLiteral("sentences"));
        const bool hasSummary = item.has(QStringLiteral("summary"));
        if (hasSentences == hasSummary) {
            item.reportHere(hasSentences ? tr("must have \"sentences\" or \"summary\", not both")
                                         : tr("needs \"sentences\" or \"summary\""));
            continue;
        }
        TopicBuilder builder(title.value_or(QString()));
        if (hasSummary) {
            if (const auto summary = item.text(QStringLiteral("summary")))
                builder.addSentence(*summary);
        }
        const auto sentences = item.objects(QStringLiteral("sentences"));
        for (const PackObject &sentence : sentences.value_or(QVector<PackObject>())) {
            const auto text = sentence.text(QStringLiteral("text"), Need::Required);
            const auto citations = sentence.positiveIntegers(QStringLiteral("citations"));
            if (text)
                builder.addSentence(*text, citations.value_or(QVector<int>()));
        }
        topics << builder.topic();
    }
    return topics;
}

QVector<Clip> readClips(const PackObject &episode, qint64 durationMs)
{
    QVector<Clip> clips;
    QHash<int, JsonPath> citationClips; // citation number -> the clip that plays it
    int popularCount = 0;
    const auto items = episode.objects(QStringLiteral("clips"));
    for (const PackObject &item : items.value_or(QVector<PackObject>())) {
        Clip clip;
        const auto kind = item.string(QStringLiteral("kind"), Need::Required);
        const auto title = item.string(QStringLiteral("title"));
        const auto span = readSpan(item, durationMs);
        if (kind == QLatin1String("citation")) {
            clip.kind = ClipKind::Citation;
            const auto citation = item.integer(QStringLiteral("citation"), Need::Required, true);
            if (citation && citationClips.contains(*citation)) {
                item.report(QStringLiteral("citation"),
                            tr("citation %1 already has a clip: %2")
                                    .arg(QString::number(*citation),
                                         citationClips.value(*citation).toString()));
            } else if (citation) {
                citationClips.insert(*citation, item.path());
                clip.key = citationClipKey(*citation);
                clip.citationNumber = *citation;
            }
        } else if (kind == QLatin1String("popular")) {
            clip.kind = ClipKind::Popular;
            clip.key = QStringLiteral("popular:") + QString::number(popularCount++);
            if (item.has(QStringLiteral("citation")))
                item.report(QStringLiteral("citation"),
                            tr("only citation clips have a \"citation\" number"));
        } else if (kind == QLatin1String("highlight") || kind == QLatin1String("question")) {
            item.report(QStringLiteral("kind"),
                        tr("must be \"citation\" or \"popular\"; highlights and questions go in "
                           "their own arrays"));
        } else if (kind) {
            item.report(QStringLiteral("kind"),
                        tr("must be \"citation\" or \"popular\", not \"%1\"").arg(*kind));
        }
        if (clip.key.isEmpty() || !span)
            continue;
        clip.title = title.value_or(QString()).trimmed();
        clip.startMs = span->startMs;
        clip.endMs = span->endMs;
        clips << clip;
    }
    return clips;
}

struct MarkedLine
{
    QString text;
    QString clipKey;
};

// Highlights or questions: a text, and a clip of `kind` when both `start` and `end` are given.
QVector<MarkedLine> readMarkedLines(const PackObject &episode, const QString &key, ClipKind kind,
                                    qint64 durationMs, QVector<Clip> *clips)
{
    QVector<MarkedLine> lines;
    const auto items = episode.objects(key);
    for (const PackObject &item : items.value_or(QVector<PackObject>())) {
        const auto text = item.text(QStringLiteral("text"), Need::Required);
        const bool hasStart = item.has(QStringLiteral("start"));
        const bool hasEnd = item.has(QStringLiteral("end"));
        std::optional<Span> span;
        if (hasStart != hasEnd) {
            item.report(hasStart ? QStringLiteral("end") : QStringLiteral("start"),
                        hasStart ? tr("is required when \"start\" is given")
                                 : tr("is required when \"end\" is given"));
        } else if (hasStart) {
            span = readSpan(item, durationMs);
        }
        if (!text)
            continue;
        MarkedLine line {*text, QString()};
        if (span) {
            Clip clip;
            clip.kind = kind;
            clip.key = clipKindName(kind) + QLatin1Char(':') + QString::number(item.itemIndex());
            clip.title = PackEpisodeReader::clipTitleFor(*text);
            clip.startMs = span->startMs;
            clip.endMs = span->endMs;
            *clips << clip;
            line.clipKey = clip.key;
        }
        lines << line;
    }
    return lines;
}

QVector<RelatedEpisode> readRelated(const PackObject &episode)
{
    QVector<RelatedEpisode> related;
    const auto items = episode.objects(QStringLiteral("related"));
    for (const PackObject &item : items.value_or(QVector<PackObject>())) {
        RelatedEpisode relatedEpisode;
        relatedEpisode.title
                = item.text(QStringLiteral("title"), Need::Required).value_or(QString());
        relatedEpisode.guid = item.text(QStringLiteral("guid")).value_or(QString());
        relatedEpisode.number = item.integer(QStringLiteral("number")).value_or(-1);
        relatedEpisode.questionsAnswered
                = item.integer(QStringLiteral("questionsAnswered")).value_or(-1);
        related << relatedEpisode;
    }
    return related;
}

} // namespace

namespace PackEpisodeReader {

EpisodeContent read(const PackObject &object, Source source)
{
    EpisodeContent content;
    content.episode = readEpisode(object, source);
    const qint64 durationMs = content.episode.durationMs;
    if (source == Source::Pack) {
        content.topics = readTopics(object);
        content.related = readRelated(object);
    } else {
        for (const char *key : {"title", "topics", "related"}) {
            if (object.has(QLatin1String(key)))
                object.report(QLatin1String(key),
                              tr("comes from the page; remove it from the sidecar"));
        }
    }
    content.clips = readClips(object, durationMs);
    const QVector<MarkedLine> highlights = readMarkedLines(
            object, QStringLiteral("highlights"), ClipKind::Highlight, durationMs, &content.clips);
    for (const MarkedLine &line : highlights)
        content.highlights << Highlight {0, line.text, line.clipKey, 0};
    const QVector<MarkedLine> questions = readMarkedLines(
            object, QStringLiteral("questions"), ClipKind::Question, durationMs, &content.clips);
    for (const MarkedLine &line : questions)
        content.questions << Question {0, line.text, line.clipKey, 0};
    return content;
}

QString clipTitleFor(const QString &text)
{
    constexpr qsizetype MaxLength = 80;
    if (text.size() <= MaxLength)
        return text;
    qsizetype cut = MaxLength - 1;
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '), cut);
    if (space > MaxLength / 2)
        cut = space;
    else if (text.at(cut).isLowSurrogate())
        --cut;
    return text.left(cut).trimmed() + QChar(0x2026);
}

} // namespace PackEpisodeReader
