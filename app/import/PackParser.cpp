#include "PackParser.h"

#include "JsonLocator.h"
#include "JsonText.h"
#include "PackEpisodeReader.h"
#include "PackObject.h"
#include "PackProblems.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

#include <optional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PackParser", text);
}

// What tells the two files apart: the member that holds the version, and what to say about it.
struct Format
{
    QString versionKey;
    QString notThisFormat;
    QString laterVersion; // %1 the file's version, %2 the version this Citecast reads
};

Format packFormat()
{
    return {QStringLiteral("citecastPack"), tr("not a Citecast pack (no \"citecastPack\" version)"),
            tr("written for pack format %1; this Citecast reads version %2")};
}

Format sidecarFormat()
{
    return {QStringLiteral("citecastSidecar"),
            tr("not a Citecast sidecar (no \"citecastSidecar\" version)"),
            tr("written for sidecar format %1; this Citecast reads version %2")};
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

ImportError errorAt(const QByteArray &json, const QString &fileName, const JsonPath &path,
                    const QString &message)
{
    return errorAt(json, fileName, JsonLocator::offsetOf(json, path), path.toString(), message);
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

// The root object of a UTF-8, well-formed file of `format` at a version this Citecast reads.
std::optional<QJsonObject> readRoot(const QByteArray &json, const QString &fileName,
                                    const Format &format, ImportError *error)
{
    const JsonText::Problem encoding = JsonText::checkUtf8(json);
    if (!encoding.isNull()) {
        *error = errorAt(json, fileName, encoding.offset, QString(), encoding.message);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonText::Problem syntax = JsonText::syntaxProblem(json, parseError);
        *error = errorAt(json, fileName, syntax.offset, QString(), syntax.message);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.contains(format.versionKey)) {
        *error = errorAt(json, fileName, JsonPath(), format.notThisFormat);
        return std::nullopt;
    }
    PackProblems problems;
    const std::optional<int> version
            = PackObject(root, JsonPath(), &problems)
                      .integer(format.versionKey, PackObject::Need::Required, true);
    if (!version) {
        *error = firstProblem(json, fileName, problems);
        return std::nullopt;
    }
    if (*version > PackParser::FormatVersion) {
        *error = errorAt(json, fileName, JsonPath().child(format.versionKey),
                         format.laterVersion.arg(QString::number(*version),
                                                 QString::number(PackParser::FormatVersion)));
        return std::nullopt;
    }
    return root;
}

// Two episodes of one pack must not share a guid: the second would overwrite the first.
void checkUniqueGuids(const QVector<EpisodeContent> &episodes, const QVector<PackObject> &objects)
{
    QHash<QString, int> seen;
    for (int i = 0; i < episodes.size(); ++i) {
        const QString &guid = episodes.at(i).episode.guid;
        if (guid.isEmpty())
            continue;
        const auto first = seen.constFind(guid);
        if (first == seen.constEnd()) {
            seen.insert(guid, i);
            continue;
        }
        const QString firstPath = objects.at(*first).path().toString();
        if (objects.at(i).has(QStringLiteral("guid")))
            objects.at(i).report(QStringLiteral("guid"),
                                 tr("guid \"%1\" is already used by %2").arg(guid, firstPath));
        else
            objects.at(i).report(
                    QStringLiteral("title"),
                    tr("same title as %1, so the same guid; give each a \"guid\"").arg(firstPath));
    }
}

} // namespace

namespace PackParser {

Parsed<QVector<EpisodeContent>> parsePack(const QByteArray &json, const QString &fileName)
{
    using Result = Parsed<QVector<EpisodeContent>>;
    ImportError error;
    const std::optional<QJsonObject> root = readRoot(json, fileName, packFormat(), &error);
    if (!root)
        return Result::failure(error);

    PackProblems problems;
    const PackObject pack(*root, JsonPath(), &problems);
    const QVector<PackObject> objects
            = pack.objects(QStringLiteral("episodes"), PackObject::Need::Required)
                      .value_or(QVector<PackObject>());
    if (pack.has(QStringLiteral("episodes")) && problems.isEmpty() && objects.isEmpty())
        pack.report(QStringLiteral("episodes"), tr("must list at least one episode"));

    QVector<EpisodeContent> episodes;
    for (const PackObject &object : objects)
        episodes << PackEpisodeReader::read(object, PackEpisodeReader::Source::Pack);
    checkUniqueGuids(episodes, objects);

    if (!problems.isEmpty())
        return Result::failure(firstProblem(json, fileName, problems));
    return Result::success(episodes);
}

Parsed<EpisodeContent> parseSidecar(const QByteArray &json, const QString &fileName)
{
    using Result = Parsed<EpisodeContent>;
    ImportError error;
    const std::optional<QJsonObject> root = readRoot(json, fileName, sidecarFormat(), &error);
    if (!root)
        return Result::failure(error);

    PackProblems problems;
    const EpisodeContent content = PackEpisodeReader::read(PackObject(*root, JsonPath(), &problems),
                                                           PackEpisodeReader::Source::Sidecar);
    if (!problems.isEmpty())
        return Result::failure(firstProblem(json, fileName, problems));
    return Result::success(content);
}

} // namespace PackParser
