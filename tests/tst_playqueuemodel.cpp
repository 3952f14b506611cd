// The play queue as a list model, under QAbstractItemModelTester: rows follow every edit, and
// the current row is marked.
#include "playback/ClipPlayer.h"
#include "playback/PlayQueue.h"
#include "playback/PlayQueueModel.h"
#include "support/AudioFixtures.h"
#include "support/AudioOutputFake.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestPlayQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesTheModelTesterThroughEveryEdit();
    void exposesEachItem();
    void marksTheCurrentRow();

private:
    QueueItem item(int n) const
    {
        return {{m_wav, n * 1000, n * 1000 + 500, QStringLiteral("Claim %1").arg(n), 10 + n, 1},
                QStringLiteral("Citation %1").arg(n)};
    }

    QTemporaryDir m_dir;
    QString m_wav;
};

void TestPlayQueueModel::initTestCase()
{
    AudioFixtures fixtures(m_dir.path());
    QVERIFY2(fixtures.makeReference(8), qPrintable(fixtures.errorString()));
    m_wav = fixtures.referencePath();
}

void TestPlayQueueModel::passesTheModelTesterThroughEveryEdit()
{
    auto *output = new AudioOutputFake;
    output->setAutoPull(false);
    ClipPlayer player {std::unique_ptr<AudioOutput>(output)};
    PlayQueue queue(player);
    PlayQueueModel model(queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.playAll({item(1), item(2), item(3)});
    QCOMPARE(model.rowCount(), 3);
    queue.append(item(4));
    QCOMPARE(model.rowCount(), 4);
    queue.move(0, 3);
    QCOMPARE(model.index(3).data(PlayQueueModel::LabelRole).toString(),
             QStringLiteral("Citation 1"));
    queue.move(3, 1);
    QCOMPARE(model.index(1).data(PlayQueueModel::LabelRole).toString(),
             QStringLiteral("Citation 1"));
    queue.remove(2);
    QCOMPARE(model.rowCount(), 3);
    queue.next();
    queue.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestPlayQueueModel::exposesEachItem()
{
    ClipPlayer player {std::make_unique<AudioOutputFake>()};
    PlayQueue queue(player);
    PlayQueueModel model(queue);
    queue.append(item(2));
    const QModelIndex row = model.index(0);
    QCOMPARE(row.data().toString(), QStringLiteral("Citation 2"));
    QCOMPARE(row.data(PlayQueueModel::LabelRole).toString(), QStringLiteral("Citation 2"));
    QCOMPARE(row.data(PlayQueueModel::TitleRole).toString(), QStringLiteral("Claim 2"));
    QCOMPARE(row.data(PlayQueueModel::StartMsRole).toLongLong(), qint64(2000));
    QCOMPARE(row.data(PlayQueueModel::EndMsRole).toLongLong(), qint64(2500));
    QCOMPARE(row.data(PlayQueueModel::ClipIdRole).toLongLong(), qint64(12));
    QCOMPARE(row.data(PlayQueueModel::IsCurrentRole).toBool(), false);
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("0:02")));
    QCOMPARE(model.roleNames().value(PlayQueueModel::IsCurrentRole), QByteArray("isCurrent"));
}

void TestPlayQueueModel::marksTheCurrentRow()
{
    auto *output = new AudioOutputFake;
    output->setAutoPull(false);
    ClipPlayer player {std::unique_ptr<AudioOutput>(output)};
    PlayQueue queue(player);
    PlayQueueModel model(queue);
    queue.playAll({item(1), item(2), item(3)});
    QCOMPARE(model.index(0).data(PlayQueueModel::IsCurrentRole).toBool(), true);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(queue.next());
    QCOMPARE(model.index(0).data(PlayQueueModel::IsCurrentRole).toBool(), false);
    QCOMPARE(model.index(1).data(PlayQueueModel::IsCurrentRole).toBool(), true);
    QCOMPARE(changed.count(), 2); // the row that was current, and the one that is
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(1).at(2).value<QList<int>>(), QList<int>({PlayQueueModel::IsCurrentRole}));
}

QTEST_GUILESS_MAIN(TestPlayQueueModel)
#include "tst_playqueuemodel.moc"
