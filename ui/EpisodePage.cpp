#include "EpisodePage.h"

#include "ChapterSection.h"
#include "CitedTextView.h"
#include "ClipRow.h"
#include "DescriptionSection.h"
#include "ElidingButton.h"
#include "Icons.h"
#include "PersonsSection.h"
#include "SoundbiteSection.h"
#include "Theme.h"
#include "TopicPane.h"
#include "domain/Counted.h"
#include "domain/TimeFormat.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QLabel *mutedLabel(const QString &text, QWidget *parent, qreal scale = 1.0, bool wrap = true)
{
    auto *label = new QLabel(text, parent);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, Theme::mutedText());
    label->setPalette(palette);
    label->setFont(Theme::scaled(label->font(), scale));
    label->setWordWrap(wrap);
    return label;
}

} // namespace

EpisodePage::EpisodePage(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("episodePage"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setStyleSheet(QStringLiteral(
            "#episodePage, #pageBody { background: #f6f7f9; }"
            "#card { background: white; border: 1px solid #e2e5ea; border-radius: 10px; }"
            "#clipRow { border-radius: 6px; }"
            "#clipRow:hover { background: #f1f5fd; }"
            "#clipRow[playing=\"true\"] { background: #fdecd8; }"
            "#notice { background: #eef4ff; border: 1px solid #cfdcf7; border-radius: 8px; "
            "  padding: 8px 12px; color: #28467a; }"
            "QPushButton#related { text-align: left; border: none; padding: 6px 8px; "
            "  border-radius: 6px; color: #2f6fde; }"
            "QPushButton#related:hover { background: #f1f5fd; }"
            "QPushButton#related:disabled { color: #8a9099; }"
            "QToolButton#playAll { border: none; padding: 3px 8px; border-radius: 6px; "
            "  color: #444b57; }"
            "QToolButton#playAll:hover { background: #e6eefc; }"));
    showPlaceholder(tr("Select an episode"));
}

void EpisodePage::clearPage()
{
    m_lastTopic = -1;
    m_topics.clear();
    m_rows.clear();
    m_description = nullptr;
    m_chapters = nullptr;
    m_soundbites = nullptr;
    m_persons = nullptr;
    m_body = new QWidget;
    m_body->setObjectName(QStringLiteral("pageBody"));
    m_layout = new QVBoxLayout(m_body);
    m_layout->setContentsMargins(32, 24, 32, 32);
    m_layout->setSpacing(10);
    setWidget(m_body); // deletes the previous page
}

void EpisodePage::showPlaceholder(const QString &message)
{
    clearPage();
    m_content = EpisodeContent();
    auto *label = mutedLabel(message, m_body, 1.3);
    label->setAlignment(Qt::AlignCenter);
    m_layout->addStretch();
    m_layout->addWidget(label);
    m_layout->addStretch();
}

void EpisodePage::setContent(const EpisodeContent &content)
{
    clearPage();
    m_content = content;
    addHeader(content);
    if (content.episode.knownOnlyByTitle) {
        auto *note = new QLabel(tr("This episode is known only by its title: it appeared as a "
                                   "related episode on another page. Import its page or pack to "
                                   "see its topics and hear its clips."),
                                m_body);
        note->setObjectName(QStringLiteral("notice"));
        note->setWordWrap(true);
        m_layout->addWidget(note);
    }
    addTopics(content);
    addFeedSections(content);
    addClipSection(content);
    addHighlights(content);
    addQuestions(content);
    addRelated(content);
    m_layout->addStretch();
    verticalScrollBar()->setValue(0);
}

void EpisodePage::addHeader(const EpisodeContent &content)
{
    const Episode &episode = content.episode;
    QStringList kicker;
    if (episode.number >= 0)
        kicker << tr("EPISODE %1").arg(episode.number);
    if (!episode.show.isEmpty())
        kicker << episode.show.toUpper();
    if (!kicker.isEmpty()) {
        auto *label = mutedLabel(kicker.join(QStringLiteral("  \u00b7  ")), m_body, 0.85);
        label->setFont(Theme::scaled(font(), 0.85, true));
        m_layout->addWidget(label);
    }
    auto *title = new QLabel(episode.title, m_body);
    title->setFont(Theme::scaled(font(), 1.7, true));
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(title);

    QStringList facts;
    if (!episode.guests.isEmpty())
        facts << tr("with %1").arg(episode.guests.join(QStringLiteral(", ")));
    if (episode.durationMs >= 0)
        facts << TimeFormat::duration(episode.durationMs);
    if (episode.questionsAnswered >= 0)
        facts << tr("answers %1")
                         .arg(counted(episode.questionsAnswered, tr("question"), tr("questions")));
    int citations = 0;
    for (const Topic &topic : content.topics)
        citations += int(topic.citations.size());
    if (citations > 0)
        facts << counted(citations, tr("citation"), tr("citations"));
    if (!facts.isEmpty())
        m_layout->addWidget(mutedLabel(facts.join(QStringLiteral("  \u00b7  ")), m_body, 1.0));
    if (!episode.description.isEmpty() && episode.descriptionHtml.isEmpty()) {
        auto *notice = new QLabel(episode.description, m_body);
        notice->setObjectName(QStringLiteral("notice"));
        notice->setWordWrap(true);
        m_layout->addSpacing(4);
        m_layout->addWidget(notice);
    }
    if (!episode.knownOnlyByTitle && episode.audio.isNull() && !content.topics.isEmpty())
        m_layout->addWidget(mutedLabel(tr("No audio for this episode yet: citations cannot be "
                                          "played."),
                                       m_body));
}

void EpisodePage::addSectionTitle(const QString &title, const QString &subtitle,
                                  std::optional<ClipKind> playAll, int playable)
{
    m_layout->addSpacing(14);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(title.toUpper(), m_body);
    label->setFont(Theme::scaled(font(), 0.9, true));
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0x44, 0x4b, 0x57));
    label->setPalette(palette);
    row->addWidget(label);
    if (!subtitle.isEmpty())
        row->addWidget(mutedLabel(subtitle, m_body, 0.9, false));
    row->addStretch();
    if (playAll && playable > 1) {
        auto *button = new QToolButton(m_body);
        button->setObjectName(QStringLiteral("playAll"));
        button->setText(tr("Play all %1").arg(playable));
        button->setIcon(Icons::play(Theme::kindColor(*playAll)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QToolButton::clicked, this,
                [this, kind = *playAll] { Q_EMIT kindPlayAllRequested(kind); });
        row->addWidget(button);
    }
    m_layout->addLayout(row);
}

