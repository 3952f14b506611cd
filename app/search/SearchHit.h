#pragma once

#include "SearchKind.h"

#include <QMetaType>
#include <QString>
#include <QVector>

// One thing a search found: what it is, in which episode, a snippet with the matches marked,
// and the span of audio to play when it has one.
struct SearchHit
{
    // The snippet marks each match with these two characters (never in library text).
    static constexpr QChar MatchStart = QChar(0x0002);
    static constexpr QChar MatchEnd = QChar(0x0003);

    SearchKind kind = SearchKind::Episode;
    qint64 sourceId = 0;   // the row in its own table (episode, topic, bookmark id ...)
    qint64 episodeId = -1; // -1: none (a show, an orphan bookmark)
    QString title;         // the episode's title (the show's for a show)
    QString detail;        // what inside the episode: topic or clip title, speaker; may be empty
    QString snippet;       // with MatchStart/MatchEnd around each match
    qint64 startMs = -1;   // -1: no span
    qint64 endMs = -1;
    double rank = 0; // lower is better (bm25)

    bool hasSpan() const { return startMs >= 0 && endMs > startMs; }
    // The snippet with each match between `open` and `close` ("**", "**" for the CLI).
    QString markedSnippet(const QString &open, const QString &close) const;
    // The snippet as rich text: escaped, each match in <b>.
    QString snippetHtml() const;
    // The snippet without marks.
    QString plainSnippet() const;
};

using SearchHits = QVector<SearchHit>;
Q_DECLARE_METATYPE(SearchHit)
Q_DECLARE_METATYPE(SearchHits)
