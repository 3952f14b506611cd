// The Bookmarks pane's models under QAbstractItemModelTester: rows follow the store's signals,
// the filter narrows by text, tag, episode and star, and the sorts are stable.
#include "bookmarks/BookmarkFilterModel.h"
#include "bookmarks/BookmarkListModel.h"
#include "bookmarks/BookmarkStore.h"
#include "support/TestLibrary.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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
