#!/usr/bin/env python3
"""Makes the bundled sample's audio and sidecar from the seed episode page.

The sample episode has no real recording we may ship, so its audio is a synthesized narration
(espeak-ng) of the page's own text: the title, then each topic's title and summary, sentence by
sentence. Because the narration is made here, the exact time of every sentence is known, and each
citation's clip is the span of the sentence that carries it. The popular clips, highlights and
questions are spans of that same narration; their text is the page's own wording (questions
paraphrase the page's sentences that answer them), so nothing is invented about real people.

Writes narration.opus and episode-page.citecast.json next to this script.
Needs: python3, espeak-ng, sox, opus-tools (all installed by scripts/setup).
Run: resources/sample/make-sample.py
"""

import json
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PAGE = os.path.join(HERE, "episode-page.txt")
RATE = 22050
GAP_SENTENCE = 0.45   # seconds of silence between sentences
GAP_SECTION = 0.9     # between the title and topics, and between topics
PAD = 0.08            # a clip starts this much before its sentence and ends this much after
VOICE = ["-v", "en-us", "-s", "160"]

MARKER = re.compile(r"\s+([1-9]\d{0,2}(?:(?:\s*,\s+|\s+)[1-9]\d{0,2})*)(?=[.!?][\"”’)]*(?:\s|$)|$)")


def read_page():
    lines = [l.replace("\u00c2\u00a0", " ").replace("\u00a0", " ").strip()
             for l in open(PAGE, encoding="utf-8").read().split("\n")]
    lines = [l for l in lines if l and set(l) - set(" \u00c2\u00c3")]
    title = lines[0]
    i = 1
    tabs = {"topics covered", "popular clips", "episode highlights"}
    while lines[i].lower() in tabs:
        i += 1
    topics = []
    while lines[i] != "Related Episodes":
        topics.append((lines[i], lines[i + 1]))
        i += 2
    return title, topics


def sentences(paragraph):
    """(text without citation numbers, [numbers]) per sentence, as Citecast's page parser does."""
    result = []
    for raw in re.split(r"(?<=[.!?])\s+", paragraph):
        numbers = []
        for m in MARKER.finditer(raw):
            numbers += [int(n) for n in re.findall(r"[1-9]\d{0,2}", m.group(1))]
        text = MARKER.sub("", raw).strip()
        if text:
            result.append((text, numbers))
    return result


def speak(text, path):
    subprocess.run(["espeak-ng", *VOICE, "-w", path, text], check=True)
    # espeak-ng pads its output with silence; trim it so the timing is the speech itself.
    trimmed = path + ".trim.wav"
    subprocess.run(["sox", path, "-r", str(RATE), "-c", "1", trimmed,
                    "silence", "1", "0.01", "0.2%", "reverse", "silence", "1", "0.01", "0.2%",
                    "reverse"], check=True)
    out = subprocess.run(["soxi", "-D", trimmed], check=True, capture_output=True, text=True)
    return trimmed, float(out.stdout)


def ms(seconds):
    return int(round(seconds * 1000))


