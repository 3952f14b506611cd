// SearchSnippet: the words around the first match, every match marked, folded like the index.
#include "search/SearchHit.h"
#include "search/SearchSnippet.h"

#include <QTest>

class TestSearchSnippet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksEveryMatch();
    void foldsCaseAndDiacritics();
    void phrase();
    void prefix();
    void windowAroundFirstMatch();
    void noMatchIsTheStart();
};

namespace {

QString marked(const SearchSnippet &snippet, const QString &text)
{
    SearchHit hit;
    hit.snippet = snippet.snippet(text);
    return hit.markedSnippet(QStringLiteral("["), QStringLiteral("]"));
}

} // namespace

void TestSearchSnippet::marksEveryMatch()
{
    const SearchSnippet snippet({SearchSnippet::pattern(QStringLiteral("engine"), false)});
    QCOMPARE(marked(snippet, QStringLiteral("An engine, another engine.")),
             QStringLiteral("An [engine], another [engine]."));
}

void TestSearchSnippet::foldsCaseAndDiacritics()
{
    const SearchSnippet snippet({SearchSnippet::pattern(QStringLiteral("cafe"), false)});
    QCOMPARE(marked(snippet, QStringLiteral("Le CAF\u00c9 du coin")),
             QStringLiteral("Le [CAF\u00c9] du coin"));
}

void TestSearchSnippet::phrase()
{
    const SearchSnippet snippet({SearchSnippet::pattern(QStringLiteral("steam engine"), false)});
    QCOMPARE(marked(snippet, QStringLiteral("steam, then the Steam  Engine")),
             QStringLiteral("steam, then the [Steam]  [Engine]"));
}

void TestSearchSnippet::prefix()
{
    const SearchSnippet snippet({SearchSnippet::pattern(QStringLiteral("vol"), true)});
    QCOMPARE(marked(snippet, QStringLiteral("volcanoes and a revolver")),
             QStringLiteral("[volcanoes] and a revolver"));
}

void TestSearchSnippet::windowAroundFirstMatch()
{
    const SearchSnippet snippet({SearchSnippet::pattern(QStringLiteral("target"), false)}, 6);
    QCOMPARE(marked(snippet,
                    QStringLiteral("one two three four five six seven target nine ten "
                                   "eleven twelve thirteen")),
             QStringLiteral("\u2026five six seven [target] nine ten\u2026"));
}

void TestSearchSnippet::noMatchIsTheStart()
{
    const SearchSnippet snippet({}, 3);
    QCOMPARE(marked(snippet, QStringLiteral("a b c d")), QStringLiteral("a b c\u2026"));
    QCOMPARE(marked(snippet, QStringLiteral("a b.")), QStringLiteral("a b."));
}

QTEST_GUILESS_MAIN(TestSearchSnippet)
#include "tst_searchsnippet.moc"
