#pragma once

#include <QString>

// A problem found in an input file, located as precisely as the format allows.
struct ImportError
{
    QString file;   // as the user named it
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    QString path;   // JSON path ("episodes[0].clips[3].end") for structured formats
    QString message;

    // "pack.json:12:7: episodes[0].clips[3].end: must be after start"
    QString toString() const;
};

// A parser's answer: a value, or the one error that stopped it.
template<typename T>
struct Parsed
{
    T value {};
    bool ok = false;
    ImportError error;

    static Parsed success(T v)
    {
        Parsed p;
        p.value = std::move(v);
        p.ok = true;
        return p;
    }
    static Parsed failure(ImportError e)
    {
        Parsed p;
        p.error = std::move(e);
        return p;
    }
};
