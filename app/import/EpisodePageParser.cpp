#include "EpisodePageParser.h"

#include "PageText.h"
#include "domain/EpisodeIdentity.h"
#include "domain/TopicBuilder.h"

#include <QCoreApplication>
#include <QStringList>

namespace EpisodePageParser {

namespace {

const int maxTitleLength = 120;

struct Line
{
    int number = 0; // 1-based line number in the file
    QString text;   // cleaned
};

QString tr(const char *text)
{
    return QCoreApplication::translate("EpisodePageParser", text);
}

ImportError errorAt(const QString &fileName, int line, int column, const QString &message)
{
    ImportError error;
    error.file = fileName;
    error.line = line;
    error.column = column;
    error.message = message;
    return error;
}

bool looksLikeTitle(const QString &text)
{
    if (text.size() > maxTitleLength)
        return false;
    const QChar last = text.at(text.size() - 1);
    if (last == QLatin1Char('.') || last == QLatin1Char(':') || last == QLatin1Char(','))
        return false;
    // Two sentences make a paragraph, however short.
    return !text.contains(QStringLiteral(". ")) && !text.contains(QStringLiteral("? "))
            && !text.contains(QStringLiteral("! "));
}

bool isRelatedHeading(const QString &text)
{
    return text.compare(QStringLiteral("Related Episodes"), Qt::CaseInsensitive) == 0;
}

// Reads the topic sections between the tab line-up and "Related Episodes".
bool parseTopics(const QVector<Line> &lines, const QString &fileName, QVector<Topic> *topics,
                 ImportError *error)
{
    int i = 0;
    while (i < lines.size()) {
        const Line &heading = lines.at(i);
        const bool nextIsParagraph = i + 1 < lines.size() && !looksLikeTitle(lines.at(i + 1).text);
        if (!looksLikeTitle(heading.text) || !nextIsParagraph) {
            *error = errorAt(
                    fileName, heading.number, 1,
                    looksLikeTitle(heading.text)
                            ? tr("topic \u201c%1\u201d has no summary paragraph").arg(heading.text)
                            : tr("expected a topic title line before this paragraph"));
            return false;
        }
        TopicBuilder builder(heading.text);
        ++i;
        while (i < lines.size() && !looksLikeTitle(lines.at(i).text)) {
            for (const PageText::Sentence &sentence : PageText::sentences(lines.at(i).text)) {
                QVector<int> numbers;
                for (const PageText::Marker &marker : sentence.markers)
                    numbers << marker.number;
                if (sentence.text.isEmpty()) {
                    *error = errorAt(fileName, lines.at(i).number, sentence.markers.first().column,
                                     tr("citation %1 does not follow a sentence")
                                             .arg(sentence.markers.first().number));
                    return false;
                }
                builder.addSentence(sentence.text, numbers);
            }
            ++i;
        }
        *topics << builder.topic();
    }
    return true;
}

bool parseRelated(const QVector<Line> &lines, const QString &fileName,
                  QVector<RelatedEpisode> *related, ImportError *error)
{
    for (const Line &line : lines) {
        const int answered = PageText::answeredQuestions(line.text);
        if (answered >= 0) {
            if (related->isEmpty() || related->last().questionsAnswered >= 0) {
                *error = errorAt(fileName, line.number, 1,
                                 tr("\u201c%1\u201d has no episode title above it").arg(line.text));
                return false;
            }
            related->last().questionsAnswered = answered;
            continue;
        }
        RelatedEpisode entry;
        const auto [number, title] = PageText::splitEpisodeNumber(line.text);
        entry.number = number;
        entry.title = title;
        *related << entry;
    }
    return true;
}

} // namespace

bool looksLikePage(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c != '{' && c != '[' && c != '<';
    }
    return true;
}

Parsed<EpisodeContent> parse(const QByteArray &bytes, const QString &fileName)
{
    const int nul = int(bytes.indexOf('\0'));
    if (nul >= 0) {
        const int line = int(bytes.left(nul).count('\n')) + 1;
        return Parsed<EpisodeContent>::failure(
                errorAt(fileName, line, 0, tr("this is not a text file (it contains NUL bytes)")));
    }
    const QStringList rawLines = PageText::decode(bytes).split(QLatin1Char('\n'));
    QVector<Line> lines;
    for (int i = 0; i < rawLines.size(); ++i) {
        QString raw = rawLines.at(i);
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        if (!PageText::isBlankOrSeparator(raw))
            lines << Line {i + 1, PageText::cleanLine(raw)};
    }
    if (lines.isEmpty())
        return Parsed<EpisodeContent>::failure(errorAt(fileName, 1, 1, tr("the page is empty")));

    EpisodeContent content;
    const Line &titleLine = lines.first();
    if (titleLine.text.size() > maxTitleLength * 3)
        return Parsed<EpisodeContent>::failure(
                errorAt(fileName, titleLine.number, 1,
                        tr("the first line should be the episode title, but it is a paragraph")));
    const auto [number, title] = PageText::splitEpisodeNumber(titleLine.text);
    content.episode.number = number;
    content.episode.title = title;
    content.episode.guid = EpisodeIdentity::guidForTitle(title);

    int next = 1;
    while (next < lines.size() && PageText::isTabName(lines.at(next).text))
        ++next;
    int relatedAt = next;
    while (relatedAt < lines.size() && !isRelatedHeading(lines.at(relatedAt).text))
        ++relatedAt;

    const QVector<Line> topicLines = lines.mid(next, relatedAt - next);
    if (topicLines.isEmpty()) {
        const int where = next < lines.size() ? lines.at(next).number : titleLine.number + 1;
        return Parsed<EpisodeContent>::failure(errorAt(
                fileName, where, 1,
                tr("no topic sections: expected a topic title line followed by its summary")));
    }
    ImportError error;
    if (!parseTopics(topicLines, fileName, &content.topics, &error))
        return Parsed<EpisodeContent>::failure(error);
    if (relatedAt < lines.size()
        && !parseRelated(lines.mid(relatedAt + 1), fileName, &content.related, &error))
        return Parsed<EpisodeContent>::failure(error);
    return Parsed<EpisodeContent>::success(content);
}

} // namespace EpisodePageParser
