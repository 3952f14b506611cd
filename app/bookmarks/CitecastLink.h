#pragma once

#include <QString>
#include <QUrl>
#include <QtGlobal>

#include <optional>

// `citecast://episode/GUID?t=START-END`: a link to a span of an episode (milliseconds), written
// into exports and opened by the app (docs/BOOKMARKS.md). The guid is percent-encoded, so guids
// that are URLs themselves survive.
struct CitecastLink
{
    QString guid;
    qint64 startMs = -1; // -1 when the link names only the episode
    qint64 endMs = -1;   // -1 when the link names only a start (or only the episode)

    bool hasStart() const { return startMs >= 0; }
    bool hasSpan() const { return startMs >= 0 && endMs > startMs; }

    QUrl toUrl() const;
    QString toString() const;

    // `citecast://episode/GUID`, `...?t=START` or `...?t=START-END`; nullopt for anything else
    // (another scheme or host, an empty guid, t not in whole milliseconds, END not after START).
    static std::optional<CitecastLink> parse(const QUrl &url);
    static std::optional<CitecastLink> parse(const QString &text);
    static QUrl build(const QString &guid, qint64 startMs = -1, qint64 endMs = -1);

    bool operator==(const CitecastLink &other) const
    {
        return guid == other.guid && startMs == other.startMs && endMs == other.endMs;
    }
};
