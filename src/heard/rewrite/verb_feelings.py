"""Owns reading back a feeling said as a verb: "It's frustrating for me when…", "It worried me when…".

The rewrites name a feeling two ways (reading.feeling_sentence): "I feel frustrated when…" or, for the
feelings lexicon.FEELING_VERBS lists, "It's frustrating for me when…". The checks that rework a sentence
by its feeling (a guessed motive turned round in jab_sentences, a verdict's facts put first in kept_jabs)
read both; `said_as_verb` gives the second back as the feeling and whether it was said in the past.
"""

from __future__ import annotations

import re

_AS_VERB = re.compile(r"^(?:[\w@.'-]+,\s+)?It(?:'s|\s+is|\s+(?P<was>was))\s+frustrating\s+for\s+me\b"
                      r"|^(?:[\w@.'-]+,\s+)?It\s+(?P<verb>worries|worried|upsets|upset|hurts|hurt)\b", re.I)
# the verb's feeling, and whether that form of the verb is the past ("It hurt", "It upset me")
_VERBS = {"worries": ("worried", False), "worried": ("worried", True), "upsets": ("upset", False),
          "upset": ("upset", True), "hurts": ("hurt", False), "hurt": ("hurt", True)}


def said_as_verb(sentence: str) -> tuple[str, bool] | None:
    """("frustrated", False) for "It's frustrating for me when…", ("worried", True) for "It worried me when…";
    None for any other sentence."""
    found = _AS_VERB.match(sentence.strip())
    if not found:
        return None
    if found["verb"]:
        return _VERBS[found["verb"].lower()]
    return "frustrated", bool(found["was"])
