#!/usr/bin/env python3
"""Search and scale benchmarks (docs/BENCHMARKS.md): start-up, memory and import at 10,000 episodes.

    tests/bench/scale_bench.py BUILD_DIR [--library FILE] [--packs DIR] [--runs 9]

- writes the synthetic library (generate_library.py) unless --library names one;
- start to first painted window, with that library and with one holding only the sample: the
  window is started with CITECAST_BENCH_QUIT_AFTER_PAINT=1 (offscreen platform), which prints
  "first-paint rss-kb=N" on its first paint and quits; the time is from launch to that line;
- resident memory at that moment (VmRSS) with the large library;
- importing 10,000 episodes of packs (generate_library.py --packs) into a new library with
  `citecast import`, one process;
- then runs bench_search and bench_scale (build them first: ninja bench_search bench_scale).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def first_paint(binary, library, env):
    started = time.monotonic()
    process = subprocess.Popen([binary, "--library", library], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=env, text=True)
    rss = None
    for line in process.stdout:
        if line.startswith("first-paint"):
            elapsed = time.monotonic() - started
            rss = int(line.split("rss-kb=")[1])
            break
    else:
        elapsed = None
    process.wait(timeout=60)
    return elapsed, rss


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build")
    parser.add_argument("--library")
    parser.add_argument("--packs")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    binary = os.path.join(args.build, "bin", "citecast")
    work = tempfile.mkdtemp(prefix="citecast-scale-")
    library = args.library or os.path.join(work, "library.sqlite")
    if not args.library:
        subprocess.run([sys.executable, os.path.join(HERE, "generate_library.py"), library], check=True)
    empty = os.path.join(work, "sample.sqlite")
    subprocess.run([binary, "--library", empty, "import", "--sample"], check=True,
                   stdout=subprocess.DEVNULL)

    env = dict(os.environ, CITECAST_BENCH_QUIT_AFTER_PAINT="1", QT_QPA_PLATFORM="offscreen",
               XDG_RUNTIME_DIR=work)
    print(f"load average before: {os.getloadavg()}")
    times = {"sample": [], "10k": []}
    rss = []
    first_paint(binary, empty, env)  # warm the page cache and fonts
    first_paint(binary, library, env)
    for _ in range(args.runs):  # alternate, so both see the same machine
        elapsed, _ = first_paint(binary, empty, env)
        times["sample"].append(elapsed)
        elapsed, kb = first_paint(binary, library, env)
        times["10k"].append(elapsed)
        rss.append(kb)
    for name, values in times.items():
        print(f"first paint, {name} library: median {statistics.median(values) * 1000:.0f} ms, "
              f"min {min(values) * 1000:.0f} ms, max {max(values) * 1000:.0f} ms")
    ratio = statistics.median(times["10k"]) / statistics.median(times["sample"])
    print(f"ratio 10k / sample: {ratio:.2f}")
    print(f"resident memory at first paint, 10k library: median {statistics.median(rss) / 1024:.0f} MB")

    packs = args.packs or os.path.join(work, "packs")
    if not args.packs:
        subprocess.run([sys.executable, os.path.join(HERE, "generate_library.py"), "--packs", packs],
                       check=True)
    files = sorted(os.path.join(packs, f) for f in os.listdir(packs) if f.endswith(".json"))
    target = os.path.join(work, "imported.sqlite")
    started = time.monotonic()
    subprocess.run([binary, "--library", target, "import"] + files, check=True,
                   stdout=subprocess.DEVNULL)
    print(f"import {len(files)} packs (10,000 episodes): {time.monotonic() - started:.1f} s")
    print(f"load average after: {os.getloadavg()}")

    for bench in ("bench_search", "bench_scale"):
        path = os.path.join(args.build, "tests", "bench", bench)
        if os.path.exists(path):
            subprocess.run([path, library], check=False)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
