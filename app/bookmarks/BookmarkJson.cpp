#include "BookmarkJson.h"

#include "BookmarkText.h"
#include "CitecastLink.h"

#include "import/JsonLocator.h"
#include "import/JsonText.h"
#include "import/PackObject.h"
#include "import/PackProblems.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BookmarkJson", text);
}

QJsonValue orNull(qint64 value, qint64 nullValue)
{
    return value == nullValue ? QJsonValue() : QJsonValue(value);
}

ImportError errorAt(const QByteArray &json, const QString &fileName, qsizetype offset,
                    const QString &path, const QString &message)
{
    ImportError error;
    error.file = fileName;
    error.path = path;
    error.message = message;
    if (offset >= 0) {
        const JsonLocator::TextPosition position = JsonLocator::positionAt(json, offset);
        error.line = position.line;
        error.column = position.column;
    }
    return error;
}

// The problem that comes first in the text; of problems at one place, the first one found.
ImportError firstProblem(const QByteArray &json, const QString &fileName,
                         const PackProblems &problems)
{
    qsizetype bestOffset = -1;
    const PackProblems::Problem *best = nullptr;
    for (const PackProblems::Problem &problem : problems.all()) {
        const qsizetype offset = JsonLocator::offsetOf(json, problem.path);
        if (!best || offset < bestOffset) {
            best = &problem;
            bestOffset = offset;
        }
    }
    return errorAt(json, fileName, bestOffset, best->path.toString(), best->message);
}

// Reads one bookmark object; `raw` is the same object, for what PackObject has no getter for
// (null spans, booleans, ISO times).
Bookmark readBookmark(const PackObject &object, const QJsonObject &raw)
{
    Bookmark b;
    b.uid = object.string(QStringLiteral("uid"), PackObject::Need::Required).value_or(QString());
    if (raw.value(QStringLiteral("uid")).isString() && b.uid.trimmed().isEmpty())
        object.report(QStringLiteral("uid"), tr("must not be empty"));

    const std::optional<QString> kind
            = object.string(QStringLiteral("kind"), PackObject::Need::Required);
    if (kind) {
        if (const std::optional<BookmarkKind> known = bookmarkKindFromName(*kind))
            b.kind = *known;
        else
            object.report(QStringLiteral("kind"),
                          tr("must be one of insight, clip, topic, episode, range, not \"%1\"")
                                  .arg(*kind));
    }
    b.episodeGuid = object.string(QStringLiteral("episodeGuid"), PackObject::Need::Required)
                            .value_or(QString());
    if (b.episodeGuid.trimmed().isEmpty() && raw.value(QStringLiteral("episodeGuid")).isString())
        object.report(QStringLiteral("episodeGuid"), tr("must not be empty"));
    b.episodeTitle = object.string(QStringLiteral("episodeTitle")).value_or(QString());
    b.show = object.string(QStringLiteral("show")).value_or(QString());

    // A span is two times, or two nulls (or absent).
    const bool noStart = raw.value(QStringLiteral("startMs")).isNull()
            || raw.value(QStringLiteral("startMs")).isUndefined();
    const bool noEnd = raw.value(QStringLiteral("endMs")).isNull()
            || raw.value(QStringLiteral("endMs")).isUndefined();
    if (!noStart || !noEnd) {
        const std::optional<qint64> start
                = object.time(QStringLiteral("startMs"), PackObject::Need::Required);
        const std::optional<qint64> end
                = object.time(QStringLiteral("endMs"), PackObject::Need::Required);
        if (start && noEnd)
            object.report(QStringLiteral("endMs"), tr("is required with startMs"));
        else if (end && noStart)
            object.report(QStringLiteral("startMs"), tr("is required with endMs"));
        else if (start && end && *end <= *start)
            object.report(QStringLiteral("endMs"), tr("must be after startMs"));
        else if (start && end) {
            b.startMs = *start;
            b.endMs = *end;
        }
    }
    b.clipKey = object.string(QStringLiteral("clipKey")).value_or(QString());
    b.topicTitle = object.string(QStringLiteral("topic")).value_or(QString());
    b.sentence = object.string(QStringLiteral("sentence")).value_or(QString());
    if (!raw.value(QStringLiteral("citation")).isNull())
        b.citationNumber
                = object.integer(QStringLiteral("citation"), PackObject::Need::Optional, true)
                          .value_or(0);
    b.quote = object.string(QStringLiteral("quote")).value_or(QString());
    b.note = object.string(QStringLiteral("note")).value_or(QString());
    b.tags = object.texts(QStringLiteral("tags")).value_or(QStringList());

    const QJsonValue starred = raw.value(QStringLiteral("starred"));
    if (starred.isBool())
        b.starred = starred.toBool();
    else if (!starred.isUndefined())
        object.report(QStringLiteral("starred"), tr("must be true or false"));

    for (const auto &[key, field] : {std::pair {QStringLiteral("createdAt"), &b.createdMs},
                                     std::pair {QStringLiteral("updatedAt"), &b.updatedMs}}) {
        const QJsonValue value = raw.value(key);
        if (value.isUndefined()) {
            if (key == QLatin1String("createdAt"))
                object.report(key, tr("is required"));
            continue;
        }
        const std::optional<qint64> ms = BookmarkText::parseIsoTime(value.toString());
        if (ms)
            *field = *ms;
        else
            object.report(key, tr("must be a UTC time like \"2024-05-01T09:30:00.000Z\""));
    }
    if (b.updatedMs == 0)
        b.updatedMs = b.createdMs;

    // What each kind needs to find its place again.
    if (!kind || !bookmarkKindFromName(*kind))
        return b;
    if (b.kind == BookmarkKind::Insight && b.sentence.trimmed().isEmpty())
        object.report(QStringLiteral("sentence"), tr("an insight needs its sentence"));
    else if (b.kind == BookmarkKind::Topic && b.topicTitle.trimmed().isEmpty())
        object.report(QStringLiteral("topic"), tr("a topic bookmark needs its topic's title"));
    else if (b.kind == BookmarkKind::Range && !b.hasSpan() && noStart)
        object.report(QStringLiteral("startMs"), tr("a range needs startMs and endMs"));
    else if (b.kind == BookmarkKind::Clip && b.clipKey.isEmpty() && !b.hasSpan() && noStart)
        object.report(QStringLiteral("clipKey"), tr("a clip bookmark needs clipKey or a span"));
    return b;
}

} // namespace

