#pragma once

#include "FeedBytes.h"
#include "XmlElement.h"

#include "import/ImportError.h"

#include <QUrl>
#include <QVector>

// Runs libxml2's SAX2 parser over a feed and hands the elements to an XmlHandler. libxml2 was
// chosen by measurement (docs/FEEDS.md): twice QXmlStreamReader's speed on large feeds, iconv
// decoding of any declared encoding, and a recovery mode. What real feeds get wrong and a reader
// can safely repair is tolerated and reported as a warning: undeclared namespace prefixes,
// undefined entities (HTML ones such as &nbsp; become their character, unknown ones stay as
// written). Anything else that is not well-formed stops the parse with one located error.
class XmlSaxParser
{
public:
    struct Result
    {
        bool ok = false;
        ImportError error;             // when !ok: the first fatal problem, located
        QVector<ImportError> warnings; // what was repaired, located (at most 50)
    };

    // `fileName` goes into errors; `baseUrl` resolves relative URLs (XmlElement::resolve).
    static Result parse(const FeedBytes::Prepared &input, const QString &fileName,
                        const QUrl &baseUrl, XmlHandler &handler);
};
