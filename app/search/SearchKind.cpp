#include "SearchKind.h"

#include <QCoreApplication>

namespace SearchKinds {

QString name(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Episode:
        return QStringLiteral("episode");
    case SearchKind::Show:
        return QStringLiteral("show");
    case SearchKind::Guest:
        return QStringLiteral("guest");
    case SearchKind::Topic:
        return QStringLiteral("topic");
    case SearchKind::Clip:
        return QStringLiteral("clip");
    case SearchKind::Highlight:
        return QStringLiteral("highlight");
    case SearchKind::Question:
        return QStringLiteral("question");
    case SearchKind::Transcript:
        return QStringLiteral("transcript");
    case SearchKind::Bookmark:
        return QStringLiteral("bookmark");
    }
    return QString();
}

std::optional<SearchKind> fromValue(int value)
{
    if (value < static_cast<int>(SearchKind::Episode)
        || value > static_cast<int>(SearchKind::Bookmark))
        return std::nullopt;
    return static_cast<SearchKind>(value);
}

QString groupLabel(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Episode:
        return QCoreApplication::translate("SearchKind", "Episodes");
    case SearchKind::Show:
        return QCoreApplication::translate("SearchKind", "Shows");
    case SearchKind::Guest:
        return QCoreApplication::translate("SearchKind", "Guests");
    case SearchKind::Topic:
        return QCoreApplication::translate("SearchKind", "Topics");
    case SearchKind::Clip:
        return QCoreApplication::translate("SearchKind", "Chapters and clips");
    case SearchKind::Highlight:
        return QCoreApplication::translate("SearchKind", "Highlights");
    case SearchKind::Question:
        return QCoreApplication::translate("SearchKind", "Questions");
    case SearchKind::Transcript:
        return QCoreApplication::translate("SearchKind", "Transcripts");
    case SearchKind::Bookmark:
        return QCoreApplication::translate("SearchKind", "Bookmarks");
    }
    return QString();
}

} // namespace SearchKinds
