"""Orders that wave the complaint away, left out of a rewrite that kept them as facts.

"I said I'd do it and I will, stop nagging", "That was Mark's call, take it up with him", "it was ONE
time, relax": the clause strategies keep each clause that is not flagged on its own, so the order
came back inside the apology ("I'm sorry I haven't done it yet. Stop nagging."; "The way I
understand it, take it up with him."). Such an order is the defence itself (it tells the listener to
stop complaining or to take the complaint elsewhere), never a fact the rewrite must keep. This module
owns `without_dismissals` (applied to every candidate in strategies.py): a sentence that is only such
an order is taken out, one tacked on after a comma ("I will, stop nagging me.") is cut off; a question
("Can we move on?") is a request and stays.
"""

from __future__ import annotations

import re

_HEDGE = r"(?:(?:the\s+way\s+I\s+understand\s+it|as\s+far\s+as\s+I\s+know|from\s+what\s+I\s+can\s+tell|honestly|look|so|ok(?:ay)?)" \
         r",?\s+)?"
_BODY = (r"(?:just\s+|please\s+|so\s+)?(?:"
    r"stop\s+(?:nagging|moaning|going\s+on|complaining|whining|lecturing|having\s+a\s+go|bringing\s+it\s+up|making\s+a\s+(?:fuss|scene))"
    r"|calm\s+down|relax|chill(?:\s+out)?|get\s+over\s+it|give\s+it\s+a\s+rest|drop\s+it|let\s+it\s+go|lighten\s+up|grow\s+up"
    r"|deal\s+with\s+it|take\s+it\s+up\s+with\s+(?:him|her|them|\w+)|ask\s+(?:him|her|them|\w+)\s+yourself"
    r"|talk\s+to\s+(?:him|her|them)\s+about\s+it|get\s+off\s+my\s+back|back\s+off)"
    r"(?:\s+(?:me|already|then|ok(?:ay)?|mate|babe|please|lol))*")
_ORDER = re.compile(r"^" + _HEDGE + _BODY + r"\s*[.!]*$", re.I)
# "I will, stop nagging me.": the order tacked onto a sentence that says something else
_TACKED = re.compile(r",\s+" + _BODY + r"\s*(?=[.!]*$)", re.I)


def without_dismissals(text: str) -> str:
    """The candidate less any sentence that only orders the listener to drop the complaint."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    kept = [s if s.endswith("?") else _TACKED.sub("", s) for s in sentences if s.endswith("?") or not _ORDER.match(s)]
    cut = " ".join(kept)
    return cut if len(cut.split()) >= 3 else text
