#include "PlayerBar.h"

#include "Icons.h"
#include "Theme.h"
#include "domain/TimeFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

PlayerBar::PlayerBar(QWidget *parent)
    : QFrame(parent)
    , m_playPause(new QToolButton(this))
    , m_stop(new QToolButton(this))
    , m_position(new QLabel(this))
    , m_label(new QLabel(this))
    , m_title(new QLabel(this))
    , m_span(new QLabel(this))
    , m_volume(new QSlider(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("playerBar"));
    setStyleSheet(
            QStringLiteral("#playerBar { background: white; border-top: 1px solid #dfe3e8; }"
                           "#nowLabel { color: #2f6fde; font-weight: bold; }"
                           "#nowLabel[error=\"true\"] { color: #c0392b; }"
                           "#speedButton { font-weight: bold; color: #444b57; padding: 2px 6px; }"
                           "QToolButton:checked { background: #fde2e2; border-radius: 4px; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 18, 8);
    layout->setSpacing(10);

    m_playPause->setIconSize(QSize(36, 36));
    m_playPause->setAutoRaise(true);
    m_playPause->setAccessibleName(tr("Play or pause"));
    m_playPause->setToolTip(tr("Play / pause (Space)"));
    m_stop->setIcon(Icons::stop(QColor(0x55, 0x5c, 0x66)));
    m_stop->setIconSize(QSize(22, 22));
    m_stop->setAutoRaise(true);
    m_stop->setAccessibleName(tr("Stop"));
    m_stop->setToolTip(tr("Stop (Esc)"));
    layout->addWidget(m_playPause);
    layout->addWidget(m_stop);

    m_position->setFont(Theme::scaled(font(), 1.0));
    m_position->setMinimumWidth(
            m_position->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 / 00:00:00")));
    m_position->setAccessibleName(tr("Position"));
    auto *positionColumn = new QVBoxLayout;
    positionColumn->setSpacing(0);
    positionColumn->addWidget(m_position);
    m_status = new QLabel(this);
    m_status->setFont(Theme::scaled(font(), 0.85));
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, Theme::mutedText());
    m_status->setPalette(statusPalette);
    m_status->hide();
    positionColumn->addWidget(m_status);
    layout->addLayout(positionColumn);

    auto *now = new QVBoxLayout;
    now->setSpacing(0);
    auto *topLine = new QHBoxLayout;
    m_label->setObjectName(QStringLiteral("nowLabel"));
    topLine->setSpacing(10);
    topLine->addWidget(m_label);
    m_span->setFont(Theme::scaled(font(), 0.9));
    m_span->setMinimumWidth(QFontMetrics(m_span->font())
                                    .horizontalAdvance(QStringLiteral("00:00:00\u201300:00:00")));
    QPalette muted = m_span->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText());
    m_span->setPalette(muted);
    topLine->addWidget(m_span);
    topLine->addStretch();
    now->addLayout(topLine);
    m_title->setMinimumWidth(100);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    now->addWidget(m_title);
    layout->addLayout(now, 1);

    m_speed = new QToolButton(this);
    m_speed->setObjectName(QStringLiteral("speedButton"));
    m_speed->setPopupMode(QToolButton::InstantPopup);
    m_speed->setAutoRaise(true);
    m_speed->setToolTip(tr("Playback speed, pitch kept (< and >)"));
    m_speed->setAccessibleName(tr("Playback speed"));
    auto *speeds = new QMenu(m_speed);
    for (double speed : {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0}) {
        speeds->addAction(QStringLiteral("%1\u00d7").arg(speed, 0, 'g', 3), this,
                          [this, speed] { Q_EMIT speedRequested(speed); });
    }
    m_speed->setMenu(speeds);
    layout->addWidget(m_speed);
    m_mute = new QToolButton(this);
    m_mute->setCheckable(true);
    m_mute->setAutoRaise(true);
    m_mute->setIcon(Icons::volume(QColor(0x55, 0x5c, 0x66)));
    m_mute->setToolTip(tr("Mute"));
    m_mute->setAccessibleName(tr("Mute"));
    layout->addWidget(m_mute);
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setFixedWidth(110);
    m_volume->setAccessibleName(tr("Volume"));
    layout->addWidget(m_volume);

    connect(m_playPause, &QToolButton::clicked, this, &PlayerBar::playPauseClicked);
    connect(m_stop, &QToolButton::clicked, this, &PlayerBar::stopClicked);
    connect(m_mute, &QToolButton::toggled, this, &PlayerBar::muteToggled);
    connect(m_volume, &QSlider::valueChanged, this,
            [this](int value) { Q_EMIT volumeChanged(float(value) / 100.0f); });

    setPlaying(false);
    setSpeed(1.0);
    setHasMedia(false);
    setPosition(-1, -1);
    clearNowPlaying();
}

void PlayerBar::setPlaying(bool playing)
{
    m_playing = playing;
    m_playPause->setIcon(playing ? Icons::pause(Theme::accent()) : Icons::play(Theme::accent()));
}

void PlayerBar::setHasMedia(bool hasMedia)
{
    m_playPause->setEnabled(hasMedia);
    m_stop->setEnabled(hasMedia);
}

void PlayerBar::setPosition(qint64 positionMs, qint64 durationMs)
{
    const QString position
            = positionMs >= 0 ? TimeFormat::clock(positionMs) : QStringLiteral("–:––");
    const QString duration
            = durationMs >= 0 ? TimeFormat::clock(durationMs) : QStringLiteral("–:––");
    m_position->setText(position + QStringLiteral(" / ") + duration);
}

void PlayerBar::setNowPlaying(const QString &label, const QString &title, qint64 startMs,
                              qint64 endMs)
{
    m_label->setProperty("error", false);
    m_label->style()->polish(m_label);
    m_label->setText(label);
    m_span->setText(TimeFormat::span(startMs, endMs));
    setTitle(title);
}

void PlayerBar::clearNowPlaying()
{
    m_label->setProperty("error", false);
    m_label->style()->polish(m_label);
    m_label->setText(tr("Nothing playing"));
    m_span->clear();
    setTitle(tr("Click a citation number, a clip or a marker on the timeline."));
}

void PlayerBar::showError(const QString &message)
{
    m_label->setProperty("error", true);
    m_label->style()->polish(m_label);
    m_label->setText(tr("Cannot play"));
    m_span->clear();
    setTitle(message);
}

void PlayerBar::setSpeed(double speed)
{
    m_speed->setText(QStringLiteral("%1\u00d7").arg(speed, 0, 'g', 3));
}

void PlayerBar::setVolume(float volume)
{
    const QSignalBlocker blocker(m_volume);
    m_volume->setValue(qRound(volume * 100));
}

void PlayerBar::setMuted(bool muted)
{
    const QSignalBlocker blocker(m_mute);
    m_mute->setChecked(muted);
    m_mute->setToolTip(muted ? tr("Unmute") : tr("Mute"));
    m_volume->setEnabled(!muted);
}

void PlayerBar::setStatus(const QString &status)
{
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

void PlayerBar::setTitle(const QString &title)
{
    m_fullTitle = title;
    m_title->setToolTip(title);
    elideTitle();
}

void PlayerBar::elideTitle()
{
    m_title->setText(m_title->fontMetrics().elidedText(m_fullTitle, Qt::ElideRight,
                                                       std::max(40, m_title->width())));
}

void PlayerBar::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    elideTitle();
}

QString PlayerBar::positionText() const
{
    return m_position->text();
}

QString PlayerBar::nowPlayingText() const
{
    return m_label->text() + QLatin1Char(' ') + m_span->text() + QLatin1Char(' ') + m_fullTitle;
}
