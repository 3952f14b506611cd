#!/usr/bin/env bash
# Feed parsing speed (docs/BENCHMARKS.md, "Feeds"): `citecast feed inspect --json` on the largest
# real feeds of ../shared/corpus, whole process, side by side with Debian's python3-podcastparser
# on the same files (hyperfine, median of N runs), then FeedParser in process (MB/s), then the
# bare XML passes behind the choice of libxml2 over QXmlStreamReader (docs/FEEDS.md).
# Usage: tests/bench/feeds_bench.sh [BUILD_DIR] [RUNS]   (BUILD_DIR default: build-feeds)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$(cd "${1:-$root/build-feeds}" && pwd)"
runs="${2:-30}"
corpus="$root/../shared/corpus/feeds/real"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

feeds=(
    "$corpus/gnome-podcasts-2020-12-19-LinuxUnplugged.xml"
    "$corpus/gnome-podcasts-2026-02-13-deprogram.xml"
    "$corpus/gnome-podcasts-2024-03-15-streetfightradio.xml"
)
for feed in "${feeds[@]}"; do
    [ -f "$feed" ] || { echo "missing $feed (needs ../shared/corpus)" >&2; exit 1; }
done
command -v hyperfine >/dev/null || { echo "needs hyperfine (scripts/setup installs it)" >&2; exit 1; }
/usr/bin/python3 -c 'import podcastparser' || { echo "needs python3-podcastparser" >&2; exit 1; }

cflags="-O2 -std=c++17 -fPIC -DQT_NO_KEYWORDS -I$root/app"
libs="$(pkg-config --cflags --libs Qt6Core Qt6Network libxml-2.0 zlib taglib libavformat libavutil)"
core="$build/app/libcitecast_core.a"
g++ $cflags "$here/feeds_inprocess.cpp" -o "$out/inprocess" -Wl,--as-needed "$core" $libs
g++ $cflags "$here/feeds_inspect_lean.cpp" -o "$out/lean" -Wl,--as-needed "$core" $libs
g++ -O2 -std=c++17 -fPIC "$here/feeds_xmlpass.cpp" -o "$out/xmlpass" \
    $(pkg-config --cflags --libs Qt6Core libxml-2.0)

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
     "$(. /etc/os-release && echo "$PRETTY_NAME"), $(date -u +%F)"
echo "citecast: $build/bin/citecast ($(ldd "$build/bin/citecast" | wc -l) shared libraries);" \
     "lean: $(ldd "$out/lean" | wc -l)"
for feed in "${feeds[@]}"; do
    name="$(basename "$feed")"
    echo
    echo "== $name: $(stat -c %s "$feed") bytes, $(grep -o '<item[ >]' "$feed" | wc -l) items"
    hyperfine -N --warmup 3 --runs "$runs" --export-json "$out/$name.json" \
        -n podcastparser "/usr/bin/python3 -c 'import podcastparser,sys; podcastparser.parse(\"file://$feed\", open(\"$feed\",\"rb\"))'" \
        -n "citecast feed inspect --json" "$build/bin/citecast feed inspect $feed --json" \
        -n "lean feed inspect --json" "$out/lean inspect $feed --json" \
        -n "citecast --version" "$build/bin/citecast --version" >/dev/null
    python3 - "$out/$name.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
base = statistics.median(results[0]["times"])
for r in results:
    m = statistics.median(r["times"])
    print(f"  {r['command']:<30} median {m*1000:7.1f} ms  user {r['user']*1000:6.1f} ms"
          f"  ({base/m:4.1f}x podcastparser)")
PY
done
echo
echo "In process (median of 21):"
"$out/inprocess" "${feeds[@]}"
echo
echo "podcastparser in process (median of 11):"
for feed in "${feeds[@]}"; do
    /usr/bin/python3 - "$feed" <<'PY'
import io, os, statistics, sys, time, podcastparser
path = sys.argv[1]
data = open(path, "rb").read()
times = []
for _ in range(11):
    start = time.perf_counter()
    podcastparser.parse("file://" + path, io.BytesIO(data))
    times.append(time.perf_counter() - start)
m = statistics.median(times)
print(f"| {os.path.basename(path)} | {len(data)/1e6:.2f} | {m*1000:.1f} ms | {len(data)/1e6/m:.0f} MB/s |")
PY
done
echo
echo "Bare XML passes (median of 21):"
"$out/xmlpass" "${feeds[@]}"
