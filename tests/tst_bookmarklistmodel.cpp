// The Bookmarks pane's models under QAbstractItemModelTester: rows follow the store's signals,
// the filter narrows by text, tag, episode and star, and the sorts are stable.
#include "bookmarks/BookmarkFilterModel.h"
#include "bookmarks/BookmarkListModel.h"
#include "bookmarks/BookmarkStore.h"
#include "support/TestLibrary.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {

Bookmark make(const QString &episode, qint64 start, qint64 created, const QString &note,
              const QStringList &tags = {})
{
    Bookmark b;
    b.kind = BookmarkKind::Range;
    b.episodeGuid = QStringLiteral("urn:") + episode;
    b.episodeTitle = episode;
    b.startMs = start;
    b.endMs = start + 5000;
    b.createdMs = created;
    b.note = note;
    b.quote = QStringLiteral("quote of ") + note;
    b.tags = tags;
    return b;
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, 0).data(role).toString();
    return values;
}

} // namespace

class TestBookmarkListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readAfterStartLoadsInBatchesToTheEagerResult()
    {
        TestLibrary library;
        BookmarkStore store(library.connection());
        QVector<Bookmark> many;
        for (int i = 0; i < 3000; ++i) {
            Bookmark b = make(QStringLiteral("Episode %1").arg(i % 37), i * 1000, 1000 + i,
                              QStringLiteral("note %1").arg(i), {QStringLiteral("t%1").arg(i % 5)});
            b.uid = QStringLiteral("uid-%1").arg(i);
            many << b;
        }
        QVERIFY(store.importBookmarks(many));

        BookmarkListModel::setReadAfterStart(true);
        BookmarkListModel model(&store);
        BookmarkListModel::setReadAfterStart(false);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy loaded(&model, &BookmarkListModel::fullyLoaded);
        QCOMPARE(model.rowCount(), 0); // nothing read until asked
        QVERIFY(!model.isFullyLoaded());
        QVERIFY(model.canFetchMore(QModelIndex()));
        QTest::qWait(20);
        QCOMPARE(model.rowCount(), 0);
        // Added before the read: the read holds it, once.
        const Bookmark early
                = *store.add(make(QStringLiteral("Early"), 0, 5000, QStringLiteral("early")));
        QCOMPARE(model.rowCount(), 0);

        // The testers (and the proxy) ask for more, as views do: a batch each.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        BookmarkFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(
                &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() <= 4 * BookmarkListModel::BatchSize);

        // Changes to rows not yet inserted land in them; a new bookmark comes after them.
        const std::optional<Bookmark> gone = store.bookmarkByUid(QStringLiteral("uid-2900"));
        std::optional<Bookmark> edited = store.bookmarkByUid(QStringLiteral("uid-2950"));
        QVERIFY(gone && edited);
        QCOMPARE(model.rowOfId(gone->id), -1);
        QCOMPARE(model.rowOfId(edited->id), -1);
        QVERIFY(store.remove(gone->id));
        edited->note = QStringLiteral("edited while loading");
        QVERIFY(store.update(*edited));
        const Bookmark late
                = *store.add(make(QStringLiteral("Late"), 0, 6000, QStringLiteral("late")));
        QCOMPARE(model.rowOfId(late.id), -1);

        QVERIFY(loaded.wait(5000));
        QVERIFY(model.isFullyLoaded());
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(loaded.count(), 1);
        QVERIFY(inserted.count() >= 6); // 3,001 rows, at most 500 at a time
        for (const QList<QVariant> &batch : inserted)
            QVERIFY(batch.at(2).toInt() - batch.at(1).toInt() < BookmarkListModel::BatchSize);
        QCOMPARE(model.rowCount(), 3001);
        BookmarkListModel eager(&store);
        QCOMPARE(column(model, BookmarkListModel::IdRole),
                 column(eager, BookmarkListModel::IdRole));
        QCOMPARE(column(model, BookmarkListModel::NoteRole),
                 column(eager, BookmarkListModel::NoteRole));
        QCOMPARE(column(model, BookmarkListModel::TagsRole),
                 column(eager, BookmarkListModel::TagsRole));
        QVERIFY(model.rowOfId(early.id) >= 0);
        QCOMPARE(model.rowOfId(late.id), 3000);
        QCOMPARE(model.index(model.rowOfId(edited->id), 0).data(BookmarkListModel::NoteRole),
                 QVariant(QStringLiteral("edited while loading")));
        QCOMPARE(filter.rowCount(), 3001);
    }

    void loadAllReadsEverythingNow()
    {
        TestLibrary library;
        BookmarkStore store(library.connection());
        QVERIFY(store.add(make(QStringLiteral("Alpha"), 1000, 100, QStringLiteral("one"))));
        QVERIFY(store.add(make(QStringLiteral("Beta"), 1000, 200, QStringLiteral("two"))));
        BookmarkListModel::setReadAfterStart(true);
        BookmarkListModel model(&store);
        BookmarkListModel::setReadAfterStart(false);
        QSignalSpy loaded(&model, &BookmarkListModel::fullyLoaded);
        QCOMPARE(model.rowCount(), 0);
        model.loadAll();
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.isFullyLoaded());
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(column(model, BookmarkListModel::NoteRole),
                 (QStringList {QStringLiteral("one"), QStringLiteral("two")}));
    }

    void followsTheStoreRowByRow()
    {
        TestLibrary library;
        BookmarkStore store(library.connection());
        const Bookmark first
                = *store.add(make(QStringLiteral("Alpha"), 1000, 100, QStringLiteral("one")));
        BookmarkListModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        BookmarkFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(
                &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(BookmarkListModel::ColumnCount));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const Bookmark second
                = *store.add(make(QStringLiteral("Beta"), 0, 200, QStringLiteral("two")));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 0).data(BookmarkListModel::IdRole).toLongLong(), second.id);

        Bookmark edited = first;
        edited.note = QStringLiteral("one, edited\nand more");
        QVERIFY(store.update(edited));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(model.index(0, BookmarkListModel::NoteColumn).data().toString(),
                 QStringLiteral("one, edited \u2026"));
        QCOMPARE(model.index(0, 0).data(BookmarkListModel::NoteRole).toString(), edited.note);

        QVERIFY(store.remove(first.id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(filter.rowCount(), 1);

        store.invalidate();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void exposesEveryRole()
    {
        TestLibrary library;
        BookmarkStore store(library.connection());
        Bookmark b = make(QStringLiteral("Alpha"), 3723000, 100, QStringLiteral("note"),
                          {QStringLiteral("ai"), QStringLiteral("open source")});
        b.endMs = 3725500;
        b.starred = true;
        const Bookmark stored = *store.add(b);
        BookmarkListModel model(&store);
        const QModelIndex index = model.index(0, BookmarkListModel::SpanColumn);
        QCOMPARE(index.data().toString(), QStringLiteral("01:02:03\u201301:02:05"));
        QCOMPARE(index.data(BookmarkListModel::SpanTextRole).toString(),
                 QStringLiteral("01:02:03\u201301:02:05"));
        QCOMPARE(index.data(BookmarkListModel::UidRole).toString(), stored.uid);
        QCOMPARE(index.data(BookmarkListModel::KindRole).toInt(), int(BookmarkKind::Range));
        QCOMPARE(index.data(BookmarkListModel::EpisodeTitleRole).toString(),
                 QStringLiteral("Alpha"));
        QCOMPARE(index.data(BookmarkListModel::TagsRole).toStringList(), stored.tags);
        QCOMPARE(index.data(BookmarkListModel::StarredRole).toBool(), true);
        QCOMPARE(index.data(BookmarkListModel::StartMsRole).toLongLong(), 3723000);
        QCOMPARE(index.data(BookmarkListModel::EndMsRole).toLongLong(), 3725500);
        QCOMPARE(index.data(BookmarkListModel::CreatedMsRole).toLongLong(), 100);
        QCOMPARE(index.data(BookmarkListModel::OrphanRole).toBool(), true);
        QCOMPARE(index.data(BookmarkListModel::EpisodeIdRole).toLongLong(), 0);
        QCOMPARE(index.data(BookmarkListModel::BookmarkRole).value<Bookmark>(), stored);
        QCOMPARE(model.index(0, BookmarkListModel::TagsColumn).data().toString(),
                 QStringLiteral("ai, open source"));
        QCOMPARE(model.headerData(BookmarkListModel::EpisodeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Episode"));
        QVERIFY(model.roleNames().value(BookmarkListModel::QuoteRole) == "quote");
    }

    void filtersByTextTagEpisodeAndStar()
    {
        TestLibrary library;
        BookmarkStore store(library.connection());
        QVERIFY(store.add(make(QStringLiteral("Alpha"), 0, 1, QStringLiteral("Kettles boil"),
                               {QStringLiteral("tea")})));
        Bookmark starred = make(QStringLiteral("Beta"), 0, 2, QStringLiteral("Été"),
                                {QStringLiteral("Tea"), QStringLiteral("sun")});
        starred.starred = true;
        QVERIFY(store.add(starred));
        QVERIFY(store.add(make(QStringLiteral("Gamma"), 0, 3, QStringLiteral("nothing"))));
        BookmarkListModel model(&store);
        BookmarkFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 3);
        filter.setFilterText(QStringLiteral("KETTLE"));
        QCOMPARE(column(filter, BookmarkListModel::EpisodeTitleRole),
                 QStringList {QStringLiteral("Alpha")});
        filter.setFilterText(QStringLiteral("été"));
        QCOMPARE(column(filter, BookmarkListModel::EpisodeTitleRole),
                 QStringList {QStringLiteral("Beta")});
        filter.setFilterText(QStringLiteral("gamma")); // the episode's title counts
        QCOMPARE(filter.rowCount(), 1);
        filter.setFilterText(QString());
        filter.setTag(QStringLiteral("#TEA"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setStarredOnly(true);
        QCOMPARE(column(filter, BookmarkListModel::EpisodeTitleRole),
                 QStringList {QStringLiteral("Beta")});
        filter.setStarredOnly(false);
        filter.setTag(QString());
        filter.setEpisodeGuid(QStringLiteral("urn:Gamma"));
        QCOMPARE(column(filter, BookmarkListModel::EpisodeTitleRole),
                 QStringList {QStringLiteral("Gamma")});
        filter.setEpisodeGuid(QString());
        QCOMPARE(filter.rowCount(), 3);

        // A new bookmark that matches the filter shows up in it.
        filter.setTag(QStringLiteral("sun"));
        QCOMPARE(filter.rowCount(), 1);
        QVERIFY(store.add(make(QStringLiteral("Delta"), 0, 4, QStringLiteral("new"),
                               {QStringLiteral("SUN")})));
        QCOMPARE(filter.rowCount(), 2);
    }

    void sortsByDateEpisodeAndSpan()
    {
        TestLibrary library;
        BookmarkStore store(library.connection());
        QVERIFY(store.add(make(QStringLiteral("beta"), 9000, 300, QStringLiteral("b9"))));
        QVERIFY(store.add(make(QStringLiteral("Alpha"), 5000, 100, QStringLiteral("a5"))));
        QVERIFY(store.add(make(QStringLiteral("Alpha"), 1000, 200, QStringLiteral("a1"))));
        BookmarkListModel model(&store);
        BookmarkFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.sortBy(BookmarkFilterModel::Order::Date);
        QCOMPARE(column(filter, BookmarkListModel::NoteRole),
                 (QStringList {QStringLiteral("a5"), QStringLiteral("a1"), QStringLiteral("b9")}));
        filter.sortBy(BookmarkFilterModel::Order::Date, Qt::DescendingOrder);
        QCOMPARE(column(filter, BookmarkListModel::NoteRole),
                 (QStringList {QStringLiteral("b9"), QStringLiteral("a1"), QStringLiteral("a5")}));
        // By episode (any case), then by span within one.
        filter.sortBy(BookmarkFilterModel::Order::Episode);
        QCOMPARE(column(filter, BookmarkListModel::NoteRole),
                 (QStringList {QStringLiteral("a1"), QStringLiteral("a5"), QStringLiteral("b9")}));
        filter.sortBy(BookmarkFilterModel::Order::Span);
        QCOMPARE(column(filter, BookmarkListModel::NoteRole),
                 (QStringList {QStringLiteral("a1"), QStringLiteral("a5"), QStringLiteral("b9")}));
        // Sorting follows new rows.
        QVERIFY(store.add(make(QStringLiteral("Alpha"), 3000, 400, QStringLiteral("a3"))));
        QCOMPARE(column(filter, BookmarkListModel::NoteRole),
                 (QStringList {QStringLiteral("a1"), QStringLiteral("a3"), QStringLiteral("a5"),
                               QStringLiteral("b9")}));
    }
};

QTEST_GUILESS_MAIN(TestBookmarkListModel)
#include "tst_bookmarklistmodel.moc"
