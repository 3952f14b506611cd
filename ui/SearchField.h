#pragma once

#include <QLineEdit>

class QTimer;

// The window's search field (Ctrl+K): says what was typed, a moment after typing pauses, and
// turns the keys a results list needs (Up, Down, Enter, Ctrl+Enter, Escape) into intents. It
// holds no results; MainWindow searches and SearchResultsPopup shows what was found.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);

    // How long typing must pause before a search starts.
    static constexpr int PauseMs = 120;

Q_SIGNALS:
    void searchRequested(const QString &text); // empty: clear the results
    void moveRequested(int step);              // -1 up, +1 down
    void activateRequested(bool openOnly);     // Enter plays, Ctrl+Enter opens the episode
    void dismissRequested();                   // Escape, or the keyboard went elsewhere

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QTimer *m_pause;
};
