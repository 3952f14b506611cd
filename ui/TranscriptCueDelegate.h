#pragma once

#include <QStyledItemDelegate>

// Draws one transcript cue: its time, the speaker when it changes, the text wrapped to the
// pane's width with find matches marked; the cue being said and the find match shown stand out.
class TranscriptCueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setFindText(const QString &text) { m_findText = text; }
    void setCurrentMatchRow(int row) { m_currentMatchRow = row; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString m_findText;
    int m_currentMatchRow = -1;
};
