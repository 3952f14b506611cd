#pragma once

#include <QVariant>
#include <QWidget>

#include <functional>

class EpisodeListFilter;
class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

// The row under the episode filter field: a Sort menu and a Filter menu (has transcript, has
// bookmarks, guest, date and length buckets) acting on an EpisodeListFilter, and, while anything
// narrows the list, a chip saying what ("Filtered: … · Clear").
class EpisodeFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit EpisodeFilterBar(EpisodeListFilter *filter, QWidget *parent = nullptr);

    QToolButton *sortButton() const { return m_sortButton; }
    QToolButton *filterButton() const { return m_filterButton; }
    QMenu *sortMenu() const { return m_sortMenu; }
    QMenu *filterMenu() const { return m_filterMenu; }
    QLineEdit *guestField() const { return m_guest; }
    // The chip's text, elided to one line; its tooltip holds the whole "Filtered: …".
    QLabel *summaryLabel() const { return m_summary; }
    QToolButton *clearButton() const { return m_clear; }

    // Shows the guest field and puts the keyboard in it.
    void editGuest();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildSortMenu();
    void buildFilterMenu();
    QActionGroup *addBuckets(QMenu *menu, const QList<QPair<QString, QVariant>> &buckets,
                             const std::function<void(const QVariant &)> &apply);
    void syncToFilter();
    void elideSummary();

    EpisodeListFilter *m_filter = nullptr;
    QToolButton *m_sortButton = nullptr;
    QToolButton *m_filterButton = nullptr;
    QMenu *m_sortMenu = nullptr;
    QMenu *m_filterMenu = nullptr;
    QActionGroup *m_sortGroup = nullptr;
    QActionGroup *m_dateGroup = nullptr;
    QActionGroup *m_lengthGroup = nullptr;
    QAction *m_transcript = nullptr;
    QAction *m_bookmarks = nullptr;
    QLineEdit *m_guest = nullptr;
    QWidget *m_chip = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_clear = nullptr;
};
