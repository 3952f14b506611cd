#include "BookmarkKind.h"

#include <QCoreApplication>

namespace {

constexpr BookmarkKind allKinds[] = {BookmarkKind::Insight, BookmarkKind::Clip, BookmarkKind::Topic,
                                     BookmarkKind::Episode, BookmarkKind::Range};

} // namespace

QString bookmarkKindName(BookmarkKind kind)
{
    switch (kind) {
    case BookmarkKind::Insight:
        return QStringLiteral("insight");
    case BookmarkKind::Clip:
        return QStringLiteral("clip");
    case BookmarkKind::Topic:
        return QStringLiteral("topic");
    case BookmarkKind::Episode:
        return QStringLiteral("episode");
    case BookmarkKind::Range:
        return QStringLiteral("range");
    }
    return QString();
}

std::optional<BookmarkKind> bookmarkKindFromName(const QString &name)
{
    for (BookmarkKind kind : allKinds) {
        if (bookmarkKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::optional<BookmarkKind> bookmarkKindFromValue(int value)
{
    for (BookmarkKind kind : allKinds) {
        if (static_cast<int>(kind) == value)
            return kind;
    }
    return std::nullopt;
}

QString bookmarkKindLabel(BookmarkKind kind)
{
    switch (kind) {
    case BookmarkKind::Insight:
        return QCoreApplication::translate("BookmarkKind", "Insight");
    case BookmarkKind::Clip:
        return QCoreApplication::translate("BookmarkKind", "Clip");
    case BookmarkKind::Topic:
        return QCoreApplication::translate("BookmarkKind", "Topic");
    case BookmarkKind::Episode:
        return QCoreApplication::translate("BookmarkKind", "Episode");
    case BookmarkKind::Range:
        return QCoreApplication::translate("BookmarkKind", "Range");
    }
    return QString();
}
