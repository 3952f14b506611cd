#pragma once

#include <QDialog>

class PlaybackSettings;
class QCheckBox;
class QComboBox;
class QSpinBox;

// Preferences: lead-in and lead-out around every clip, playback speed and pre-decoding. Changes
// apply at once (there is nothing to confirm), like the rest of the desktop's settings windows.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(PlaybackSettings &settings, QWidget *parent = nullptr);

    QSpinBox *leadInBox() const { return m_leadIn; }
    QSpinBox *leadOutBox() const { return m_leadOut; }
    QComboBox *speedBox() const { return m_speed; }
    QCheckBox *preloadBox() const { return m_preload; }
    QCheckBox *remoteArtworkBox() const { return m_remoteArtwork; }

private:
    void showSettings();

    PlaybackSettings &m_settings;
    QSpinBox *m_leadIn = nullptr;
    QSpinBox *m_leadOut = nullptr;
    QComboBox *m_speed = nullptr;
    QCheckBox *m_preload = nullptr;
    QCheckBox *m_remoteArtwork = nullptr;
};
