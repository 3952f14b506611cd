#pragma once

#include <QPushButton>

// A flat link-like button whose text is shortened with "…" to the room it has, so long titles
// never force the page wider than the window; the whole text is in its tooltip.
class ElidingButton : public QPushButton
{
    Q_OBJECT

public:
    explicit ElidingButton(const QString &text, QWidget *parent = nullptr);

    QString fullText() const { return m_text; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_text;
};
