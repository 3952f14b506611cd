#pragma once

#include <QObject>
#include <QSet>
#include <QTextFormat>
#include <QTextObjectInterface>

// Draws citation markers inside running text as small numbered chips (a QTextDocument object),
// so the text stays selectable and the chips flow with it.
class ChipTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int Type = QTextFormat::UserObject + 1;
    enum Property {
        NumberProperty = QTextFormat::UserProperty + 1,
        IndexProperty,
        HasAudioProperty,
    };

    explicit ChipTextObject(QObject *parent = nullptr);

    // Chips drawn as "playing" / "hovered" (by chip index).
    void setPlaying(const QSet<int> &indexes) { m_playing = indexes; }
    void setHovered(int index) { m_hovered = index; }

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    QSet<int> m_playing;
    int m_hovered = -1;
};
