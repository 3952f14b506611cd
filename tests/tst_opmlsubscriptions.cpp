// OpmlSubscriptions: OPML 1.0 and 2.0 files become subscriptions with their folder paths, in one
// transaction, without duplicates; the export nests them in folders again and reads back the same.
#include "feeds/OpmlParser.h"
#include "subscriptions/OpmlSubscriptions.h"
#include "subscriptions/SubscriptionStore.h"
#include "support/TestLibrary.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(path));
    return file.readAll();
}

const QByteArray opml2
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<opml version=\"2.0\">\n"
          "  <head><title>Exported</title></head>\n"
          "  <body>\n"
          "    <outline text=\"Tech\" title=\"Tech\">\n"
          "      <outline type=\"rss\" text=\"Show A\" title=\"Show A\" "
          "xmlUrl=\"https://a.example/feed\"/>\n"
          "      <outline text=\"Deeper\">\n"
          "        <outline type=\"rss\" text=\"Show B\" xmlUrl=\"https://b.example/feed\"/>\n"
          "      </outline>\n"
          "    </outline>\n"
          "    <outline type=\"rss\" text=\"Show C\" xmlUrl=\"https://c.example/feed\"/>\n"
          "    <outline type=\"rss\" text=\"Not a feed\" "
          "xmlUrl=\"ftp://files.example.org/feed.xml\"/>\n"
          "  </body>\n"
          "</opml>\n";

} // namespace

class TestOpmlSubscriptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsNestedFoldersFromOpml1()
    {
        TestLibrary library;
        OpmlSubscriptions::ImportSummary summary;
        QString error;
        const QString path = TestPaths::data(QStringLiteral("opml/nested-opml1.opml"));
        QVERIFY2(OpmlSubscriptions::importOpml(library.connection(), readFile(path), path, &summary,
                                               &error),
                 qPrintable(error));
        QCOMPARE(summary.added, 4);
        QCOMPARE(summary.alreadySubscribed, 0);
        QVERIFY(summary.skipped.isEmpty());

        SubscriptionStore store(library.connection());
        QHash<QString, SubscriptionRecord> byUrl;
        for (const SubscriptionRecord &record : store.list())
            byUrl.insert(record.feedUrl, record);
        QCOMPARE(byUrl.size(), 4);
        const SubscriptionRecord quantum
                = byUrl.value(QStringLiteral("http://quantum.example.org/rss"));
        QCOMPARE(quantum.title, QStringLiteral("Quantum Hour"));
        QCOMPARE(quantum.folder,
                 (QStringList {QStringLiteral("Science"), QStringLiteral("Physics")}));
        QCOMPARE(byUrl.value(QStringLiteral("http://news.example.com/brief")).folder,
                 QStringList {QStringLiteral("News & Politics")});
        QCOMPARE(byUrl.value(QStringLiteral("https://loose.example.org/podcast")).folder,
                 QStringList());

        // Importing again adds nothing.
        QVERIFY(OpmlSubscriptions::importOpml(library.connection(), readFile(path), path, &summary,
                                              &error));
        QCOMPARE(summary.added, 0);
        QCOMPARE(summary.alreadySubscribed, 4);
        QCOMPARE(library.count(QStringLiteral("subscriptions")), 4);
    }

    void importsOpml2AndReportsEntriesItSkips()
    {
        TestLibrary library;
        OpmlSubscriptions::ImportSummary summary;
        QString error;
        QVERIFY2(OpmlSubscriptions::importOpml(library.connection(), opml2,
                                               QStringLiteral("list.opml"), &summary, &error),
                 qPrintable(error));
        QCOMPARE(summary.added, 3);
        QCOMPARE(summary.ids.size(), 3);
        QCOMPARE(summary.skipped.size(), 1);
        QVERIFY2(summary.skipped.constFirst().startsWith(
                         QStringLiteral("list.opml: \u201cNot a feed\u201d: ")),
                 qPrintable(summary.skipped.constFirst()));
        SubscriptionStore store(library.connection());
        QCOMPARE(store.find(summary.ids.at(1))->folder,
                 (QStringList {QStringLiteral("Tech"), QStringLiteral("Deeper")}));
    }

    void aBrokenFileAddsNothingAndSaysWhere()
    {
        TestLibrary library;
        OpmlSubscriptions::ImportSummary summary;
        QString error;
        const QByteArray broken = "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body>\n"
                                  "<outline xmlUrl=\"https://a.example/feed\"/>\n<outline>\n";
        QVERIFY(!OpmlSubscriptions::importOpml(library.connection(), broken,
                                               QStringLiteral("broken.opml"), &summary, &error));
        QVERIFY2(error.startsWith(QStringLiteral("broken.opml:")), qPrintable(error));
        QCOMPARE(library.count(QStringLiteral("subscriptions")), 0);
    }

    void exportNestsFoldersAndReadsBackTheSame()
    {
        TestLibrary library;
        OpmlSubscriptions::ImportSummary summary;
        QString error;
        const QString path = TestPaths::data(QStringLiteral("opml/nested-opml1.opml"));
        QVERIFY(OpmlSubscriptions::importOpml(library.connection(), readFile(path), path, &summary,
                                              &error));
        SubscriptionStore store(library.connection());
        const QVector<SubscriptionRecord> records = store.list();
        const QByteArray exported = OpmlSubscriptions::exportOpml(records);
        QVERIFY(exported.contains("<opml version=\"2.0\""));

        const Parsed<OpmlDocument> back = OpmlParser::parse(exported, QStringLiteral("export"));
        QVERIFY2(back.ok, qPrintable(back.error.toString()));
        QCOMPARE(back.value.outlines.size(), 3); // Science, News & Politics, Loose show
        QHash<QString, QStringList> folders;
        for (const Subscription &subscription : back.value.subscriptions())
            folders.insert(subscription.feedUrl, subscription.folder);
        QCOMPARE(folders.size(), records.size());
        for (const SubscriptionRecord &record : records)
            QCOMPARE(folders.value(record.feedUrl), record.folder);

        // Into another library: the same subscriptions.
        TestLibrary other;
        QVERIFY(OpmlSubscriptions::importOpml(other.connection(), exported,
                                              QStringLiteral("export.opml"), &summary, &error));
        QCOMPARE(summary.added, records.size());
    }
};

QTEST_GUILESS_MAIN(TestOpmlSubscriptions)
#include "tst_opmlsubscriptions.moc"
