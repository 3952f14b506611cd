// Playback preferences: stored, clamped, and announced only when they change.
#include "library/PlaybackSettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPlaybackSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private Q_SLOTS:
    void defaults()
    {
        QSettings store(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        PlaybackSettings settings(&store);
        QCOMPARE(settings.leadInMs(), 0);
        QCOMPARE(settings.leadOutMs(), 0);
        QCOMPARE(settings.speed(), 1.0);
        QCOMPARE(settings.volume(), 1.0f);
        QCOMPARE(settings.muted(), false);
        QCOMPARE(settings.preloadClips(), true);
    }

    void storedAndClamped()
    {
        {
            QSettings store(file(), QSettings::IniFormat);
            PlaybackSettings settings(&store);
            QSignalSpy lead(&settings, &PlaybackSettings::leadChanged);
            QSignalSpy speed(&settings, &PlaybackSettings::speedChanged);
            settings.setLeadInMs(1500);
            settings.setLeadOutMs(999999);
            settings.setSpeed(7.0);
            settings.setSpeed(3.0); // no change after clamping: no signal
            settings.setVolume(0.4f);
            settings.setMuted(true);
            QCOMPARE(lead.count(), 2);
            QCOMPARE(lead.last().at(1).toLongLong(), PlaybackSettings::MaxLeadMs);
            QCOMPARE(speed.count(), 1);
            QCOMPARE(speed.last().at(0).toDouble(), 3.0);
        }
        QSettings store(file(), QSettings::IniFormat);
        PlaybackSettings again(&store);
        QCOMPARE(again.leadInMs(), 1500);
        QCOMPARE(again.leadOutMs(), PlaybackSettings::MaxLeadMs);
        QCOMPARE(again.speed(), 3.0);
        QCOMPARE(again.volume(), 0.4f);
        QCOMPARE(again.muted(), true);
    }

    void speedSteps()
    {
        QSettings store(m_dir.filePath(QStringLiteral("steps.ini")), QSettings::IniFormat);
        PlaybackSettings settings(&store);
        QCOMPARE(settings.steppedSpeed(1), 1.25);
        QCOMPARE(settings.steppedSpeed(-2), 0.5);
        QCOMPARE(settings.steppedSpeed(-5), 0.5);
        settings.setSpeed(1.1); // rounds to a notch
        QCOMPARE(settings.speed(), 1.0);
        settings.setSpeed(2.9);
        QCOMPARE(settings.steppedSpeed(1), 3.0);
    }
};

QTEST_GUILESS_MAIN(TestPlaybackSettings)
#include "tst_playbacksettings.moc"
