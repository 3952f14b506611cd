#pragma once

#include <QString>
#include <QUrl>

#include <cstring>

// The XML vocabularies a podcast feed mixes, recognised by namespace URI or, when a feed uses a
// prefix without declaring it (many do), by the prefix everyone uses for it.
enum class XmlNs : quint8 {
    None,
    Itunes,
    Podcast,
    Atom,
    Content,
    Media,
    Psc,
    GooglePlay,
    Rdf,
    Xml,
    Other,
};

// An element's namespace and local name.
struct XmlName
{
    XmlNs ns = XmlNs::None;
    const char *local = ""; // UTF-8, owned by the parser's dictionary for the whole parse

    bool is(XmlNs n, const char *name) const { return ns == n && std::strcmp(local, name) == 0; }
};

// A start tag as a handler sees it: its name, depth, attributes and the base URL in effect
// (the feed's URL, or an xml:base), valid only during the startElement call.
class XmlElement
{
public:
    XmlElement(XmlName name, int depth, int line, const unsigned char **attributes,
               int attributeCount, const QUrl *base);

    const XmlName &name() const { return m_name; }
    bool is(XmlNs ns, const char *local) const { return m_name.is(ns, local); }
    int depth() const { return m_depth; } // the root element is at depth 0
    int line() const { return m_line; }
    // The value of the attribute with this local name (whatever its prefix); null when absent.
    QString attribute(const char *local) const;
    bool hasAttribute(const char *local) const;
    // `url` trimmed and resolved against the base in effect; empty stays empty.
    QString resolve(const QString &url) const;
    QUrl base() const { return m_base ? *m_base : QUrl(); }

private:
    XmlName m_name;
    int m_depth = 0;
    int m_line = 0;
    const unsigned char **m_attributes = nullptr; // libxml2's 5-tuples
    int m_attributeCount = 0;
    const QUrl *m_base = nullptr;
};

// What the parser feeds: start tags, and at each end tag the text the handler asked for.
class XmlHandler
{
public:
    virtual ~XmlHandler() = default;
    // Returns true to receive the element's text (its own and its descendants') at its end.
    virtual bool startElement(const XmlElement &element) = 0;
    virtual void endElement(const XmlName &name, int depth, const QString &text) = 0;
};
