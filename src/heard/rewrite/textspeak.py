"""Spells out text-speak ("ur", "u", "r u") before parsing, and moves character offsets to match;
a lower-case "mum you…" becomes "Mum, you…" so the parser sees who is addressed.

The tagger reads "ur always on ur phone" as an interjection and a name, so no clause has a
subject and no rewrite can say what happened. Spelled out ("you're always on your phone") it
parses like any other message, and the rewrite speaks plain English back.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .lexicon import ABSOLUTES, INTENSIFIERS, TRAITS

# Words that follow "ur" = "you're" rather than "your": adverbs, articles, states and traits.
_AFTER_YOURE = ABSOLUTES | INTENSIFIERS | set(TRAITS) | frozenset("""never so not such a an the
being too really still only also all gonna going like acting kidding joking welcome right wrong late
mad upset angry crazy insane ridiculous pathetic unbelievable impossible sorry sure done making
taking out in at on with there here home busy free back away up off over ok okay fine tired drunk
asleep awake online lucky supposed allowed obsessed stressed""".split())
# "-ing" words that are things, not what someone is doing ("ur wedding").
_ING_NOUNS = frozenset("""morning evening wedding meeting building feeling feelings painting ceiling
clothing something nothing everything anything thing things ring king spring string wing
darling sibling pudding earring earrings""".split())
_FIXED = {"u": "you", "urself": "yourself", "ppl": "people", "cuz": "because", "bc": "because",
          "tho": "though", "pls": "please", "plz": "please", "thx": "thanks", "b4": "before",
          "2day": "today", "2nite": "tonight", "2morrow": "tomorrow", "idk": "I don't know"}
# Lower-case words for family or a partner that open a message addressed to them ("mum you…").
_KIN = frozenset("mum mom dad babe hun sis bro nana gran grandma grandad mummy daddy".split())
_WORD = re.compile(r"[A-Za-z0-9']+")


def _youre_or_your(following: str | None) -> str:
    if following is None:
        return "you're"  # "no, ur": the end of a sentence
    low = following.lower()
    if low in _AFTER_YOURE or (low.endswith("ing") and len(low) > 5 and low not in _ING_NOUNS):
        return "you're"
    return "your"


def spell_out(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with text-speak spelled out, and the edits as (original end, added length)."""
    words = list(_WORD.finditer(text))
    pieces, edits, last = [], [], 0
    for k, match in enumerate(words):
        word = match.group()
        low = word.lower()
        following = words[k + 1].group() if k + 1 < len(words) and _same_sentence(text, match, words[k + 1]) \
            else None
        previous = words[k - 1].group().lower() if k > 0 else None
        if word != low and not (word.isupper() and len(word) > 1):
            continue  # "U" as a grade, "Ur" the city: only lowercase (or shouted) text-speak
        if k == 0 and low in _KIN and (following or "").lower() in ("you", "u", "ur", "youre", "you're") \
                and not text[match.end():words[1].start()].strip():
            spelled = word.capitalize() + ","  # "mum you never…" parses as "Mum, you never…"
        elif low == "ur":
            spelled = _youre_or_your(following)
        elif low == "r" and (previous in ("u", "you", "we", "they") or (following or "").lower() in ("u", "you")):
            spelled = "are"
        elif low in _FIXED:
            spelled = _FIXED[low]
        else:
            continue
        if word.isupper() and len(word) > 1:
            spelled = spelled.upper()
        pieces.append(text[last:match.start()] + spelled)
        edits.append((match.end(), len(spelled) - len(word)))
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces), edits


def _same_sentence(text: str, match, following) -> bool:
    return not re.search(r"[.!?,;:]", text[match.end():following.start()])


def moved(offset: int, edits: list[tuple[int, int]]) -> int:
    """Where a character offset of the original text lands in the spelled-out text."""
    ends = [end for end, _ in edits]
    return offset + sum(added for _, added in edits[:bisect_right(ends, offset)])


def moved_evidence(evidence, edits) -> list[dict]:
    """The classifier's evidence spans with offsets into the spelled-out text."""
    if not edits:
        return list(evidence)
    return [{**e, "start": moved(e["start"], edits), "end": moved(e["end"], edits)} for e in evidence]
