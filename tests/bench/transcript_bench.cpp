// The synced transcript pane with a long transcript (5,000 cues, about 5.5 hours): how long the
// first layout takes, finding the cue at a position, moving the current cue while playing (what
// happens a few times a minute), a find, and a relayout at a new width. Built on demand
// (`ninja bench_transcript`), run offscreen; numbers in docs/BENCHMARKS.md.
#include "TranscriptPane.h"
#include "models/TranscriptModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {

qint64 microseconds(QElapsedTimer &timer)
{
    const qint64 us = timer.nsecsElapsed() / 1000;
    timer.restart();
    return us;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Transcript cues;
    for (int i = 0; i < 5000; ++i) {
        TranscriptSegment cue;
        cue.startMs = i * 4000;
        cue.endMs = cue.startMs + 4000;
        cue.speaker = i % 3 ? QStringLiteral("Dev Okafor") : QStringLiteral("Maya Lindqvist");
        cue.text = QStringLiteral("Cue %1: people treat minus fourteen LUFS as a target, and it is "
                                  "where the service turns you down.")
                           .arg(i);
        cues << cue;
    }
    TranscriptModel model;
    TranscriptPane pane(&model);
    pane.resize(360, 800);
    pane.show();
    if (!QTest::qWaitForWindowExposed(&pane))
        return 1;

    QElapsedTimer timer;
    timer.start();
    model.setTranscript(cues);
    QCoreApplication::processEvents();
    pane.grab();
    const qint64 firstPaint = microseconds(timer);
    // The list measures cues in batches between events, until the last one has its place.
    const QModelIndex last = model.index(model.rowCount() - 1);
    while (!pane.view()->visualRect(last).isValid())
        QCoreApplication::processEvents();
    const qint64 load = firstPaint + microseconds(timer);

    int found = 0;
    for (int i = 0; i < 100000; ++i)
        found += model.cueAt((i * 7919LL) % 20000000) >= 0 ? 1 : 0;
    const qint64 lookups = microseconds(timer);

    qint64 follow = 0;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        model.setPositionMs(10000000 + i * 4000); // the next cue, as while playing
        QCoreApplication::processEvents();
        pane.view()->viewport()->grab();
        follow = i == 0 ? microseconds(timer) : std::min(follow, microseconds(timer));
    }

    timer.restart();
    pane.findField()->setText(QStringLiteral("cue 4"));
    QCoreApplication::processEvents();
    pane.grab();
    const qint64 find = microseconds(timer);

    pane.resize(420, 800);
    timer.restart();
    QCoreApplication::processEvents();
    pane.grab();
    const qint64 relayoutPaint = microseconds(timer);
    // Every cue measured in one pass (what a new width costs; the pane does it in batches).
    pane.view()->setLayoutMode(QListView::SinglePass);
    timer.restart();
    model.setTranscript(cues);
    pane.view()->doItemsLayout();
    const qint64 relayout = microseconds(timer);

    std::printf(
            "transcript of %lld cues\n"
            "  first paint                  %8.1f ms\n"
            "  every cue laid out (batches) %8.1f ms\n"
            "  100,000 cueAt lookups        %8.1f ms (%d found)\n"
            "  next cue while playing       %8.2f ms (best of 20, with its repaint)\n"
            "  find \"cue 4\"                 %8.1f ms (%lld matches)\n"
            "  repaint at a new width       %8.1f ms\n"
            "  all cues measured in one pass %7.1f ms (a new width; the pane does it in batches)\n",
            qint64(cues.size()), firstPaint / 1000.0, load / 1000.0, lookups / 1000.0, found,
            follow / 1000.0, find / 1000.0, qint64(model.matches().size()), relayoutPaint / 1000.0,
            relayout / 1000.0);
    return 0;
}
