#pragma once

#include "domain/EpisodeContent.h"

#include <QScrollArea>

#include <QUrl>
#include <QVector>
#include <optional>
#include <utility>

class ChapterSection;
class ClipRow;
class DescriptionSection;
class PersonsSection;
class SoundbiteSection;
class QVBoxLayout;
class TopicPane;

// The centre of the window: an episode's page — header, Topics covered (with citation chips),
// Popular clips, Episode highlights, Questions answered and Related episodes. It only renders the
// content it is given and emits what the user asked for.
class EpisodePage : public QScrollArea
{
    Q_OBJECT

public:
    explicit EpisodePage(QWidget *parent = nullptr);

    void setContent(const EpisodeContent &content);
    void showPlaceholder(const QString &message);
    // Marks what belongs to the clip that is playing (0: nothing plays).
    void setPlayingClip(qint64 clipId);

    int topicCount() const { return int(m_topics.size()); }
    // The topic being read: the one last clicked in, else the first one in view; -1 if none.
    int readingTopic() const;
    // The citation whose chip or sentence has the keyboard focus: {topic, citation}, if any.
    std::optional<std::pair<int, int>> focusedCitation() const;
    TopicPane *topicPane(int index) const { return m_topics.value(index); }
    QVector<ClipRow *> clipRows() const { return m_rows; }
    // Feed episodes' sections; null when the episode has none of that.
    DescriptionSection *descriptionSection() const { return m_description; }
    ChapterSection *chapterSection() const { return m_chapters; }
    SoundbiteSection *soundbiteSection() const { return m_soundbites; }
    PersonsSection *personsSection() const { return m_persons; }

Q_SIGNALS:
    void citationActivated(int topicIndex, int citationIndex);
    // Play every citation of a topic, every clip of a kind (popular, highlights, answers) in turn.
    void topicPlayAllRequested(int topicIndex);
    void kindPlayAllRequested(ClipKind kind);
    void clipActivated(qint64 clipId);
    void relatedActivated(qint64 episodeId);
    // Bookmark this (context menus, the clip rows' bookmark buttons).
    void citationBookmarkRequested(int topicIndex, int citationIndex);
    void topicBookmarkRequested(int topicIndex);
    void clipBookmarkRequested(qint64 clipId);
    // A link in show notes, a chapter or a person: for the browser, never opened inside.
    void linkActivated(const QUrl &url);

private:
    void clearPage();
    void addHeader(const EpisodeContent &content);
    // A section heading, optionally with a "play all" button for clips of `kind`.
    void addSectionTitle(const QString &title, const QString &subtitle = QString(),
                         std::optional<ClipKind> playAll = std::nullopt, int playable = 0);
    void addTopics(const EpisodeContent &content);
    void addClipSection(const EpisodeContent &content);
    void addHighlights(const EpisodeContent &content);
    void addQuestions(const EpisodeContent &content);
    void addRelated(const EpisodeContent &content);
    // Show notes, chapters, soundbites and people of a feed episode (nothing for pages, packs).
    void addFeedSections(const EpisodeContent &content);
    ClipRow *addRow(QVBoxLayout *layout, ClipKind kind, const QString &text, const Clip *clip);
    QVBoxLayout *addCard();

    QWidget *m_body = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QVector<TopicPane *> m_topics;
    QVector<ClipRow *> m_rows;
    DescriptionSection *m_description = nullptr;
    ChapterSection *m_chapters = nullptr;
    SoundbiteSection *m_soundbites = nullptr;
    PersonsSection *m_persons = nullptr;
    EpisodeContent m_content;
    int m_lastTopic = -1;
};
