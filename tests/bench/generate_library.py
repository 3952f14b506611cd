#!/usr/bin/env python3
"""Writes a synthetic Citecast library for the scale benchmarks (docs/BENCHMARKS.md).

Deterministic (fixed seed): the same arguments always write the same library. The schema comes
from resources/migrations/*.sql, applied in order exactly as the app does, so the search index is
filled by its own triggers. Everything is written in one transaction.

    tests/bench/generate_library.py OUT.sqlite [--episodes 10000] [--seed 7]
    tests/bench/generate_library.py --packs DIR [--episodes 10000] [--seed 7]

--packs writes the episodes as Citecast packs instead (docs/FORMATS.md), 100 episodes a file,
with topics, citations, clips, highlights and questions (packs carry no transcripts), for the
import benchmark.

At full size: 200 shows, 10,000 episodes, 100,000 clips, 30,000 topics, 1,000,000 transcript
segments and 5,000 bookmarks. --episodes scales everything down (tests use a few dozen).
"""
import argparse
import os
import random
import re
import sqlite3
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MIGRATIONS = os.path.join(HERE, "..", "..", "resources", "migrations")

FUNCTION_WORDS = """the the the the of of of and and and to to a a in in is is that it it was for
on are as with they be at this have from or one had by but not what all were we when your can said
there an each which she do how their if will up other about out many then them these so some her
would make like him into time has look two more write go see number no way could people my than
first been call who its now find long down day did get come made may part over new just know really
think because very mean right actually""".split()

CONTENT_WORDS = """algorithm atom battery bacteria bridge calculus carbon cathedral cell climate
comet computer copper crystal cyclone democracy dinosaur economy electron empire energy engine
enzyme equation evolution experiment factory fossil galaxy gene glacier gravity harbour history
hydrogen immune industry infrastructure insulin invention island journal kingdom laboratory
language laser library lithium machine magnet mammal manuscript market medicine membrane memory
metal microbe migration mineral molecule monastery mountain museum navigation network neuron
nitrogen nucleus ocean orbit organism oxygen parliament particle patent pendulum philosophy photon
planet plastic plate policy pollen population printing protein pyramid quantum radar radio railway
rainforest reactor revolution river robot rocket satellite science sediment semiconductor signal
silicon software solar species spectrum starlight steam steel submarine surgery symphony telescope
telegraph theory tide tissue trade transistor treaty tunnel turbine universe vaccine valley
vehicle virus volcano voltage weather whale wind wireless yeast archive ballot border budget
canal census charter colony currency drought famine fortress frontier guild harvest inflation
irrigation literacy mapmaker merchant militia monsoon navy pamphlet pilgrim plague port printer
province rebellion reform republic scribe senate settler shipwreck siege smallpox spice tariff
textile tribute voyage warship cartography telemetry thermodynamics entropy lattice isotope
catalyst polymer ecosystem coral plankton aquifer permafrost wildfire hurricane earthquake
tsunami basalt granite magma lava crater asteroid nebula pulsar quasar supernova exoplanet
rover lander probe antenna spacecraft astronaut cosmonaut capsule payload booster thruster
compiler kernel processor memory cache database encryption password protocol server browser
internet website startup investor founder economist historian physicist chemist biologist
engineer architect composer painter novelist poet philosopher mathematician astronomer surgeon
nurse farmer miner sailor soldier diplomat journalist teacher student inventor explorer
analytical mechanical electrical chemical biological medical industrial political economic
ancient medieval modern colonial imperial global local rural urban coastal tropical arctic
desert volcanic orbital digital analog automatic manual massive tiny brilliant fragile
resilient toxic sustainable renewable nuclear thermal magnetic optical acoustic genetic
build discover measure predict observe launch design repair invent explore collapse survive
migrate evolve transmit encode decode compute simulate calibrate harvest navigate negotiate
regulate publish translate excavate vaccinate forecast""".split()

