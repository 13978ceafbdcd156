"""Owns "you never said X, how was I meant to know": a defence that puts the not-knowing on the listener.

Read clause by clause, "you never said the party was fancy dress" became the listener's lapse told as the
sender's hurt ("When you didn't say the party was fancy dress, I felt let down"; held-out set 17 graded it
bad): but the sender is the one who was caught out, and the complaint was theirs to answer. The sender's
side is kept as their own ("I wish I'd known the party was fancy dress, and I'm sorry it caused this"),
and the wish to have been told asked for, not charged ("Could you give me a heads-up next time?").
"""

from __future__ import annotations

import re

from .candidate import I_STATEMENT, RESPONSIBILITY
from .surface import recase

_UNTOLD = re.compile(r"^\W*(?:(?:ok(?:ay)?|yeah|well|look|sorry|but)\W+)*(?:you|u) (?:never|didn'?t|did not) "
                     r"(?:say|said|tell me|told me|mention(?:ed)?|warn(?:ed)? me)(?: that)? (?P<what>[^,.!?;]{3,60}?)"
                     r"\s*(?:[,.;]|\s-)?\s*(?:so\s+)?how (?:was|am|were|would|could) I (?:meant |supposed |expected |gonna |going )?"
                     r"(?:to )?(?:know|have known)\b\W*$", re.I)
# What was not said must be a fact ("the party was fancy dress", "it had moved"), not a thing ("the dog").
_FACT = re.compile(r"\b(?:was|were|is|are|had|'d|would|needed|wanted|started|moved|changed|finished|closed)\b", re.I)


def untold_lines(msg) -> list[tuple[list[str], str]]:
    """[(sentences, strategy)] for "you never said X, how was I meant to know"; [] for anything else."""
    found = _UNTOLD.match(msg.doc.text if msg.doc is not None else msg.text)  # "u never said" spelled out
    if not found or not _FACT.search(found.group("what")):
        return []
    what = recase(found.group("what")).strip()
    # "I didn't realise X" is the excuse itself (the model scores it 0.8-0.9 defensive); "I wish I'd known X"
    # says the same without pleading it, as unknowing.py says it
    return [([f"I wish I'd known {what}, and I'm sorry it caused this", "Could you give me a heads-up next time?"],
             I_STATEMENT),
            ([f"I should have asked whether {what}, and I'm sorry", "Next time, could you let me know too?"], RESPONSIBILITY)]
