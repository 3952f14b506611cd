#pragma once

#include <QTextBrowser>
#include <QVector>

class ChipTextObject;

// A topic summary with its citation markers drawn as clickable numbered chips. Hovering a chip
// underlines the sentence it backs; the playing citation's sentence stays marked while it plays.
class CitedTextView : public QTextBrowser
{
    Q_OBJECT

public:
    struct Chip
    {
        int number = 0;
        int textStart = 0; // the sentence it backs, as offsets into the summary
        int textEnd = 0;   // the chip is drawn here
        bool hasAudio = false;
    };

    explicit CitedTextView(QWidget *parent = nullptr);

    void setCitedText(const QString &summary, const QVector<Chip> &chips);
    int chipCount() const { return int(m_chips.size()); }
    // Where chip `index` is drawn, in viewport coordinates (for tests and accessibility).
    QRect chipRect(int index) const;
    // Marks the chips (by index) whose clip is playing, and their sentences.
    void setPlayingChips(const QVector<int> &indexes);
    // The chip the keyboard is on (Tab selects one), else the one whose sentence holds the cursor
    // or the selection; -1 when the view has no focus or the cursor is in no cited sentence.
    int focusedChip() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void chipActivated(int index);
    // From the context menu: bookmark the chip's insight, or the whole topic.
    void chipBookmarkRequested(int index);
    void topicBookmarkRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void onHighlighted(const QUrl &url);
    void onAnchorClicked(const QUrl &url);
    int documentPosition(int chipIndex) const;
    // The chip whose sentence (or the chip itself) is at document position `position`, or -1.
    int chipAtPosition(int position) const;
    int toDocument(int summaryOffset) const;
    void updateSentenceMarks();
    void fitHeight();

    ChipTextObject *m_chipObject = nullptr;
    QVector<Chip> m_chips;
    QVector<int> m_chipPositions; // document position of each chip's object character
    QVector<int> m_playing;
    int m_hovered = -1;
};
