#include "XmlElement.h"

#include "FeedUrl.h"

XmlElement::XmlElement(XmlName name, int depth, int line, const unsigned char **attributes,
                       int attributeCount, const QUrl *base)
    : m_name(name)
    , m_depth(depth)
    , m_line(line)
    , m_attributes(attributes)
    , m_attributeCount(attributeCount)
    , m_base(base)
{ }

QString XmlElement::attribute(const char *local) const
{
    for (int i = 0; i < m_attributeCount; ++i) {
        const unsigned char **tuple = m_attributes + 5 * i;
        if (std::strcmp(reinterpret_cast<const char *>(tuple[0]), local) == 0) {
            const char *begin = reinterpret_cast<const char *>(tuple[3]);
            const char *end = reinterpret_cast<const char *>(tuple[4]);
            const QString value = QString::fromUtf8(begin, end - begin);
            return value.isNull() ? QStringLiteral("") : value;
        }
    }
    return {};
}

bool XmlElement::hasAttribute(const char *local) const
{
    for (int i = 0; i < m_attributeCount; ++i) {
        if (std::strcmp(reinterpret_cast<const char *>(m_attributes[5 * i]), local) == 0)
            return true;
    }
    return false;
}

QString XmlElement::resolve(const QString &url) const
{
    return FeedUrl::resolve(m_base ? *m_base : QUrl(), url);
}
