#include "DescriptionSection.h"

#include "Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtMath>

namespace {

// A text browser as tall as its text, that loads nothing: no remote or local resources (the
// sanitizer leaves no images, and none may sneak in) and no navigation on a click.
class NotesBrowser : public QTextBrowser
{
public:
    explicit NotesBrowser(QWidget *parent)
        : QTextBrowser(parent)
    {
        setOpenLinks(false);
        setOpenExternalLinks(false);
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        viewport()->setAutoFillBackground(false);
        connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged,
                this, [this] { fitHeight(); });
    }

    QVariant loadResource(int, const QUrl &) override { return QVariant(); }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QTextBrowser::resizeEvent(event);
        fitHeight();
    }

private:
    void fitHeight()
    {
        document()->setTextWidth(viewport()->width());
        const int height = qCeil(document()->size().height()) + frameWidth() * 2 + 2;
        if (height != this->height())
            setFixedHeight(height);
    }
};

} // namespace

DescriptionSection::DescriptionSection(const QString &html, const QString &pageUrl, QWidget *parent)
    : QFrame(parent)
    , m_browser(new NotesBrowser(this))
{
    setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    m_browser->setObjectName(QStringLiteral("showNotes"));
    m_browser->setAccessibleName(tr("Show notes"));
    m_browser->document()->setDocumentMargin(2);
    m_browser->document()->setDefaultStyleSheet(
            QStringLiteral("a { color: %1; text-decoration: none; } p { margin: 0 0 8px 0; } "
                           "ul, ol { margin-top: 0; margin-bottom: 8px; } li { margin: 2px 0; }")
                    .arg(Theme::accent().name()));
    QString body = html;
    const QUrl page(pageUrl);
    if (page.isValid()
        && (page.scheme() == QLatin1String("https") || page.scheme() == QLatin1String("http")))
        body += QStringLiteral("<p><a href=\"%1\">%2 \u2197</a></p>")
                        .arg(page.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                             tr("Episode web page"));
    m_browser->setHtml(body);
    layout->addWidget(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // Nothing navigates inside: the page stays as it is, the browser gets the link.
        Q_EMIT linkActivated(url);
    });
}