TOPIC_PHRASES = ["machine learning", "climate policy", "public health", "deep sea", "space race",
                 "industrial revolution", "cold war", "renewable energy", "printing press",
                 "quantum computing", "silk road", "gene editing", "black holes", "plate tectonics",
                 "open source", "supply chain", "central bank", "ancient rome", "steam engine",
                 "dark matter"]

FIRST_NAMES = """Ada Alan Grace Marie Rosalind Katherine Dorothy Hedy Barbara Margaret Mary Emmy
Lise Chien-Shiung Vera Jocelyn Tu Françoise Gerty Irène Émilie Zoë José André Søren Björn
Łukasz Nuño Ângela Chloé Renée Ingrid Yuki Hiroshi Kwame Amara Chidi Ngozi Priya Arjun Ravi
Meera Wei Ling Hao Mei Omar Layla Yusuf Fatima Diego Lucía Mateo Valentina Carlos Sofía Pierre
Amélie Jean Hélène Klaus Greta Lars Astrid Nikolai Olga Dmitri Tatiana Sean Aoife Liam Siobhan
Kai Leilani Mana Tane Aroha Samuel Ruth Daniel Esther David Miriam Thomas Anna James Helen
John Clara Peter Alice Paul Julia Mark Sarah Luke Rachel""".split()

LAST_NAMES = """Lovelace Turing Hopper Curie Franklin Johnson Vaughan Lamarr Liskov Hamilton
Somerville Noether Meitner Wu Rubin Bell Youyou Barré-Sinoussi Cori Joliot Châtelet Müller
García Núñez Andrés Kierkegaard Borg Wałęsa Sørensen Ødegaard Brontë Dvořák Nakamura Tanaka
Mensah Okafor Adeyemi Nwosu Sharma Patel Iyer Rao Zhang Chen Wang Liu Haddad Khalil Rahman
Hussein Fernández López Martínez Torres Dubois Lefèvre Moreau Bernard Schmidt Fischer Weber
Lindqvist Nilsson Ivanova Petrov Sokolova Murphy Kelly Byrne Walsh Kealoha Kahale Ngata
Parata Cohen Levi Friedman Katz Smith Jones Taylor Brown Williams Wilson Evans Thomas Roberts
Walker Wright Robinson Thompson White Hughes Edwards Green Hall Wood Harris""".split()

SHOW_WORDS = ["Engines", "Atlas", "Frontier", "Signal", "Archive", "Lantern", "Compass",
              "Orbit", "Harbour", "Ledger", "Meridian", "Foundry", "Telegraph", "Almanac",
              "Observatory", "Workshop", "Chronicle", "Field Notes", "Spectrum", "Horizon"]
SHOW_QUALIFIERS = ["of History", "Radio", "Hour", "Weekly", "Daily", "Podcast", "Live",
                   "Conversations", "Explained", "Unplugged"]

TAGS = ["todo", "quote", "share", "research", "funny", "follow-up", "citation", "idea",
        "check", "favourite"]


