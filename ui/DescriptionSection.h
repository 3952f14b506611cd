#pragma once

#include <QFrame>
#include <QUrl>

class QTextBrowser;

// A feed episode's show notes on its page: the sanitized HTML (HtmlSanitizer already turned
// images into links, so nothing remote loads), sized to its text. Links never open inside: a
// click emits linkActivated for the window to hand to the browser.
class DescriptionSection : public QFrame
{
    Q_OBJECT

public:
    // `html` must be sanitized (Episode::descriptionHtml); `pageUrl` is the episode's web page,
    // shown as a last line when given.
    DescriptionSection(const QString &html, const QString &pageUrl, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    void linkActivated(const QUrl &url);

private:
    QTextBrowser *m_browser = nullptr;
};
