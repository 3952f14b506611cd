#pragma once

#include <QFrame>

class QLabel;
class QTreeView;
class SearchResultModel;
struct SearchHit;

// The results under the search field, grouped by kind: each hit with its episode, its snippet
// (matches in bold) and its span. A child of the window laid over its content, so the field
// keeps the keyboard; it shows the model it is given and emits intents.
class SearchResultsPopup : public QFrame
{
    Q_OBJECT

public:
    SearchResultsPopup(SearchResultModel *model, QWidget *parent);

    // Shows the popup under `anchor` (a widget of the same window), as wide as `width`.
    void showUnder(QWidget *anchor, int width);
    // Moves the current hit by `step`, skipping group headings.
    void moveCurrent(int step);
    const SearchHit *currentHit() const;
    // What to say when there is nothing to list ("No results for …", "Searching…").
    void setMessage(const QString &message);

Q_SIGNALS:
    void hitActivated(const SearchHit &hit, bool openOnly);

private:
    void selectFirstHit();

    SearchResultModel *m_model;
    QTreeView *m_view;
    QLabel *m_message;
};
