#include "Importer.h"

#include "EpisodePageParser.h"
#include "PackParser.h"
#include "domain/EpisodeContent.h"
#include "search/SearchBatch.h"
#include "storage/Database.h"
#include "storage/EpisodeWriter.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

Q_LOGGING_CATEGORY(lcImport, "citecast.import")

namespace {

ImportError fileError(const QString &path, const QString &message)
{
    ImportError error;
    error.file = path;
    error.message = message;
    return error;
}

bool startsWithJsonKey(const QByteArray &bytes, const char *key)
{
    const QByteArray quoted = QByteArray("\"") + QByteArray(key) + QByteArray("\"");
    return bytes.left(4096).contains(quoted);
}

// Fills what a page lacks from its sidecar; the page's own title, topics and related stay.
void mergeSidecar(EpisodeContent *page, const EpisodeContent &sidecar)
{
    Episode &episode = page->episode;
    const Episode &extra = sidecar.episode;
    if (!extra.guid.isEmpty())
        episode.guid = extra.guid;
    if (!extra.show.isEmpty())
        episode.show = extra.show;
    if (extra.number >= 0)
        episode.number = extra.number;
    if (!extra.guests.isEmpty())
        episode.guests = extra.guests;
    if (extra.published.isValid())
        episode.published = extra.published;
    if (extra.durationMs >= 0)
        episode.durationMs = extra.durationMs;
    if (extra.questionsAnswered >= 0)
        episode.questionsAnswered = extra.questionsAnswered;
    if (!extra.description.isEmpty())
        episode.description = extra.description;
    if (!extra.audio.isNull())
        episode.audio = extra.audio;
    page->clips = sidecar.clips;
    page->highlights = sidecar.highlights;
    page->questions = sidecar.questions;
}

} // namespace

Importer::Importer(Database &database)
    : m_database(database)
{ }

QString Importer::sidecarPathFor(const QString &pagePath)
{
    const QFileInfo info(pagePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".citecast.json"));
}

ImportResult Importer::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.path = path;
        result.error = fileError(path, tr("cannot read the file: %1").arg(file.errorString()));
        return result;
    }
    const QByteArray bytes = file.readAll();
    std::optional<QByteArray> sidecar;
    if (EpisodePageParser::looksLikePage(bytes)) {
        QFile sidecarFile(sidecarPathFor(path));
        if (sidecarFile.exists()) {
            if (!sidecarFile.open(QIODevice::ReadOnly)) {
                ImportResult result;
                result.path = path;
                result.error = fileError(
                        sidecarFile.fileName(),
                        tr("cannot read the sidecar: %1").arg(sidecarFile.errorString()));
                return result;
            }
            sidecar = sidecarFile.readAll();
        }
    }
    return importData(bytes, path, QFileInfo(path).absolutePath(), sidecar);
}

ImportResult Importer::importData(const QByteArray &bytes, const QString &displayName,
                                  const QString &baseDir, const std::optional<QByteArray> &sidecar)
{
    ImportResult result;
    result.path = displayName;

    if (!EpisodePageParser::looksLikePage(bytes)) {
        result.format = QStringLiteral("pack");
        if (startsWithJsonKey(bytes, "citecastSidecar")
            && !startsWithJsonKey(bytes, "citecastPack")) {
            result.error = fileError(displayName,
                                     tr("this is a sidecar: import the page text it completes "
                                        "(NAME.txt beside NAME.citecast.json)"));
            return result;
        }
        Parsed<QVector<EpisodeContent>> pack = PackParser::parsePack(bytes, displayName);
        if (!pack.ok) {
            result.error = pack.error;
            return result;
        }
        return write(result, pack.value, baseDir);
    }

    result.format = QStringLiteral("page");
    Parsed<EpisodeContent> page = EpisodePageParser::parse(bytes, displayName);
    if (!page.ok) {
        result.error = page.error;
        return result;
    }
    if (sidecar) {
        const QString sidecarName = displayName.startsWith(QLatin1Char(':'))
                ? displayName
                : sidecarPathFor(displayName);
        Parsed<EpisodeContent> extra = PackParser::parseSidecar(*sidecar, sidecarName);
        if (!extra.ok) {
            result.error = extra.error;
            return result;
        }
        mergeSidecar(&page.value, extra.value);
    }
    return write(result, {page.value}, baseDir);
}

ImportResult Importer::write(ImportResult result, QVector<EpisodeContent> episodes,
                             const QString &baseDir)
{
    const QDir base(baseDir);
    for (EpisodeContent &content : episodes) {
        AudioSource &audio = content.episode.audio;
        if (audio.kind == AudioSource::Kind::File && !audio.location.isEmpty())
            audio.location = QDir::cleanPath(base.absoluteFilePath(audio.location));
        if (!result.path.startsWith(QLatin1Char(':')))
            content.episode.sourcePath = QFileInfo(result.path).absoluteFilePath();
    }

    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        result.error = fileError(
                result.path,
                tr("the library is busy or read-only: %1").arg(transaction.errorString()));
        return result;
    }
    SearchBatch search(m_database.connection());
    if (!search.begin()) {
        result.error = fileError(result.path,
                                 tr("could not save to the library: %1").arg(search.errorString()));
        return result;
    }
    EpisodeWriter writer(m_database.connection(), m_database.path());
    for (const EpisodeContent &content : std::as_const(episodes)) {
        const qint64 id = writer.write(content);
        if (id == 0) {
            result.episodeIds.clear();
            result.error = fileError(result.path,
                                     tr("could not save \u201c%1\u201d: %2")
                                             .arg(content.episode.title, writer.errorString()));
            return result; // the transaction rolls back: nothing of this file is kept
        }
        result.episodeIds << id;
    }
    if (!search.finish() || !transaction.commit()) {
        result.episodeIds.clear();
        result.error = fileError(result.path,
                                 tr("could not save to the library: %1")
                                         .arg(search.errorString() + transaction.errorString()));
        return result;
    }
    result.ok = true;
    qCInfo(lcImport) << "imported" << result.path << "as" << result.format << result.episodeIds;
    return result;
}
