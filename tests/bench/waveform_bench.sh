#!/usr/bin/env bash
# Makes a 60-minute podcast-like MP3 (44.1 kHz stereo, 128 kbit/s CBR, pink noise with a speech-like
# tremolo) and times its waveform with bench_waveform: the first decode and the cached loads.
# Usage: tests/bench/waveform_bench.sh BUILD_DIR [MINUTES]
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR [MINUTES]}
minutes=${2:-60}
work=${WAVEFORM_BENCH_DIR:-/tmp/citecast-waveform-bench}
mkdir -p "$work"
mp3="$work/episode-${minutes}min.mp3"
if [ ! -s "$mp3" ]; then
    echo "making $mp3…" >&2
    sox -R -n -r 44100 -c 2 -b 16 -t wav - synth $((minutes * 60)) pinknoise vol 0.3 \
        tremolo 3 90 | lame --quiet -b 128 - "$mp3"
fi
ninja -C "$build" bench_waveform >/dev/null
"$build/tests/bench_waveform" "$mp3" 10