QVBoxLayout *EpisodePage::addCard()
{
    auto *card = new QFrame(m_body);
    card->setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(0);
    m_layout->addWidget(card);
    return layout;
}

void EpisodePage::addTopics(const EpisodeContent &content)
{
    if (content.topics.isEmpty())
        return;
    addSectionTitle(tr("Topics covered"), tr("click a number to hear the seconds behind it"));
    for (int t = 0; t < content.topics.size(); ++t) {
        const Topic &topic = content.topics.at(t);
        QVector<bool> hasAudio;
        for (const Citation &citation : topic.citations)
            hasAudio << (citation.clipId != 0 && !content.episode.audio.isNull());
        auto *pane = new TopicPane(topic, hasAudio, m_body);
        connect(pane, &TopicPane::playAllRequested, this, [this, t] {
            m_lastTopic = t;
            Q_EMIT topicPlayAllRequested(t);
        });
        connect(pane, &TopicPane::citationActivated, this, [this, t](int citation) {
            m_lastTopic = t;
            Q_EMIT citationActivated(t, citation);
        });
        connect(pane, &TopicPane::citationBookmarkRequested, this,
                [this, t](int citation) { Q_EMIT citationBookmarkRequested(t, citation); });
        connect(pane, &TopicPane::bookmarkRequested, this,
                [this, t] { Q_EMIT topicBookmarkRequested(t); });
        m_topics << pane;
        m_layout->addWidget(pane);
    }
}

ClipRow *EpisodePage::addRow(QVBoxLayout *layout, ClipKind kind, const QString &text,
                             const Clip *clip)
{
    const bool playable = clip && !m_content.episode.audio.isNull();
    auto *row = new ClipRow(kind, text, playable ? clip->id : 0, clip ? clip->startMs : 0,
                            clip ? clip->endMs : 0, m_body);
    connect(row, &ClipRow::playRequested, this, &EpisodePage::clipActivated);
    if (clip) {
        row->setBookmarkClip(clip->id);
        connect(row, &ClipRow::bookmarkRequested, this, &EpisodePage::clipBookmarkRequested);
    }
    layout->addWidget(row);
    m_rows << row;
    return row;
}

void EpisodePage::addClipSection(const EpisodeContent &content)
{
    QVector<const Clip *> popular;
    for (const Clip &clip : content.clips) {
        if (clip.kind == ClipKind::Popular)
            popular << &clip;
    }
    if (popular.isEmpty())
        return;
    addSectionTitle(tr("Popular clips"), QString(), ClipKind::Popular,
                    m_content.episode.audio.isNull() ? 0 : int(popular.size()));
    QVBoxLayout *card = addCard();
    for (const Clip *clip : std::as_const(popular))
        addRow(card, ClipKind::Popular, clip->title, clip);
}

void EpisodePage::addHighlights(const EpisodeContent &content)
{
    if (content.highlights.isEmpty())
        return;
    int playable = 0;
    for (const Highlight &highlight : content.highlights)
        playable += highlight.clipId != 0 && !content.episode.audio.isNull() ? 1 : 0;
    addSectionTitle(tr("Episode highlights"), QString(), ClipKind::Highlight, playable);
    QVBoxLayout *card = addCard();
    for (const Highlight &highlight : content.highlights)
        addRow(card, ClipKind::Highlight, highlight.text, content.clipById(highlight.clipId));
}