class Words:
    """Zipf-distributed words, so a few words are everywhere and most are rare, as in speech."""

    def __init__(self, rng):
        self.rng = rng
        # Each word and its plural (~960 words), on a flat Zipf curve: the commonest
        # content word is in about one transcript line in ten, as in recorded speech, and most are
        # rare. (A few hundred words on a steep curve would put one word in most lines.)
        self.content = sorted({form for word in CONTENT_WORDS for form in forms(word)})
        rng.shuffle(self.content)
        weights = [1.0 / (rank + 1) ** 0.6 for rank in range(len(self.content))]
        self.content_cum = list(accumulate(weights))
        fweights = [1.0 / (rank + 1) ** 0.7 for rank in range(len(FUNCTION_WORDS))]
        self.function_cum = list(accumulate(fweights))

    def sentence(self, n):
        rng = self.rng
        n_content = max(1, n // 2)
        words = rng.choices(self.content, cum_weights=self.content_cum, k=n_content)
        words += rng.choices(FUNCTION_WORDS, cum_weights=self.function_cum, k=n - n_content)
        rng.shuffle(words)
        if rng.random() < 0.15:
            words.insert(rng.randrange(len(words) + 1), rng.choice(TOPIC_PHRASES))
        text = " ".join(words)
        return text[0].upper() + text[1:] + rng.choice([".", ".", ".", "?", "!"])

    def title(self):
        rng = self.rng
        n = rng.randint(2, 5)
        words = rng.choices(self.content, cum_weights=self.content_cum, k=n)
        if rng.random() < 0.3:
            words.append(rng.choice(TOPIC_PHRASES))
        return " ".join(w.capitalize() for w in words)


def forms(word):
    """The word and its plural, spelled simply (good enough for search statistics)."""
    return [word, word[:-1] + "ies" if word.endswith("y") else word + "s"]


def accumulate(values):
    total = 0.0
    for v in values:
        total += v
        yield total


def apply_migrations(db):
    files = sorted(f for f in os.listdir(MIGRATIONS) if re.match(r"^\d{3}_[a-z0-9_]+\.sql$", f))
    for name in files:
        version = int(name[:3])
        with open(os.path.join(MIGRATIONS, name), encoding="utf-8") as f:
            db.executescript("BEGIN IMMEDIATE;\n" + f.read() + f"\nPRAGMA user_version = {version};\nCOMMIT;")


def generate(path, episodes, seed):
    rng = random.Random(seed)
    words = Words(rng)
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    apply_migrations(db)
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -200000")

    shows = max(1, episodes // 50)
    db.execute("BEGIN IMMEDIATE")
    show_rows = []
    used = set()
    for show_id in range(1, shows + 1):
        while True:
            title = f"{rng.choice(['The ', ''])}{rng.choice(CONTENT_WORDS).capitalize()} " \
                    f"{rng.choice(SHOW_WORDS)} {rng.choice(SHOW_QUALIFIERS)}"
            if title not in used:
                used.add(title)
                break
        show_rows.append((show_id, title, words.sentence(18)))
    db.executemany("INSERT INTO shows (id, title, description) VALUES (?, ?, ?)", show_rows)

    people = [f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in range(2000)]
    base_ms = 1_600_000_000_000
    clip_id = 0
    topic_id = 0
    highlight_id = 0
    question_id = 0
    citation_id = 0
    ep_rows, people_rows, topic_rows, clip_rows, citation_rows = [], [], [], [], []
    highlight_rows, question_rows, transcript_rows, segment_rows = [], [], [], []
    for ep in range(1, episodes + 1):
        show_id = (ep - 1) % shows + 1
        duration = rng.randint(30, 120) * 60_000
        title = words.title()
        ep_rows.append((ep, f"synthetic-{seed}-{ep}", show_id, (ep - 1) // shows + 1, title,
                        title.lower(), " ".join(words.sentence(rng.randint(10, 20)) for _ in range(3)),
                        base_ms - ep * 86_400_000, duration, rng.randint(0, 12),
                        2, f"https://example.invalid/audio/{ep}.mp3"))
        for position in range(rng.randint(1, 2)):
            people_rows.append((ep, position, rng.choice(people), "guest"))
        # 10 clips: 6 citations, a popular clip, a highlight, a question, a chapter.
        span = duration // 12
        clip_ids = []
        for k in range(10):
            clip_id += 1
            start = k * span + rng.randint(0, span // 2)
            end = start + rng.randint(5_000, 60_000)
            kind = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5][k]
            key = {1: f"citation:{k + 1}", 2: "popular:0", 3: "highlight:0", 4: "question:0",
                   5: "chapter:0"}[kind]
            clip_title = words.title() if kind in (2, 5) else ""
            clip_rows.append((clip_id, ep, key, kind, k + 1 if kind == 1 else None, clip_title,
                              start, end))
            clip_ids.append(clip_id)
        for position in range(3):
            topic_id += 1
            sentences = [words.sentence(rng.randint(10, 22)) for _ in range(rng.randint(3, 4))]
            summary = " ".join(sentences)
            topic_rows.append((topic_id, ep, position, words.title(), summary))
            for c in range(2):
                citation_id += 1
                number = position * 2 + c + 1
                sentence = sentences[c]
                start = summary.find(sentence)
                citation_rows.append((citation_id, topic_id, c, number, sentence, start,
                                      start + len(sentence), clip_ids[number - 1]))
        highlight_id += 1
        highlight_rows.append((highlight_id, ep, 0, words.sentence(14), clip_ids[7]))
        question_id += 1
        question_rows.append((question_id, ep, 0, words.sentence(10).rstrip(".!") + "?", clip_ids[8]))
        transcript_rows.append((ep, f"https://example.invalid/transcripts/{ep}.vtt", "vtt"))
        cue = duration // 100
        speakers = ["Host"] + [p[2] for p in people_rows[-2:] if p[0] == ep]
        for position in range(100):
            start = position * cue
            segment_rows.append((ep, position, start, start + cue, rng.choice(speakers),
                                 words.sentence(rng.randint(8, 24))))
        if len(segment_rows) >= 100_000 or ep == episodes:
            flush(db, ep_rows, people_rows, topic_rows, clip_rows, citation_rows, highlight_rows,
                  question_rows, transcript_rows, segment_rows)
            sys.stderr.write(f"\r{ep} episodes")

    bookmark_rows, tag_rows = [], []
    for b in range(1, max(1, episodes // 2) + 1):
        ep = rng.randint(1, episodes)
        start = rng.randint(0, 3_000_000)
        kind = rng.choice([1, 2, 3, 4, 5])
        has_span = kind != 4
        bookmark_rows.append((b, f"bookmark-{seed}-{b}", kind, f"synthetic-{seed}-{ep}", ep,
                              f"episode {ep}", start if has_span else None,
                              start + rng.randint(5_000, 40_000) if has_span else None,
                              words.sentence(12) if rng.random() < 0.6 else "",
                              words.sentence(rng.randint(4, 14)), rng.random() < 0.2,
                              base_ms + b * 1000, base_ms + b * 1000))
        for position, tag in enumerate(rng.sample(TAGS, rng.randint(0, 3))):
            tag_rows.append((b, position, tag))
    db.executemany("INSERT INTO bookmarks (id, uid, kind, episode_guid, episode_id, episode_title, "
                   "start_ms, end_ms, quote, note, starred, created_ms, updated_ms) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", bookmark_rows)
    db.executemany("INSERT INTO bookmark_tags (bookmark_id, position, tag) VALUES (?, ?, ?)", tag_rows)
    db.execute("UPDATE bookmarks SET episode_title = (SELECT title FROM episodes "
               "WHERE episodes.id = bookmarks.episode_id)")
    db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    sys.stderr.write("\n")


def flush(db, ep_rows, people_rows, topic_rows, clip_rows, citation_rows, highlight_rows,
          question_rows, transcript_rows, segment_rows):
    db.executemany("INSERT INTO episodes (id, guid, show_id, number, title, title_key, description, "
                   "published_ms, duration_ms, questions_answered, audio_kind, audio_location) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ep_rows)
    db.executemany("INSERT INTO episode_people (episode_id, position, name, role) VALUES (?, ?, ?, ?)",
                   people_rows)
    db.executemany("INSERT INTO clips (id, episode_id, clip_key, kind, citation_number, title, "
                   "start_ms, end_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", clip_rows)
    db.executemany("INSERT INTO topics (id, episode_id, position, title, summary) VALUES (?, ?, ?, ?, ?)",
                   topic_rows)
    db.executemany("INSERT INTO citations (id, topic_id, position, number, sentence, text_start, "
                   "text_end, clip_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", citation_rows)
    db.executemany("INSERT INTO highlights (id, episode_id, position, text, clip_id) VALUES (?, ?, ?, ?, ?)",
                   highlight_rows)
    db.executemany("INSERT INTO questions (id, episode_id, position, text, clip_id) VALUES (?, ?, ?, ?, ?)",
                   question_rows)
    db.executemany("INSERT INTO transcripts (episode_id, source_url, format) VALUES (?, ?, ?)",
                   transcript_rows)
    db.executemany("INSERT INTO transcript_segments (episode_id, position, start_ms, end_ms, speaker, text) "
                   "VALUES (?, ?, ?, ?, ?, ?)", segment_rows)
    for rows in (ep_rows, people_rows, topic_rows, clip_rows, citation_rows, highlight_rows,
                 question_rows, transcript_rows, segment_rows):
        rows.clear()


def write_packs(directory, episodes, seed):
    import json
    rng = random.Random(seed)
    words = Words(rng)
    os.makedirs(directory, exist_ok=True)
    shows = [f"{rng.choice(CONTENT_WORDS).capitalize()} {rng.choice(SHOW_WORDS)} "
             f"{rng.choice(SHOW_QUALIFIERS)}" for _ in range(max(1, episodes // 50))]
    people = [f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in range(2000)]
    per_file = 100
    for first in range(1, episodes + 1, per_file):
        pack = {"citecastPack": 1, "episodes": []}
        for ep in range(first, min(episodes, first + per_file - 1) + 1):
            duration = rng.randint(30, 120) * 60_000
            span = duration // 12
            topics, clips = [], []
            for t in range(3):
                sentences = []
                for c in range(rng.randint(3, 4)):
                    sentence = {"text": words.sentence(rng.randint(10, 22))}
                    if c < 2:
                        number = t * 2 + c + 1
                        sentence["citations"] = [number]
                        start = (number - 1) * span + rng.randint(0, span // 2)
                        clips.append({"kind": "citation", "citation": number, "start": start,
                                      "end": start + rng.randint(5_000, 60_000)})
                    sentences.append(sentence)
                topics.append({"title": words.title(), "sentences": sentences})
            start = 6 * span + rng.randint(0, span // 2)
            clips.append({"kind": "popular", "title": words.title(), "start": start,
                          "end": start + rng.randint(5_000, 60_000)})
            h = 7 * span
            q = 8 * span
            pack["episodes"].append({
                "guid": f"synthetic-pack-{seed}-{ep}",
                "show": shows[(ep - 1) % len(shows)],
                "number": ep,
                "title": words.title(),
                "guests": [rng.choice(people) for _ in range(rng.randint(1, 2))],
                "published": time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                           time.gmtime(1_600_000_000 - ep * 86_400)),
                "duration": duration,
                "questionsAnswered": rng.randint(0, 12),
                "description": " ".join(words.sentence(rng.randint(10, 20)) for _ in range(3)),
                "audio": {"url": f"https://example.invalid/audio/{ep}.mp3"},
                "topics": topics,
                "clips": clips,
                "highlights": [{"text": words.sentence(14), "start": h, "end": h + 20_000}],
                "questions": [{"text": words.sentence(10).rstrip(".!") + "?", "start": q,
                               "end": q + 30_000}],
            })
        with open(os.path.join(directory, f"pack-{first:05d}.json"), "w", encoding="utf-8") as f:
            json.dump(pack, f, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", help="the library file to write (replaced)")
    parser.add_argument("--packs", metavar="DIR", help="write packs into DIR instead")
    parser.add_argument("--episodes", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.monotonic()
    if args.packs:
        write_packs(args.packs, args.episodes, args.seed)
        sys.stderr.write(f"wrote packs to {args.packs} in {time.monotonic() - started:.1f} s\n")
        return
    if not args.out:
        parser.error("name the library file to write, or --packs DIR")
    generate(args.out, args.episodes, args.seed)
    sys.stderr.write(f"wrote {args.out} in {time.monotonic() - started:.1f} s\n")


if __name__ == "__main__":
    main()
