#!/usr/bin/env bash
# Feed parsing speed (docs/BENCHMARKS.md, "Feeds"): `citecast feed inspect --json` on the largest
# real feeds of ../shared/corpus, whole process, side by side with Debian's python3-podcastparser
# on the same files (hyperfine, median of N runs), then FeedParser in process (MB/s), then the
# bare XML passes behind the choice of libxml2 over QXmlStreamReader (docs/FEEDS.md).
# Usage: tests/bench/feeds_bench.sh [BUILD_DIR] [RUNS]   (BUILD_DIR default: build)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
runs="${2:-30}"
corpus="$root/../shared/corpus/feeds/real"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

citecast="$build/bin/citecast"
app="$build/libexec/citecast/citecast-app"
for program in "$citecast" "$app"; do
    [ -x "$program" ] || { echo "missing $program (ninja -C $build citecast)" >&2; exit 1; }
done
linux="$corpus/gnome-podcasts-2020-12-19-LinuxUnplugged.xml"
feeds=(
    "$linux"
    "$corpus/gnome-podcasts-2026-02-13-deprogram.xml"
    "$corpus/gnome-podcasts-2024-03-15-streetfightradio.xml"
)
for feed in "${feeds[@]}"; do
    [ -f "$feed" ] || { echo "missing $feed (needs ../shared/corpus)" >&2; exit 1; }
done
command -v hyperfine >/dev/null || { echo "needs hyperfine (scripts/setup installs it)" >&2; exit 1; }
/usr/bin/python3 -c 'import podcastparser' || { echo "needs python3-podcastparser" >&2; exit 1; }

# The corpus has no feed of 4 MB and 550 items like the one of issue #5: this one is derived from
# LinuxUnplugged 2020 (384 items), its first 166 items repeated once with "-repeat" appended to
# their guids (distinct episodes to both parsers), so 550 items.
derived="$out/linuxunplugged-550.xml"
/usr/bin/python3 - "$linux" "$derived" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
items = re.findall(r"<item>.*?</item>", text, flags=re.S)
end = text.rindex("</item>") + len("</item>")
repeats = [re.sub(r"(<guid[^>]*>)(.*?)(</guid>)", r"\g<1>\g<2>-repeat\g<3>", item, count=1)
           for item in items[:550 - len(items)]]
assert all("-repeat</guid>" in item for item in repeats)
open(sys.argv[2], "w", encoding="utf-8").write(text[:end] + "\n" + "\n".join(repeats) + text[end:])
PY
feeds+=("$derived")

feedparse="$build/app/libcitecast_feedparse.a"
g++ -O2 -std=c++17 -fPIC -DQT_NO_KEYWORDS -I"$root/app" "$here/feeds_inprocess.cpp" \
    -o "$out/inprocess" "$feedparse" $(pkg-config --cflags --libs Qt6Core libxml-2.0 zlib)
g++ -O2 -std=c++17 -fPIC "$here/feeds_xmlpass.cpp" -o "$out/xmlpass" \
    $(pkg-config --cflags --libs Qt6Core libxml-2.0)

echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))," \
     "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
     "$(. /etc/os-release && echo "$PRETTY_NAME"), $(date -u '+%F %H:%M') UTC"
echo "podcastparser $(dpkg-query -W -f '${Version}' python3-podcastparser 2>/dev/null || echo '?')," \
     "$(/usr/bin/python3 --version)"
echo "citecast: $(ldd "$citecast" | wc -l) shared libraries; citecast-app: $(ldd "$app" | wc -l)"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for feed in "${feeds[@]}"; do
    name="$(basename "$feed")"
    echo
    echo "== $name: $(stat -c %s "$feed") bytes, $(grep -o '<item[ >]' "$feed" | wc -l) items"
    hyperfine -N --warmup 3 --runs "$runs" --export-json "$out/$name.json" \
        -n podcastparser "/usr/bin/python3 -c 'import podcastparser,sys; podcastparser.parse(\"file://$feed\", open(\"$feed\",\"rb\"))'" \
        -n "citecast feed inspect --json" "$citecast feed inspect $feed --json" \
        -n "citecast-app feed inspect --json" "$app feed inspect $feed --json" \
        -n "citecast --version" "$citecast --version" \
        -n "citecast-app --version" "$app --version" >/dev/null
    python3 - "$out/$name.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
base = statistics.median(results[0]["times"])
base_cpu = results[0]["user"] + results[0]["system"]
for r in results:
    m = statistics.median(r["times"])
    cpu = r["user"] + r["system"]
    print(f"  {r['command']:<34} median {m*1000:7.1f} ms  min {min(r['times'])*1000:7.1f} ms"
          f"  user+sys {cpu*1000:6.1f} ms  ({base/m:4.1f}x podcastparser wall,"
          f" {base_cpu/cpu:4.1f}x CPU)")
PY
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
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
