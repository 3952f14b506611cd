#pragma once

#include <QKeySequence>
#include <QObject>
#include <QVector>

class QAction;
class QMenu;
class QWidget;

// Every keyboard command of the player in one place: the actions (with their shortcuts) for the
// Playback menu and the window, and the list the shortcuts overlay shows, so the two never differ.
class PlaybackActions : public QObject
{
    Q_OBJECT

public:
    struct Shortcut
    {
        QString keys;
        QString description;
    };

    // Adds the actions to `window` (so their shortcuts work anywhere in it).
    explicit PlaybackActions(QWidget *window);

    void fillMenu(QMenu *menu) const;
    QVector<Shortcut> shortcuts() const;

Q_SIGNALS:
    void playPauseRequested();
    void pauseRequested();
    void stopRequested();
    void previousClipRequested();
    void nextClipRequested();
    void seekByRequested(qint64 deltaMs);
    void speedStepRequested(int steps); // +1 faster, -1 slower
    void citationRequested(int number); // 1-9
    void shortcutsRequested();

private:
    QAction *add(const QString &text, const QList<QKeySequence> &keys, const QString &description);

    QWidget *m_window = nullptr;
    QVector<QAction *> m_menuActions;
    QVector<Shortcut> m_shortcuts;
};
