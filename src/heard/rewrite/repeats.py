"""Keeps a rewrite from saying the same thing twice, and a list of suggestions from offering one twice.

Strategies assemble a rewrite from parts (an apology, the kept facts, a request) that can name the
same event: "I should have checked whether the leaves were in your pond, and I'm sorry. I had no
idea the leaves were in your pond." Read aloud, the second sentence is an echo.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .inflect import base_of
from .message import PERSON_NOUNS

_SENTENCES = re.compile(r"(?:[^.!?]|\.(?=\d))+[.!?]+")  # "$3.50" is one number, not two sentences
_WORD = re.compile(r"[a-z][a-z']*")


def content_words(sentence: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(sentence.lower()) if w not in STOP_WORDS and len(w) > 2
            and w not in ("i'm", "sorry", "feel", "felt")}


def without_echoes(text: str) -> str:
    """Drops a statement whose words an earlier sentence already said (most of them)."""
    kept, seen = [], []
    for part in _SENTENCES.findall(text) or [text]:
        part = part.strip()
        words = content_words(part)
        echo = part.endswith(".") and words and any(len(words & before) >= max(2, 0.75 * len(words))
                                                     for before in seen)
        said = part.lower().rstrip(".!? ")  # "…, I felt embarrassed. I felt embarrassed.": the end said again
        echo = echo or len(said.split()) >= 2 and any(k.lower().rstrip(".!? ").endswith(said) for k in kept)
        if not echo:
            kept.append(part)
            seen.append(words)
    return " ".join(kept)


def near_duplicate(a: str, b: str) -> bool:
    """Two suggestions that open the same way and differ by one sentence at most: offering both adds
    nothing (a shorter one that opens differently, "Could you …?", is a real choice)."""
    first = [s.strip() for s in _SENTENCES.findall(a)]
    second = [s.strip() for s in _SENTENCES.findall(b)]
    return bool(first and second) and first[0] == second[0] and len(set(first) ^ set(second)) <= 1


def same_content(a: str, b: str) -> bool:
    """Two suggestions that say the same things, whatever the order or tense: "When you promised…,
    I felt let down. You picked…" and "When you picked…, I felt let down. You promised…" are one
    suggestion offered twice."""
    mine, theirs = _stems(a), _stems(b)
    return len(mine) >= 4 and len(theirs) >= 4 and len(mine & theirs) >= 0.85 * len(mine | theirs)


def _stems(text: str) -> set[str]:
    """Content words with their tense and number taken off ("promised" and "promise" are one)."""
    found = set()
    for word in _WORD.findall(text.lower()):
        if word in STOP_WORDS or len(word) <= 2 or word in ("i'm", "sorry", "feel", "felt"):
            continue
        word = base_of(word)
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[:-len(suffix)]
                break
        found.add(word[:4])
    return found


def refer_back(text: str, topic: str | None) -> str:
    """Names the topic once: "I've been worried about Gran's gutters. … more help with Gran's
    gutters" → "… more help with them". Only after a preposition, where "it"/"them" can't mislead."""
    if not topic or len(topic.split()) < 2 or text.lower().count(topic.lower()) < 2:
        return text
    if topic.split()[-1].lower() in PERSON_NOUNS:  # "not speak to it" for "the ref": a person keeps their noun
        return text
    plural = topic.endswith("s") and not topic.endswith(("ss", "'s"))
    first = text.lower().index(topic.lower()) + len(topic)
    pattern = re.compile(rf"\b(with|about|for|to|on) {re.escape(topic)}\b", re.I)
    return text[:first] + pattern.sub(lambda m: f"{m.group(1)} {'them' if plural else 'it'}", text[first:])


_LATER_SORRY = re.compile(r",? and I'm (?:so |really |truly )?sorry(?=[.!])")


def one_apology(text: str) -> str:
    """"I'm sorry I forgot the bill. I should have kept track of it myself, and I'm sorry." says
    sorry twice; the second ", and I'm sorry" goes once an earlier sentence has apologised."""
    first = text.find("sorry")
    if first < 0:
        return text
    cut = text.find(". ", first)
    if cut < 0:
        return text
    return text[:cut + 2] + _LATER_SORRY.sub("", text[cut + 2:])
