"""A verdict hung on the event by "which": "…walked off in the middle of me talking which was so rude".

"and then u just walked off in the middle of me talking which honestly was so rude like i was still
talking", "you left without saying bye, which was pretty selfish": the event is told, then judged in a
relative clause. Parsed as one clause, the verdict went with the event into "When you …, I felt …", so
the rewrite kept the judgment it was meant to replace and ran on. Cut here: from "which" to the end of
the clause, when what follows "which was/is" is a judgment of the act (rude, selfish, disrespectful…);
the feeling the rewrite names says what the verdict said. Left alone: "which" naming a thing ("the
shirt which was in the wash"), or a plain fact after it ("which was at 6").
"""

from __future__ import annotations

import re

from .lexicon import TRAITS

_JUDGED = {"rude", "disrespectful", "selfish", "mean", "unfair", "inconsiderate", "hurtful", "childish",
           "immature", "petty", "thoughtless", "cruel", "nasty", "uncalled", "unacceptable", "embarrassing",
           "humiliating", "insulting", "out", "messed", "shitty", "crappy", "cold", "cowardly", "disgusting"}
_VERDICT = re.compile(
    r",?\s*\bwhich\s+(?:(?:honestly|tbh|frankly|really|just|literally|imo|ngl)\s+)*(?:was|is|'s|were)\s+"
    r"(?:(?:so|really|pretty|kinda|kind\s+of|super|very|incredibly|extremely|honestly|just|such\s+a|totally|"
    r"completely|quite|a\s+bit|fucking|bloody)\s+)*(?P<word>[a-z]+)\b", re.I)


def cut_which_verdicts(clauses) -> None:
    """Drops "which was so rude…" from the end of an event's clause (the event itself is kept)."""
    for clause in clauses:
        text = clause.text
        match = _VERDICT.search(text)
        if not match:
            continue
        word = match.group("word").lower()
        if word not in _JUDGED and word not in TRAITS:
            continue
        start = clause.tokens[0].idx + match.start()
        kept = [t for t in clause.tokens if t.idx < start]
        if len(kept) >= 3:  # "which was rude" alone: nothing told, left to the other readings
            clause.tokens = kept
