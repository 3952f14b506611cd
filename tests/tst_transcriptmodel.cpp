// The transcript pane's model, under QAbstractItemModelTester: cues as rows, the cue playing at a
// position (binary search, gaps keep the previous cue), find with its matches.
#include "models/TranscriptModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

TranscriptSegment cue(qint64 start, qint64 end, const QString &speaker, const QString &text)
{
    TranscriptSegment segment;
    segment.startMs = start;
    segment.endMs = end;
    segment.speaker = speaker;
    segment.text = text;
    return segment;
}

Transcript sample()
{
    return {cue(0, 4000, QStringLiteral("Maya"), QStringLiteral("Welcome to Signal Path.")),
            cue(4000, 9000, QStringLiteral("Dev"), QStringLiteral("Thanks, Maya.")),
            cue(12000, 15000, QStringLiteral("Maya"), QStringLiteral("What does a meter measure?")),
            cue(15000, 20000, QString(), QStringLiteral("[music]"))};
}

} // namespace

class TestTranscriptModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        TranscriptModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTranscript(sample());
        QCOMPARE(model.rowCount(), 4);
        model.setPositionMs(5000);
        model.find(QStringLiteral("maya"));
        model.setPositionMs(13000);
        model.find(QString());
        model.setTranscript({});
        QCOMPARE(model.rowCount(), 0);
    }

    void exposesEachCueAsARow()
    {
        TranscriptModel model;
        model.setTranscript(sample());
        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(TranscriptModel::StartMsRole).toLongLong(), 4000);
        QCOMPARE(second.data(TranscriptModel::EndMsRole).toLongLong(), 9000);
        QCOMPARE(second.data(TranscriptModel::SpeakerRole).toString(), QStringLiteral("Dev"));
        QCOMPARE(second.data(Qt::DisplayRole).toString(), QStringLiteral("Thanks, Maya."));
        QCOMPARE(second.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("0:04\u20130:09 \u00b7 Dev"));
    }

    void sortsCuesGivenOutOfOrder()
    {
        TranscriptModel model;
        Transcript cues = sample();
        std::swap(cues[0], cues[2]);
        model.setTranscript(cues);
        QCOMPARE(model.index(0).data(TranscriptModel::StartMsRole).toLongLong(), 0);
        QCOMPARE(model.index(2).data(TranscriptModel::StartMsRole).toLongLong(), 12000);
    }

    void findsTheCueAtAPosition_data()
    {
        QTest::addColumn<qint64>("position");
        QTest::addColumn<int>("row");
        QTest::newRow("before anything") << qint64(-1) << -1;
        QTest::newRow("first instant") << qint64(0) << 0;
        QTest::newRow("inside the first") << qint64(3999) << 0;
        QTest::newRow("a cue's exact start") << qint64(4000) << 1;
        QTest::newRow("gap keeps the previous cue") << qint64(10500) << 1;
        QTest::newRow("third") << qint64(12000) << 2;
        QTest::newRow("last") << qint64(19999) << 3;
        QTest::newRow("after the end") << qint64(600000) << 3;
    }

    void findsTheCueAtAPosition()
    {
        QFETCH(qint64, position);
        QFETCH(int, row);
        TranscriptModel model;
        model.setTranscript(sample());
        QCOMPARE(model.cueAt(position), row);
    }

    void emptyTranscriptHasNoCurrentCue()
    {
        TranscriptModel model;
        QCOMPARE(model.cueAt(1000), -1);
        model.setPositionMs(1000);
        QCOMPARE(model.currentCue(), -1);
    }

    void currentCueFollowsThePositionAndSignalsOnlyWhenItMoves()
    {
        TranscriptModel model;
        model.setTranscript(sample());
        QSignalSpy moved(&model, &TranscriptModel::currentCueChanged);
        QSignalSpy changed(&model, &TranscriptModel::dataChanged);
        model.setPositionMs(500);
        model.setPositionMs(1500); // same cue
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).toInt(), 0);
        QVERIFY(model.index(0).data(TranscriptModel::CurrentRole).toBool());
        model.setPositionMs(4100);
        QCOMPARE(moved.count(), 2);
        QCOMPARE(model.currentCue(), 1);
        QVERIFY(!model.index(0).data(TranscriptModel::CurrentRole).toBool());
        QVERIFY(model.index(1).data(TranscriptModel::CurrentRole).toBool());
        QCOMPARE(changed.count(), 3); // row 0 on, row 0 off, row 1 on
        model.clearCurrent();
        QCOMPARE(model.currentCue(), -1);
        QVERIFY(!model.index(1).data(TranscriptModel::CurrentRole).toBool());
    }

    void findMarksMatchingCuesInTextAndSpeaker()
    {
        TranscriptModel model;
        model.setTranscript(sample());
        QCOMPARE(model.find(QStringLiteral("MAYA")), (QVector<int> {0, 1, 2}));
        QVERIFY(model.index(1).data(TranscriptModel::MatchRole).toBool()); // "Thanks, Maya."
        QVERIFY(!model.index(3).data(TranscriptModel::MatchRole).toBool());
        QCOMPARE(model.find(QStringLiteral("meter")), (QVector<int> {2}));
        QVERIFY(!model.index(0).data(TranscriptModel::MatchRole).toBool());
        QCOMPARE(model.find(QStringLiteral("nowhere")), QVector<int>());
        QCOMPARE(model.find(QStringLiteral("  ")), QVector<int>());
        QVERIFY(!model.index(2).data(TranscriptModel::MatchRole).toBool());
    }

    void newTranscriptClearsCurrentAndFind()
    {
        TranscriptModel model;
        model.setTranscript(sample());
        model.setPositionMs(5000);
        model.find(QStringLiteral("maya"));
        model.setTranscript(sample());
        QCOMPARE(model.currentCue(), -1);
        QVERIFY(model.matches().isEmpty());
        QVERIFY(!model.index(0).data(TranscriptModel::MatchRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestTranscriptModel)
#include "tst_transcriptmodel.moc"
