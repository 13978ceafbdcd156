"""An order to drop a mood, joined to the help the speaker actually wants.

"stop moping around the house and help me with the garden", "quit sulking on the couch and come help me
carry the groceries": the first order is about how the listener feels (moping, sulking, lazing about),
the second is the ask. Read clause by clause, "moping" became "mop" and the ask became "Could you stop
feeling down?" — asking someone to stop a feeling, and dropping the garden.
Read here: the ask alone, as a request ("Could you help me with the garden?"); the mood goes, since
asking someone to stop feeling down is no request they can meet.

Not read here: a mood order with no ask after it ("stop sulking"), or an ask that is itself a verdict
("stop moping and grow up"): nothing to ask for, the other strategies answer.
"""

from __future__ import annotations

import re

from .everyday_complaints import bare_text, own_words
from .message import Message
from .textspeak import spell_out

_MOOD = (r"(?:moping|mopping|sulking|moping|pouting|lazing|lounging|moaning|whining|brooding|sitting|lying|laying|"
         r"lolling|feeling\s+sorry\s+for\s+yourself|"
         r"being\s+(?:(?:so|such|a|an)\s+){0,2}[a-z]+)")  # "quit being a crybaby and help me lift this": a name, then the ask
_ORDER = re.compile(
    r"^(?:(?:hey|oi|ok|okay|so|come\s+on|cmon|please|pls),?\s+)*(?:(?:can|could|will|would)\s+(?:you|u)\s+)?"
    r"(?:stop|quit)\s+" + _MOOD + r"(?:\s+(?:around|about|round))?(?:\s+(?:in|on|at|by|around|about|round)\s+(?:the|your|ur|my)\s+"
    r"\w+)?(?:\s+all\s+day)?\s*,?\s+and\s+(?:(?:just|please|pls)\s+)?(?P<ask>(?:come\s+(?:and\s+)?)?(?:help|give|"
    r"lend|grab|get|bring|carry|fold|set|do|wash|make|take|clear|tidy|fix|hold|pass|lift|move|hoover|vacuum|load|empty|"
    r"put|sort|pick)\b[^.!?]*?)\s*"
    r"(?:pls|please)?\s*[.!?]*$", re.I)
_VERDICT_ASK = re.compile(r"\b(?:grow\s+up|get\s+a\s+(?:life|grip)|act\s+your\s+age|man\s+up)\b", re.I)


def mood_order_lines(msg: Message) -> list[str] | None:
    """["Could you help me with the garden?"], or None."""
    match = _ORDER.match(bare_text(msg))
    if not match or _VERDICT_ASK.search(match.group("ask")):
        return None
    ask = own_words(spell_out(match.group("ask"))[0], 14)
    return [f"Could you {ask}?"] if ask else None
