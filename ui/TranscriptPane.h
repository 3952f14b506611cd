#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QToolButton;
class TranscriptCueDelegate;
class TranscriptModel;

// The synced transcript beside the episode page: every cue with its time and speaker, the cue
// being said highlighted and kept in view while playing, find with next/previous and a match
// count (Ctrl+F while the pane has focus). Clicking a cue, or Enter on it, asks to play from its
// start; the pane plays nothing itself.
class TranscriptPane : public QWidget
{
    Q_OBJECT

public:
    explicit TranscriptPane(TranscriptModel *model, QWidget *parent = nullptr);

    // A line under the title: where the transcript came from, how many cues.
    void setSourceText(const QString &text);

    QListView *view() const { return m_view; }
    QLineEdit *findField() const { return m_find; }
    QLabel *matchLabel() const { return m_count; }
    QToolButton *nextButton() const { return m_next; }
    QToolButton *previousButton() const { return m_previous; }
    // The row of the find match shown now, -1 when there is none.
    int currentMatchRow() const;

public Q_SLOTS:
    void findNext();
    void findPrevious();
    void focusFind();

Q_SIGNALS:
    void cueActivated(qint64 startMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFindTextChanged(const QString &text);
    void onCurrentCueChanged(int row);
    void showMatch(int matchIndex);
    void updateCount();

    TranscriptModel *m_model = nullptr;
    TranscriptCueDelegate *m_delegate = nullptr;
    QLabel *m_source = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QListView *m_view = nullptr;
    int m_match = -1; // index into the model's matches
};
