// The clip model behind the timeline, under QAbstractItemModelTester.
#include "models/ClipListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

Clip clip(qint64 id, ClipKind kind, qint64 start, qint64 end, int number = 0)
{
    Clip c;
    c.id = id;
    c.kind = kind;
    c.startMs = start;
    c.endMs = end;
    c.citationNumber = number;
    c.title = QStringLiteral("clip %1").arg(id);
    return c;
}

} // namespace

class TestClipListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        ClipListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClips({clip(1, ClipKind::Popular, 5000, 9000),
                        clip(2, ClipKind::Citation, 1000, 2000, 4)},
                       60000);
        QCOMPARE(model.rowCount(), 2);
        model.setClips({}, 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void ordersByStartAndExposesRoles()
    {
        ClipListModel model;
        model.setClips({clip(1, ClipKind::Popular, 5000, 9000),
                        clip(2, ClipKind::Citation, 1000, 2000, 4)},
                       60000);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(ClipListModel::ClipIdRole).toLongLong(), 2);
        QCOMPARE(first.data(ClipListModel::KindRole).toInt(), int(ClipKind::Citation));
        QCOMPARE(first.data(ClipListModel::StartMsRole).toLongLong(), 1000);
        QCOMPARE(first.data(ClipListModel::EndMsRole).toLongLong(), 2000);
        QCOMPARE(first.data(ClipListModel::CitationNumberRole).toInt(), 4);
        QVERIFY(first.data(Qt::ToolTipRole)
                        .toString()
                        .startsWith(QStringLiteral("Citation 4 \u00b7 0:01\u20130:02")));
        QCOMPARE(model.rowOfClip(1), 1);
        QCOMPARE(model.rowOfClip(7), -1);
    }

    void durationReachesTheLastClip()
    {
        ClipListModel model;
        model.setClips({clip(1, ClipKind::Popular, 5000, 90000)}, -1);
        QCOMPARE(model.episodeDurationMs(), 90000);
        model.setClips({clip(1, ClipKind::Popular, 5000, 9000)}, 60000);
        QCOMPARE(model.episodeDurationMs(), 60000);
    }
};

QTEST_GUILESS_MAIN(TestClipListModel)
#include "tst_cliplistmodel.moc"
