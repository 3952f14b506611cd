#pragma once

#include "DecodedSpan.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QVector>

#include <atomic>
#include <memory>

// Decodes the clips of the open episode into memory in the background, so that a click on a
// citation plays from memory: no seek, no decoding, whatever the format and wherever the clip
// lies, sample for sample what decoding it then would give. Decoding runs on a worker thread
// (never the GUI thread) within a memory budget; the spans used least recently are dropped first.
// A new episode (or clear(), or destroying it) cancels the work at once.
class ClipPreloader : public QObject
{
    Q_OBJECT

public:
    struct Span
    {
        qint64 startMs = 0;
        qint64 endMs = -1;
    };
    static constexpr qint64 DefaultBudgetBytes = 64LL * 1024 * 1024;

    explicit ClipPreloader(QObject *parent = nullptr);
    ~ClipPreloader() override;

    void setBudgetBytes(qint64 bytes);
    qint64 budgetBytes() const { return m_budget; }
    // How much each span is widened: ClipPlayer sets its lead-in and lead-out here, so that the
    // spans decoded are exactly those it plays. Changing it decodes the spans again.
    void setPadding(qint64 leadInMs, qint64 leadOutMs);

    // Replaces the work: decodes these spans of `source` (a file, or a URL, read from its cached
    // copy when there is one), in this order, until the budget is full.
    void preload(const QString &source, const QVector<Span> &spans);
    // Cancels the work and drops every decoded span.
    void clear();

    // The decoded span that plays exactly [startMs, endMs) of `source` (padding included), or
    // null; counts as a use. The span stays valid while it is held, even if dropped here.
    std::shared_ptr<const DecodedSpan> find(const QString &source, qint64 startMs, qint64 endMs);
    // Whether the clip span [startMs, endMs) of `source` (before padding) is decoded.
    bool isPreloaded(const QString &source, qint64 startMs, qint64 endMs) const;
    bool isBusy() const { return m_busy; }
    int spanCount() const { return int(m_spans.size()); }
    qint64 bytesUsed() const { return m_bytes; }

Q_SIGNALS:
    // A clip span (as given to preload()) is ready in memory.
    void spanReady(qint64 startMs, qint64 endMs);
    // `done` of `total` spans of the last preload() handled.
    void progressChanged(int done, int total);
    // Everything the last preload() asked for was handled (or the budget is full).
    void finished();

private:
    struct Entry
    {
        std::shared_ptr<const DecodedSpan> span;
        quint64 lastUse = 0;
    };
    struct Job;
    static QString keyOf(const QString &source, qint64 startMs, qint64 endMs);
    Span padded(const Span &span) const;
    void start();
    void cancel();
    static void run(const std::shared_ptr<Job> &job, ClipPreloader *self);
    void take(quint64 generation, std::shared_ptr<const DecodedSpan> span, Span clip);
    void jobDone(quint64 generation);
    void makeRoom(qint64 bytes);

    QThreadPool m_pool; // one worker
    QHash<QString, Entry> m_spans;
    qint64 m_bytes = 0;
    qint64 m_budget = DefaultBudgetBytes;
    qint64 m_padIn = 0;
    qint64 m_padOut = 0;
    QString m_source;
    QVector<Span> m_wanted;
    quint64 m_generation = 0;
    quint64 m_clock = 0;
    int m_done = 0;
    bool m_busy = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
