#include "TopicPane.h"

#include "BookmarkLook.h"
#include "CitedTextView.h"
#include "Icons.h"
#include "Theme.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

TopicPane::TopicPane(const Topic &topic, const QVector<bool> &citationHasAudio, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(topic.title, this))
    , m_text(new CitedTextView(this))
{
    setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(6);
    m_title->setFont(Theme::scaled(font(), 1.15, true));
    m_title->setAccessibleName(tr("Topic: %1").arg(topic.title));
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    int playable = 0;
    for (bool hasAudio : citationHasAudio)
        playable += hasAudio ? 1 : 0;
    if (playable > 1) {
        m_playAll = new QToolButton(this);
        m_playAll->setObjectName(QStringLiteral("playAll"));
        m_playAll->setText(tr("Play all %1").arg(playable));
        m_playAll->setIcon(Icons::play(Theme::kindColor(ClipKind::Citation)));
        m_playAll->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_playAll->setAutoRaise(true);
        m_playAll->setCursor(Qt::PointingHandCursor);
        m_playAll->setToolTip(tr("Play every citation of \u201c%1\u201d in turn").arg(topic.title));
        connect(m_playAll, &QToolButton::clicked, this, &TopicPane::playAllRequested);
        header->addWidget(m_playAll);
    }
    layout->addLayout(header);

    QVector<CitedTextView::Chip> chips;
    for (int i = 0; i < topic.citations.size(); ++i) {
        const Citation &citation = topic.citations.at(i);
        chips << CitedTextView::Chip {citation.number, citation.textStart, citation.textEnd,
                                      citationHasAudio.value(i)};
    }
    m_text->setFont(Theme::scaled(font(), 1.05));
    m_text->setCitedText(topic.summary, chips);
    m_text->setAccessibleName(tr("Summary of %1").arg(topic.title));
    layout->addWidget(m_text);
    connect(m_text, &CitedTextView::chipActivated, this, &TopicPane::citationActivated);
    connect(m_text, &CitedTextView::chipBookmarkRequested, this,
            &TopicPane::citationBookmarkRequested);
    connect(m_text, &CitedTextView::topicBookmarkRequested, this, &TopicPane::bookmarkRequested);
}

void TopicPane::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(BookmarkLook::ribbonIcon(Theme::accent()), tr("Bookmark Topic\u2026"), this,
                   &TopicPane::bookmarkRequested);
    if (m_playAll)
        menu.addAction(m_playAll->text(), this, &TopicPane::playAllRequested);
    menu.exec(event->globalPos());
}

QString TopicPane::title() const
{
    return m_title->text();
}

void TopicPane::setPlayingCitations(const QVector<int> &indexes)
{
    m_text->setPlayingChips(indexes);
}