void EpisodePage::addQuestions(const EpisodeContent &content)
{
    if (content.questions.isEmpty())
        return;
    int playable = 0;
    for (const Question &question : content.questions)
        playable += question.clipId != 0 && !content.episode.audio.isNull() ? 1 : 0;
    addSectionTitle(tr("Questions answered"), tr("play the answer"), ClipKind::Question, playable);
    QVBoxLayout *card = addCard();
    for (const Question &question : content.questions)
        addRow(card, ClipKind::Question, question.text, content.clipById(question.clipId));
}

void EpisodePage::addRelated(const EpisodeContent &content)
{
    if (content.related.isEmpty())
        return;
    addSectionTitle(tr("Related episodes"));
    QVBoxLayout *card = addCard();
    for (const RelatedEpisode &related : content.related) {
        auto *row = new QWidget(m_body);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 8, 0);
        const QString title = related.number >= 0
                ? tr("Ep %1: %2").arg(related.number).arg(related.title)
                : related.title;
        auto *button = new ElidingButton(title, row);
        button->setObjectName(QStringLiteral("related"));
        button->setFlat(true);
        button->setEnabled(related.episodeId != 0);
        button->setCursor(Qt::PointingHandCursor);
        button->setToolTip(
                title + QLatin1Char('\n')
                + (related.episodeId != 0 ? tr("Open this episode") : tr("Not in the library")));
        connect(button, &QPushButton::clicked, this,
                [this, id = related.episodeId] { Q_EMIT relatedActivated(id); });
        layout->addWidget(button, 1);
        if (related.questionsAnswered >= 0)
            layout->addWidget(mutedLabel(tr("Answers %1")
                                                 .arg(counted(related.questionsAnswered,
                                                              tr("question"), tr("questions"))),
                                         row, 0.9, false));
        card->addWidget(row);
    }
}

void EpisodePage::addFeedSections(const EpisodeContent &content)
{
    const int playable = content.episode.audio.isNull() ? 0 : 1;
    if (!content.episode.descriptionHtml.isEmpty()) {
        addSectionTitle(tr("Show notes"));
        m_description = new DescriptionSection(content.episode.descriptionHtml,
                                               content.episode.link, m_body);
        connect(m_description, &DescriptionSection::linkActivated, this,
                &EpisodePage::linkActivated);
        m_layout->addWidget(m_description);
    }
    if (const auto chapters = ChapterSection::chapters(content); !chapters.isEmpty()) {
        addSectionTitle(tr("Chapters"), tr("click a chapter to hear it"), ClipKind::Chapter,
                        playable * int(chapters.size()));
        m_chapters = new ChapterSection(content, m_body);
        connect(m_chapters, &ChapterSection::chapterActivated, this, &EpisodePage::clipActivated);
        connect(m_chapters, &ChapterSection::linkActivated, this, &EpisodePage::linkActivated);
        m_layout->addWidget(m_chapters);
    }
    if (const auto soundbites = SoundbiteSection::soundbites(content); !soundbites.isEmpty()) {
        addSectionTitle(tr("Soundbites"), tr("picked by the show to share"), ClipKind::Soundbite,
                        playable * int(soundbites.size()));
        m_soundbites = new SoundbiteSection(content, m_body);
        connect(m_soundbites, &SoundbiteSection::clipActivated, this, &EpisodePage::clipActivated);
        m_layout->addWidget(m_soundbites);
    }
    if (PersonsSection::addsToHeader(content.episode.persons)) {
        addSectionTitle(tr("People"));
        m_persons = new PersonsSection(content.episode.persons, m_body);
        connect(m_persons, &PersonsSection::linkActivated, this, &EpisodePage::linkActivated);
        m_layout->addWidget(m_persons);
    }
}

int EpisodePage::readingTopic() const
{
    const QRect visible(QPoint(0, verticalScrollBar()->value()), viewport()->size());
    if (m_lastTopic >= 0 && m_lastTopic < m_topics.size()
        && m_topics.at(m_lastTopic)->geometry().intersects(visible))
        return m_lastTopic;
    for (int t = 0; t < m_topics.size(); ++t) {
        if (m_topics.at(t)->geometry().intersects(visible))
            return t;
    }
    return m_topics.isEmpty() ? -1 : 0;
}

std::optional<std::pair<int, int>> EpisodePage::focusedCitation() const
{
    for (int t = 0; t < m_topics.size(); ++t) {
        const int chip = m_topics.at(t)->textView()->focusedChip();
        if (chip >= 0)
            return std::make_pair(t, chip);
    }
    return std::nullopt;
}

void EpisodePage::setPlayingClip(qint64 clipId)
{
    for (int t = 0; t < m_topics.size(); ++t) {
        QVector<int> playing;
        const Topic &topic = m_content.topics.at(t);
        for (int c = 0; c < topic.citations.size(); ++c) {
            if (clipId != 0 && topic.citations.at(c).clipId == clipId)
                playing << c;
        }
        m_topics.at(t)->setPlayingCitations(playing);
    }
    for (ClipRow *row : std::as_const(m_rows))
        row->setPlaying(clipId != 0 && row->clipId() == clipId);
    if (m_chapters)
        m_chapters->setPlayingClip(clipId);
    if (m_soundbites)
        m_soundbites->setPlayingClip(clipId);
}
