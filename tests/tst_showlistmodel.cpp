// The Shows view's model, under QAbstractItemModelTester: the library's shows with episode counts
// and local artwork, read from a real library after a feed import.
#include "feeds/FeedImport.h"
#include "import/SampleLibrary.h"
#include "models/ShowListModel.h"
#include "support/TestLibrary.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace {

QString onscreenFeed()
{
    return TestPaths::data(QStringLiteral("feeds/onscreen/onscreen.xml"));
}

bool importFeed(TestLibrary &library, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    FeedImport import(library.database());
    const ImportResult result = import.importFeed(file.readAll(), QFileInfo(path).fileName(), path);
    if (!result.ok)
        qWarning() << result.error->toString();
    return result.ok;
}

} // namespace

class TestShowListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        TestLibrary library;
        QVERIFY(importFeed(library, onscreenFeed()));
        ShowListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setShows(ShowListModel::readShows(library.connection()));
        QCOMPARE(model.rowCount(), 1);
        model.setShows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void readsShowsWithCountsAndLocalArtwork()
    {
        TestLibrary library;
        QVERIFY(importFeed(library, onscreenFeed()));
        QVERIFY(SampleLibrary::import(library.database()).ok);
        QString error;
        const QVector<ShowSummary> shows = ShowListModel::readShows(library.connection(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(shows.size(), 2);
        // Ordered by title, case-insensitively: the sample's show, then Signal Path.
        const ShowSummary &feedShow = shows.at(1);
        QCOMPARE(feedShow.title, QStringLiteral("Signal Path"));
        QCOMPARE(feedShow.author, QStringLiteral("Signal Path Media"));
        QCOMPARE(feedShow.episodeCount, 2);
        QCOMPARE(QFileInfo(feedShow.artworkPath).fileName(), QStringLiteral("onscreen-cover.png"));
        QVERIFY(QFileInfo::exists(feedShow.artworkPath));
        // The sample has one episode with content; the related episodes known only by title
        // are not counted.
        QCOMPARE(shows.at(0).episodeCount, 1);
        QVERIFY(shows.at(0).artworkPath.isEmpty());
    }

    void remoteArtworkIsNeverALocalPath()
    {
        ShowListModel model;
        ShowSummary show;
        show.id = 7;
        show.title = QStringLiteral("Remote");
        show.imageUrl = QStringLiteral("https://example.com/cover.jpg");
        model.setShows({show});
        QCOMPARE(model.index(0).data(ShowListModel::ImageUrlRole).toString(), show.imageUrl);
        QVERIFY(model.index(0).data(ShowListModel::ArtworkPathRole).toString().isEmpty());
        QCOMPARE(model.rowOfShow(7), 0);
        QCOMPARE(model.rowOfShow(8), -1);
    }

    void exposesRoles()
    {
        ShowListModel model;
        ShowSummary show;
        show.id = 3;
        show.title = QStringLiteral("Signal Path");
        show.author = QStringLiteral("Signal Path Media");
        show.episodeCount = 1;
        model.setShows({show});
        const QModelIndex index = model.index(0);
        QCOMPARE(index.data(ShowListModel::ShowIdRole).toLongLong(), 3);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), show.title);
        QCOMPARE(index.data(ShowListModel::EpisodeCountRole).toInt(), 1);
        QCOMPARE(index.data(ShowListModel::InitialsRole).toString(), QStringLiteral("SP"));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 episode")));
    }

    void makesInitialsForPlaceholders_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("initials");
        QTest::newRow("two words") << QStringLiteral("Signal Path") << QStringLiteral("SP");
        QTest::newRow("leading article") << QStringLiteral("The Changelog") << QStringLiteral("C");
        QTest::newRow("three words")
                << QStringLiteral("Lex Fridman Podcast") << QStringLiteral("LF");
        QTest::newRow("digits and symbols")
                << QStringLiteral("99% Invisible") << QStringLiteral("9I");
        QTest::newRow("lower case") << QStringLiteral("syntax fm") << QStringLiteral("SF");
        QTest::newRow("only punctuation") << QStringLiteral("!!!") << QStringLiteral("?");
        QTest::newRow("empty") << QString() << QStringLiteral("?");
        QTest::newRow("just the article") << QStringLiteral("The") << QStringLiteral("T");
    }

    void makesInitialsForPlaceholders()
    {
        QFETCH(QString, title);
        QFETCH(QString, initials);
        QCOMPARE(ShowListModel::initials(title), initials);
    }
};

QTEST_GUILESS_MAIN(TestShowListModel)
#include "tst_showlistmodel.moc"