namespace BookmarkJson {

QJsonObject toObject(const Bookmark &b, bool withLibraryIds)
{
    QJsonObject object {
            {QStringLiteral("uid"), b.uid},
            {QStringLiteral("kind"), bookmarkKindName(b.kind)},
            {QStringLiteral("episodeGuid"), b.episodeGuid},
            {QStringLiteral("episodeTitle"), b.episodeTitle},
            {QStringLiteral("show"), b.show},
            {QStringLiteral("startMs"), b.hasSpan() ? QJsonValue(b.startMs) : QJsonValue()},
            {QStringLiteral("endMs"), b.hasSpan() ? QJsonValue(b.endMs) : QJsonValue()},
            {QStringLiteral("clipKey"), b.clipKey},
            {QStringLiteral("topic"), b.topicTitle},
            {QStringLiteral("sentence"), b.sentence},
            {QStringLiteral("citation"), orNull(b.citationNumber, 0)},
            {QStringLiteral("quote"), b.quote},
            {QStringLiteral("note"), b.note},
            {QStringLiteral("tags"), QJsonArray::fromStringList(b.tags)},
            {QStringLiteral("starred"), b.starred},
            {QStringLiteral("createdAt"), BookmarkText::isoTime(b.createdMs)},
            {QStringLiteral("updatedAt"), BookmarkText::isoTime(b.updatedMs)},
            {QStringLiteral("link"),
             CitecastLink::build(b.episodeGuid, b.hasSpan() ? b.startMs : -1, b.endMs)
                     .toString(QUrl::FullyEncoded)},
    };
    if (withLibraryIds) {
        object.insert(QStringLiteral("id"), b.id);
        object.insert(QStringLiteral("episodeId"), orNull(b.episodeId, 0));
    }
    return object;
}

QByteArray exportDocument(const QVector<Bookmark> &bookmarks)
{
    QJsonArray array;
    for (const Bookmark &bookmark : bookmarks)
        array.append(toObject(bookmark, false));
    // The version first, where a reader (and a format sniffer) looks; QJsonObject would sort it
    // after "bookmarks". The array is QJsonDocument's indented output, indented once more.
    const QByteArray items = QJsonDocument(array).toJson(QJsonDocument::Indented).trimmed();
    QByteArray text = "{\n    \"citecastBookmarks\": " + QByteArray::number(FormatVersion)
            + ",\n    \"bookmarks\": ";
    const QList<QByteArray> lines = items.split('\n');
    for (int i = 0; i < lines.size(); ++i)
        text += (i == 0 ? QByteArray() : QByteArray("\n    ")) + lines.at(i);
    return text + "\n}\n";
}

Parsed<QVector<Bookmark>> parse(const QByteArray &json, const QString &fileName)
{
    using Result = Parsed<QVector<Bookmark>>;
    const JsonText::Problem encoding = JsonText::checkUtf8(json);
    if (!encoding.isNull())
        return Result::failure(
                errorAt(json, fileName, encoding.offset, QString(), encoding.message));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonText::Problem syntax = JsonText::syntaxProblem(json, parseError);
        return Result::failure(errorAt(json, fileName, syntax.offset, QString(), syntax.message));
    }
    const QJsonObject root = document.object();
    const QString versionKey = QStringLiteral("citecastBookmarks");
    if (!document.isObject() || !root.contains(versionKey))
        return Result::failure(
                errorAt(json, fileName, JsonLocator::offsetOf(json, JsonPath()), QString(),
                        tr("not a Citecast bookmarks file (no \"citecastBookmarks\" version)")));

    PackProblems problems;
    const PackObject top(root, JsonPath(), &problems);
    const std::optional<int> version = top.integer(versionKey, PackObject::Need::Required, true);
    if (version && *version > FormatVersion)
        top.report(versionKey,
                   tr("written for bookmarks format %1; this Citecast reads version %2")
                           .arg(*version)
                           .arg(FormatVersion));
    if (!problems.isEmpty())
        return Result::failure(firstProblem(json, fileName, problems));

    const QJsonArray raw = root.value(QStringLiteral("bookmarks")).toArray();
    const QVector<PackObject> objects
            = top.objects(QStringLiteral("bookmarks"), PackObject::Need::Required)
                      .value_or(QVector<PackObject>());
    QVector<Bookmark> bookmarks;
    QHash<QString, QString> pathOfUid;
    for (const PackObject &object : objects) {
        const Bookmark b = readBookmark(object, raw.at(object.itemIndex()).toObject());
        if (!b.uid.isEmpty()) {
            const auto first = pathOfUid.constFind(b.uid);
            if (first != pathOfUid.constEnd())
                object.report(QStringLiteral("uid"),
                              tr("uid \"%1\" is already used by %2").arg(b.uid, *first));
            else
                pathOfUid.insert(b.uid, object.path().toString());
        }
        bookmarks << b;
    }
    if (!problems.isEmpty())
        return Result::failure(firstProblem(json, fileName, problems));
    return Result::success(bookmarks);
}

} // namespace BookmarkJson
