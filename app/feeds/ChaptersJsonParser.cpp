#include "ChaptersJsonParser.h"

#include "FeedDuration.h"
#include "JsonFileErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace ChaptersJsonParser {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChaptersJsonParser", text);
}

// Seconds as a number, or as a string some generators write ("12.5", "1:02:03").
std::optional<qint64> secondsOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (!std::isfinite(seconds) || seconds < 0)
            return std::nullopt;
        return qint64(std::llround(seconds * 1000.0));
    }
    if (value.isString()) {
        const qint64 ms = FeedDuration::parseMs(value.toString());
        if (ms >= 0)
            return ms;
    }
    return std::nullopt;
}

} // namespace

Parsed<ChapterList> parse(const QByteArray &json, const QString &fileName)
{
    using Result = Parsed<ChapterList>;
    ImportError error;
    const std::optional<QJsonDocument> document = JsonFileErrors::read(json, fileName, &error);
    if (!document)
        return Result::failure(error);
    const JsonPath root;
    const QJsonValue list = document->object().value(QStringLiteral("chapters"));
    if (!document->isObject() || !list.isArray())
        return Result::failure(JsonFileErrors::at(
                json, fileName, root,
                tr("not a chapters file: no \"chapters\" list (Podcasting 2.0 chapters JSON)")));

    ChapterList chapters;
    const QJsonArray items = list.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const JsonPath path = root.child(QStringLiteral("chapters")).item(i);
        const QJsonObject item = items.at(i).toObject();
        if (!items.at(i).isObject())
            return Result::failure(
                    JsonFileErrors::at(json, fileName, path, tr("must be an object")));
        const std::optional<qint64> start = secondsOf(item.value(QStringLiteral("startTime")));
        if (!start)
            return Result::failure(
                    JsonFileErrors::at(json, fileName, path.child(QStringLiteral("startTime")),
                                       tr("must be a number of seconds, 0 or more")));
        Chapter chapter;
        chapter.startMs = *start;
        if (item.contains(QStringLiteral("endTime"))) {
            const std::optional<qint64> end = secondsOf(item.value(QStringLiteral("endTime")));
            if (!end || *end < *start)
                return Result::failure(
                        JsonFileErrors::at(json, fileName, path.child(QStringLiteral("endTime")),
                                           tr("must be a number of seconds after startTime")));
            chapter.endMs = *end;
        }
        chapter.title = item.value(QStringLiteral("title")).toString().simplified();
        chapter.image = item.value(QStringLiteral("img")).toString().trimmed();
        chapter.url = item.value(QStringLiteral("url")).toString().trimmed();
        chapter.toc = item.value(QStringLiteral("toc")).toBool(true);
        chapters << chapter;
    }
    std::stable_sort(chapters.begin(), chapters.end(),
                     [](const Chapter &a, const Chapter &b) { return a.startMs < b.startMs; });
    return Result::success(chapters);
}

} // namespace ChaptersJsonParser
