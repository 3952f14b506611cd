#include "ClipKind.h"

#include <QCoreApplication>

QString clipKindName(ClipKind kind)
{
    switch (kind) {
    case ClipKind::Citation:
        return QStringLiteral("citation");
    case ClipKind::Popular:
        return QStringLiteral("popular");
    case ClipKind::Highlight:
        return QStringLiteral("highlight");
    case ClipKind::Question:
        return QStringLiteral("question");
    case ClipKind::Chapter:
        return QStringLiteral("chapter");
    case ClipKind::Soundbite:
        return QStringLiteral("soundbite");
    }
    return QString();
}

std::optional<ClipKind> clipKindFromName(const QString &name)
{
    for (ClipKind kind : {ClipKind::Citation, ClipKind::Popular, ClipKind::Highlight,
                          ClipKind::Question, ClipKind::Chapter, ClipKind::Soundbite}) {
        if (clipKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString clipKindLabel(ClipKind kind)
{
    switch (kind) {
    case ClipKind::Citation:
        return QCoreApplication::translate("ClipKind", "Citation");
    case ClipKind::Popular:
        return QCoreApplication::translate("ClipKind", "Popular clip");
    case ClipKind::Highlight:
        return QCoreApplication::translate("ClipKind", "Highlight");
    case ClipKind::Question:
        return QCoreApplication::translate("ClipKind", "Answer");
    case ClipKind::Chapter:
        return QCoreApplication::translate("ClipKind", "Chapter");
    case ClipKind::Soundbite:
        return QCoreApplication::translate("ClipKind", "Soundbite");
    }
    return QString();
}
