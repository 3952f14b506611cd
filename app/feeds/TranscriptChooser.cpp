#include "TranscriptChooser.h"

namespace TranscriptChooser {

namespace {

bool sameLanguage(const QString &a, const QString &b)
{
    const auto primary = [](const QString &tag) {
        return tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    };
    return !a.isEmpty() && !b.isEmpty() && primary(a) == primary(b);
}

} // namespace

int rank(const QString &mimeType)
{
    const QString type = mimeType.trimmed().toLower();
    if (type == QLatin1String("application/json"))
        return 4;
    if (type == QLatin1String("text/vtt"))
        return 3;
    if (type == QLatin1String("application/x-subrip") || type == QLatin1String("application/srt")
        || type == QLatin1String("text/srt"))
        return 2;
    if (type == QLatin1String("text/html"))
        return 1;
    return 0;
}

int best(const QVector<TranscriptLink> &links, const QString &language)
{
    int chosen = -1;
    int chosenScore = 0;
    for (int i = 0; i < links.size(); ++i) {
        const int typeRank = rank(links.at(i).type);
        if (typeRank == 0)
            continue;
        const int score = typeRank + (sameLanguage(links.at(i).language, language) ? 10 : 0);
        if (score > chosenScore) {
            chosen = i;
            chosenScore = score;
        }
    }
    return chosen;
}

} // namespace TranscriptChooser
