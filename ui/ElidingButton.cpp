#include "ElidingButton.h"

#include <QResizeEvent>

ElidingButton::ElidingButton(const QString &text, QWidget *parent)
    : QPushButton(text, parent)
    , m_text(text)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setAccessibleName(text);
}

QSize ElidingButton::minimumSizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(QStringLiteral("Ep 00: \u2026")),
                 QPushButton::minimumSizeHint().height());
}

void ElidingButton::resizeEvent(QResizeEvent *event)
{
    QPushButton::resizeEvent(event);
    elide();
}

void ElidingButton::elide()
{
    // The style sheet's padding is 8 px on each side.
    const QString shown
            = fontMetrics().elidedText(m_text, Qt::ElideRight, std::max(0, width() - 18));
    if (shown != text())
        setText(shown);
}
