#include "PlaybackActions.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace {

const qint64 shortSeekMs = 5000;
const qint64 longSeekMs = 10000;

} // namespace

PlaybackActions::PlaybackActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_shortcuts << Shortcut {QString(), tr("Playback")};
    connect(add(tr("&Play / Pause"), {Qt::Key_Space}, tr("Play or pause")), &QAction::triggered,
            this, &PlaybackActions::playPauseRequested);
    connect(add(tr("&Stop"), {Qt::Key_Escape}, tr("Stop")), &QAction::triggered, this,
            &PlaybackActions::stopRequested);
    m_menuActions << nullptr;
    connect(add(tr("P&revious Clip"), {Qt::Key_BracketLeft}, tr("Previous clip")),
            &QAction::triggered, this, &PlaybackActions::previousClipRequested);
    connect(add(tr("&Next Clip"), {Qt::Key_BracketRight}, tr("Next clip")), &QAction::triggered,
            this, &PlaybackActions::nextClipRequested);
    m_menuActions << nullptr;
    connect(add(tr("&Back 5 Seconds"), {Qt::Key_Left}, tr("Back 5 seconds")), &QAction::triggered,
            this, [this] { Q_EMIT seekByRequested(-shortSeekMs); });
    connect(add(tr("&Forward 5 Seconds"), {Qt::Key_Right}, tr("Forward 5 seconds")),
            &QAction::triggered, this, [this] { Q_EMIT seekByRequested(shortSeekMs); });
    connect(add(tr("Back 10 Seconds"), {Qt::Key_J}, tr("Back 10 seconds")), &QAction::triggered,
            this, [this] { Q_EMIT seekByRequested(-longSeekMs); });
    connect(add(tr("Pause"), {Qt::Key_K}, tr("Pause")), &QAction::triggered, this,
            &PlaybackActions::pauseRequested);
    connect(add(tr("Forward 10 Seconds"), {Qt::Key_L}, tr("Forward 10 seconds")),
            &QAction::triggered, this, [this] { Q_EMIT seekByRequested(longSeekMs); });
    m_menuActions << nullptr;
    connect(add(tr("S&lower"), {Qt::Key_Less, QKeySequence(Qt::SHIFT | Qt::Key_Less)},
                tr("Slower (speed \u2212 0.25\u00d7)")),
            &QAction::triggered, this, [this] { Q_EMIT speedStepRequested(-1); });
    connect(add(tr("F&aster"), {Qt::Key_Greater, QKeySequence(Qt::SHIFT | Qt::Key_Greater)},
                tr("Faster (speed + 0.25\u00d7)")),
            &QAction::triggered, this, [this] { Q_EMIT speedStepRequested(1); });
    m_menuActions << nullptr;

    // 1-9: the citation with that number, in the topic being read.
    for (int number = 1; number <= 9; ++number) {
        auto *action = new QAction(tr("Play Citation %1").arg(number), this);
        action->setShortcut(QKeySequence(Qt::Key_0 + number));
        action->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, number] { Q_EMIT citationRequested(number); });
    }
    m_shortcuts << Shortcut {QStringLiteral("1 \u2013 9"),
                             tr("Play citation 1\u20139 of the topic you are reading")};

    connect(add(tr("&Keyboard Shortcuts"),
                {QKeySequence(Qt::Key_Question), QKeySequence(Qt::SHIFT | Qt::Key_Question)},
                tr("Show these shortcuts")),
            &QAction::triggered, this, &PlaybackActions::shortcutsRequested);
}

QAction *PlaybackActions::add(const QString &text, const QList<QKeySequence> &keys,
                              const QString &description)
{
    auto *action = new QAction(text, this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    m_menuActions << action;
    // Shift variants (keyboards type "?" and "<" with Shift) are not listed separately; arrows
    // are shown as arrows.
    QString name = keys.constFirst().toString(QKeySequence::NativeText);
    if (keys.constFirst() == QKeySequence(Qt::Key_Left))
        name = QStringLiteral("\u2190");
    else if (keys.constFirst() == QKeySequence(Qt::Key_Right))
        name = QStringLiteral("\u2192");
    m_shortcuts << Shortcut {name, description};
    return action;
}

void PlaybackActions::fillMenu(QMenu *menu) const
{
    for (QAction *action : m_menuActions) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
}

QVector<PlaybackActions::Shortcut> PlaybackActions::shortcuts() const
{
    return m_shortcuts;
}