def main():
    title, topics = read_page()
    number = re.match(r"Ep (\d+):\s*(.*)", title)
    spoken_title = f"Episode {number.group(1)}. {number.group(2)}." if number else title
    with tempfile.TemporaryDirectory() as tmp:
        pieces = []   # (wav, gap_after)
        t = 0.0
        timeline = {}  # (topic index, sentence index) -> (start, end)

        def add(text, gap, key=None):
            nonlocal t
            wav, length = speak(text, os.path.join(tmp, f"{len(pieces):03d}.wav"))
            if key is not None:
                timeline[key] = (t, t + length)
            pieces.append((wav, gap))
            t += length + gap

        add(spoken_title, GAP_SENTENCE)
        add("This narration of the episode page is synthesized.", GAP_SECTION)
        parsed = []
        for ti, (topic_title, paragraph) in enumerate(topics):
            add(topic_title + ".", GAP_SENTENCE)
            ss = sentences(paragraph)
            parsed.append((topic_title, ss))
            for si, (text, _) in enumerate(ss):
                add(text, GAP_SECTION if si == len(ss) - 1 else GAP_SENTENCE, (ti, si))

        silence = os.path.join(tmp, "silence-%d.wav")
        args = ["sox"]
        for n, (wav, gap) in enumerate(pieces):
            gap_wav = silence % n
            subprocess.run(["sox", "-n", "-r", str(RATE), "-c", "1", gap_wav, "trim", "0", str(gap)],
                           check=True)
            args += [wav, gap_wav]
        full = os.path.join(tmp, "narration.wav")
        subprocess.run(args + [full], check=True)
        subprocess.run(["opusenc", "--quiet", "--bitrate", "20", "--comp", "10",
                        "--title", title, "--artist", "Citecast sample (synthesized narration)",
                        full, os.path.join(HERE, "narration.opus")], check=True)
        total = float(subprocess.run(["soxi", "-D", full], check=True, capture_output=True,
                                     text=True).stdout)

    def span(keys):
        start = min(timeline[k][0] for k in keys) - PAD
        end = max(timeline[k][1] for k in keys) + PAD
        return {"start": ms(start), "end": ms(end)}

    def sentence_text(key):
        return parsed[key[0]][1][key[1]][0]

    clips = []
    seen = set()
    for ti, (_, ss) in enumerate(parsed):
        for si, (text, numbers) in enumerate(ss):
            for n in numbers:
                if n in seen:
                    continue  # marker 1 appears in two topics: both play the first sentence's clip
                seen.add(n)
                words = text.split()
                short = " ".join(words[:9]) + ("…" if len(words) > 9 else "")
                clips.append({"kind": "citation", "citation": n, "title": short, **span([(ti, si)])})
    clips.sort(key=lambda c: c["citation"])

    # Popular clips: the stretches of the narration a listener would share, titled from the page.
    popular = [
        ("What drives improvements in AI models", [(0, 0), (0, 1)]),
        ("Small models like Alpaca adapt well", [(0, 2)]),
        ("RL and supervised fine-tuning can compensate for each other", [(1, 2), (1, 3)]),
        ("Opinions models reflect after RLHF", [(2, 0), (2, 1)]),
    ]
    for name, keys in popular:
        clips.append({"kind": "popular", "title": name, **span(keys)})

    highlights = [{"text": sentence_text(k), **span([k])} for k in [(1, 3), (0, 2), (2, 2)]]
    questions = [
        ("What drives improvements in AI models?", (0, 0)),
        ("How does reinforcement learning change a model's answers?", (1, 1)),
        ("Can RL and supervised fine-tuning compensate for each other?", (1, 2)),
        ("Which viewpoints do language models reflect after RLHF?", (2, 1)),
        ("Why are biases in models hard to address?", (2, 3)),
    ]
    sidecar = {
        "citecastSidecar": 1,
        "guid": "citecast-sample-ep11",
        "show": "Citecast sample",
        "guests": ["Tatsu Hashimoto"],
        "duration": ms(total),
        "questionsAnswered": len(questions),
        "description": ("The audio of this sample is a synthesized narration (espeak-ng) of the "
                        "episode page's own text, not the episode's recording: the voice is a "
                        "speech synthesizer. Each citation plays the sentence it supports."),
        "audio": {"path": "narration.opus"},
        "clips": clips,
        "highlights": highlights,
        "questions": [{"text": q, **span([k])} for q, k in questions],
    }
    with open(os.path.join(HERE, "episode-page.citecast.json"), "w", encoding="utf-8") as out:
        json.dump(sidecar, out, ensure_ascii=False, indent=2)
        out.write("\n")
    print(f"narration: {total:.1f} s, {len(clips)} clips")


if __name__ == "__main__":
    main()
