"""Generates a large WhatsApp-format export for benchmarks (not a fixture: written on demand).

Messages are drawn from the corpus texts and from short chat replies, with multi-line
messages, media placeholders and system notices mixed in, as in real exports. Corpus texts
get a random time, place or amount appended, so that (as in a real chat) almost every
message is distinct and the benchmark cannot profit from heard scoring repeated texts once.
"""

from __future__ import annotations

import argparse
import random
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SHORT = ["ok", "lol", "yes", "no", "😂😂", "👍", "on my way", "k", "haha", "sure", "omw",
         "thanks!", "where r u", "5 min", "love you", "night", "what time?", "🙄", "fine."]
TAILS = [" ({h}:{m})", " btw it's {n} quid", " — {who}", " x{n}", " see you at {h}:{m}",
         " (platform {n})", " #{n}", " ... {who} said {h}pm", " room {n}"]
SPEAKERS = ["Priya", "Tom", "Jess", "Sam Ortiz", "Léa"]


def write_export(path: Path, messages: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    texts = pd.read_csv(ROOT / "data" / "corpus.csv", keep_default_na=False)["text"].tolist()
    moment = datetime(2023, 1, 2, 8, 0)
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"{moment:%d/%m/%Y, %H:%M} - Messages and calls are end-to-end encrypted. No one "
                  "outside of this chat, not even WhatsApp, can read or listen to them.\n")
        for _ in range(messages):
            moment += timedelta(seconds=rng.randint(5, 900))
            speaker = rng.choice(SPEAKERS)
            roll = rng.random()
            if roll < 0.02:
                text = "<Media omitted>"
            elif roll < 0.40:
                text = rng.choice(SHORT)
            else:
                text = rng.choice(texts) + rng.choice(TAILS).format(
                    n=rng.randint(2, 999), h=rng.randint(1, 12), m=rng.randint(10, 59),
                    who=rng.choice(SPEAKERS))
                if rng.random() < 0.05:
                    text = text + "\n" + rng.choice(SHORT)
            out.write(f"{moment:%d/%m/%Y, %H:%M} - {speaker}: {text}\n")
    return path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--messages", type=int, default=200_000)
    args = parser.parse_args(argv)
    write_export(args.path, args.messages)


if __name__ == "__main__":
    main()
