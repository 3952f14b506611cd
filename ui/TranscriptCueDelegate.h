#pragma once

#include <QStyledItemDelegate>
#include <QVector>

// Draws one transcript cue: its time, the speaker when it changes, the text wrapped to the
// pane's width with find matches marked; the cue being said and the find match shown stand out.
// Heights are kept per row for the current width: the list lays every row out again whenever a
// row changes (the current cue, find), and thousands of cues must not be measured each time.
class TranscriptCueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setFindText(const QString &text) { m_findText = text; }
    void setCurrentMatchRow(int row) { m_currentMatchRow = row; }
    // Forgets the kept heights (the cues were replaced).
    void clearSizes();

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString m_findText;
    int m_currentMatchRow = -1;
    mutable QVector<int> m_heights; // by row, -1 unknown, for m_heightsWidth
    mutable int m_heightsWidth = -1;
};
