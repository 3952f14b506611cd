#!/usr/bin/env bash
# Playback benchmarks (docs/BENCHMARKS.md, "Playback"): makes 60-minute files in five formats (one
# minute of noise repeated, so any excerpt can still be located), starts a private PulseAudio null
# sink, and runs bench_playback (citecast play, mpv and ClipPlayer in process, start/end error and
# first sound) and bench_preload (memory of pre-decoded clips).
# Usage: tests/bench/playback_bench.sh BUILD_DIR [RUNS]   (about 3 minutes per run, plus ~3 the
# first time to make the files in $PLAYBACK_BENCH_DIR, default /tmp/citecast-playback-bench)
set -euo pipefail
build=$(cd "${1:?usage: $0 BUILD_DIR [RUNS]}" && pwd)
runs=${2:-3}
work=${PLAYBACK_BENCH_DIR:-/tmp/citecast-playback-bench}
cd "$(dirname "$0")/../.."
mkdir -p "$work"
if [ ! -s "$work/speech.opus" ]; then
    echo "making 60-minute files in $work (a few minutes)..." >&2
    sox -R -n -r 48000 -c 1 -b 16 "$work/ref60.wav" synth 60 whitenoise sinc 100-7000 vol 0.3
    sox "$work/ref60.wav" -t raw -e signed -b 16 -L "$work/ref60.raw"
    sox "$work/ref60.wav" "$work/ref.wav" repeat 59
    sox "$work/ref.wav" -r 44100 -c 2 -b 16 "$work/wav.wav"
    lame --quiet -b 128 "$work/wav.wav" "$work/cbr.mp3" &
    lame --quiet -V 4 "$work/wav.wav" "$work/vbr.mp3" &
    wait
    ffmpeg -v error -y -i "$work/wav.wav" -c:a aac -b:a 128k "$work/aac.m4a" &
    opusenc --quiet "$work/ref.wav" "$work/speech.opus.part" && mv "$work/speech.opus.part" "$work/speech.opus" &
    wait
fi
ninja -C "$build" citecast bench_playback bench_preload >/dev/null
# shellcheck source=../../scripts/lib/sound-server.sh
source scripts/lib/sound-server.sh
citecast_sound_server_start
trap citecast_sound_server_stop EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(date -u +%F)"
"$build/tests/bench/bench_playback" "$work" "$runs" "$build/bin/citecast"
"$build/tests/bench/bench_preload" "$work/cbr.mp3"
