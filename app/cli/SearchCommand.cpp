#include "SearchCommand.h"

#include "domain/TimeFormat.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace SearchCommand {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SearchCommand", text);
}

constexpr int DefaultLimit = 20;

} // namespace

QJsonObject hitJson(const SearchHit &hit)
{
    const auto orNull = [](qint64 value, bool present) {
        return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject {
            {QStringLiteral("kind"), SearchKinds::name(hit.kind)},
            {QStringLiteral("episodeId"), orNull(hit.episodeId, hit.episodeId >= 0)},
            {QStringLiteral("title"), hit.title},
            {QStringLiteral("snippet"),
             hit.markedSnippet(QStringLiteral("**"), QStringLiteral("**"))},
            {QStringLiteral("startMs"), orNull(hit.startMs, hit.hasSpan())},
            {QStringLiteral("endMs"), orNull(hit.endMs, hit.hasSpan())},
    };
}

int run(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Searches episode titles and descriptions, shows, guests, topics, highlights, "
               "questions, chapters, transcripts and bookmark notes, best first.\n"
               "Words match words that start with them; \"quoted words\" match as a phrase; "
               "guest:NAME, show:NAME and tag:TAG narrow the results (quote a name with spaces: "
               "guest:\"Ada Lovelace\"). Diacritics are ignored: cafe finds caf\u00e9."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("query"), tr("What to look for."),
                                 QStringLiteral("QUERY..."));
    parser.addOption({QStringLiteral("json"), tr("Print the hits as JSON.")});
    parser.addOption({QStringLiteral("limit"), tr("At most N hits (default %1).").arg(DefaultLimit),
                      QStringLiteral("N"), QString::number(DefaultLimit)});
    parser.addOption({QStringLiteral("rebuild"),
                      tr("Rebuild the search index from the library (recovery), then search if a "
                         "query is given.")});
    QStringList parserArguments {QStringLiteral("citecast search")};
    parserArguments += arguments;
    if (!parser.parse(parserArguments)) {
        err << parser.errorText() << QLatin1Char('\n');
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit <= 0) {
        err << tr("search: --limit takes a positive number, not \u201c%1\u201d.")
                        .arg(parser.value(QStringLiteral("limit")))
            << QLatin1Char('\n');
        return 1;
    }
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    const bool rebuild = parser.isSet(QStringLiteral("rebuild"));
    const SearchQuery query = SearchQuery::parse(text);
    if (query.isEmpty() && !rebuild) {
        err << tr("search: say what to look for, e.g. citecast search \"climate policy\".")
            << QLatin1Char('\n');
        return 1;
    }

    Database database(QStringLiteral("cli"));
    if (!database.open(libraryPath)) {
        err << database.errorString() << QLatin1Char('\n');
        return 1;
    }
    SearchIndex::prepareConnection(database.connection());
    SearchIndex index(database.connection());
    if (rebuild) {
        if (!index.rebuild()) {
            err << tr("Cannot rebuild the search index of %1: %2")
                            .arg(database.path(), index.errorString())
                << QLatin1Char('\n');
            return 1;
        }
        if (query.isEmpty()) {
            if (!parser.isSet(QStringLiteral("json")))
                out << tr("Rebuilt the search index of %1: %2 entries.")
                                .arg(database.path())
                                .arg(index.rowCount())
                    << QLatin1Char('\n');
            return 0;
        }
    }

    const SearchHits hits = index.search(query, limit);
    if (!index.errorString().isEmpty()) {
        err << tr("Cannot search %1: %2").arg(database.path(), index.errorString())
            << QLatin1Char('\n');
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &hit : hits)
            array.append(hitJson(hit));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (hits.isEmpty()) {
        out << tr("Nothing found.") << QLatin1Char('\n');
        return 0;
    }
    for (const SearchHit &hit : hits) {
        out << SearchKinds::name(hit.kind).leftJustified(11) << hit.title;
        if (!hit.detail.isEmpty())
            out << QStringLiteral(" \u2014 ") << hit.detail;
        if (hit.hasSpan())
            out << QStringLiteral("  ") << TimeFormat::span(hit.startMs, hit.endMs);
        if (hit.episodeId >= 0)
            out << QStringLiteral("  (episode %1)").arg(hit.episodeId);
        out << QLatin1Char('\n') << QStringLiteral("           ")
            << hit.markedSnippet(QStringLiteral("**"), QStringLiteral("**")) << QLatin1Char('\n');
    }
    return 0;
}

} // namespace SearchCommand
