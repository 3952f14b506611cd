// Why: measures a bare pass over a feed with QXmlStreamReader and with libxml2's xmlTextReader, the
// numbers behind docs/FEEDS.md's choice of XML parser. Built and run by feeds_bench.sh.
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QXmlStreamReader>

#include <libxml/xmlreader.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// Visits every token and touches every text, as a feed parser must.
qint64 qtPass(const QByteArray &bytes)
{
    QXmlStreamReader reader(bytes);
    qint64 chars = 0;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement)
            chars += reader.name().size() + reader.namespaceUri().size();
        else if (token == QXmlStreamReader::Characters)
            chars += reader.text().size();
    }
    return chars;
}

qint64 libxmlPass(const QByteArray &bytes)
{
    xmlTextReaderPtr reader = xmlReaderForMemory(
            bytes.constData(), int(bytes.size()), nullptr, nullptr,
            XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET);
    qint64 chars = 0;
    while (xmlTextReaderRead(reader) == 1) {
        const int type = xmlTextReaderNodeType(reader);
        if (type == XML_READER_TYPE_ELEMENT) {
            const xmlChar *name = xmlTextReaderConstLocalName(reader);
            const xmlChar *uri = xmlTextReaderConstNamespaceUri(reader);
            chars += qstrlen(reinterpret_cast<const char *>(name))
                    + (uri ? qstrlen(reinterpret_cast<const char *>(uri)) : 0);
        } else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA) {
            chars += QString::fromUtf8(
                             reinterpret_cast<const char *>(xmlTextReaderConstValue(reader)))
                             .size();
        }
    }
    xmlFreeTextReader(reader);
    return chars;
}

template<typename F>
double medianMs(F pass, const QByteArray &bytes, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        volatile qint64 sink = pass(bytes);
        (void)sink;
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        QFile file(QString::fromLocal8Bit(argv[i]));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = file.readAll();
        const double mb = bytes.size() / 1e6;
        const double qt = medianMs(qtPass, bytes, 21);
        const double lx = medianMs(libxmlPass, bytes, 21);
        std::printf("%s  %.2f MB  QXmlStreamReader %.1f ms (%.0f MB/s)  libxml2 reader %.1f ms "
                    "(%.0f MB/s)\n",
                    argv[i], mb, qt, mb / qt * 1000, lx, mb / lx * 1000);
    }
    return 0;
}
