#pragma once

#include <QFrame>

class QLabel;
class QSlider;
class QToolButton;

// The player bar: play/pause, stop, the position within the episode, the playing clip's title and
// span, and the volume. It shows what it is told and emits what the user asks for.
class PlayerBar : public QFrame
{
    Q_OBJECT

public:
    explicit PlayerBar(QWidget *parent = nullptr);

    void setPlaying(bool playing);
    void setHasMedia(bool hasMedia);
    void setPosition(qint64 positionMs, qint64 durationMs);
    // What plays: e.g. "Citation 4", the clip's title, and its span.
    void setNowPlaying(const QString &label, const QString &title, qint64 startMs, qint64 endMs);
    void clearNowPlaying();
    void showError(const QString &message);
    void setSpeed(double speed);
    void setVolume(float volume);
    void setMuted(bool muted);
    // A short note beside the position ("Buffering…", "Downloading 40 %"); empty hides it.
    void setStatus(const QString &status);

    QString positionText() const;
    QString nowPlayingText() const;
    QToolButton *playPauseButton() const { return m_playPause; }
    QToolButton *speedButton() const { return m_speed; }
    QToolButton *muteButton() const { return m_mute; }

Q_SIGNALS:
    void playPauseClicked();
    void stopClicked();
    void volumeChanged(float linearVolume);
    void muteToggled(bool muted);
    void speedRequested(double speed);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setTitle(const QString &title);
    void elideTitle();

    QToolButton *m_playPause = nullptr;
    QToolButton *m_stop = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_label = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_span = nullptr;
    QSlider *m_volume = nullptr;
    QToolButton *m_mute = nullptr;
    QToolButton *m_speed = nullptr;
    QLabel *m_status = nullptr;
    bool m_playing = false;
    QString m_fullTitle;
};
