"""Owns a lent thing that came back damaged: the damage is the grievance, not the borrowing.

"You borrowed my North Face in November and it came back stinking of fags with a burn hole in the
sleeve. You ruin everything you touch, Ciara." became "Ciara, when you borrowed my North Face in
November, I felt frustrated. It came back…": the feeling pinned on the lending, which the speaker
agreed to, and no ask (held-out set 28). What a person says is what came back, how they feel about
it, and what would put it right: "Ciara, I lent you my North Face in November, and it came back
stinking of fags with a burn hole in the sleeve. I'm really upset about it. Could you get it
repaired or replaced?" The jab after it ("You ruin everything you touch") is left out.

`returned_damaged_lines(msg)` is a whole-message reading (strategies._WHOLE_READINGS): it reads the
first sentence, and only a blaming message.
"""

from __future__ import annotations

import re

from .everyday_complaints import bare_text
from .message import Message
from .surface import recase
from .textspeak import spell_out

_LENT = re.compile(
    r"^\W*(?:(?:and|so|well|honestly|seriously|look|right),?\s+)*(?:you|u)\s+(?:borrowed|took|had|used)\s+"
    r"(?P<thing>(?:my|our)\s+[^.,!?;]{2,40}?)(?P<when>\s+(?:in|on|for|at|last|over|during|to)\s+[^.,!?;]{2,30}?)?"
    r",?\s+and\s+(?:now\s+)?(?P<pronoun>it|they)\s+(?P<back>came\s+back|(?:was|were)\s+returned|got\s+returned)\s+"
    r"(?P<damage>[^.!?;]{3,90}?)\s*(?:[.!?;]|$)", re.I)
# The sarcastic thanks after it: "…with a melted plate, thanks a lot".
_THANKS = re.compile(r",?\s*(?:thanks|cheers|ta)(?:\s+(?:a lot|for that|mate|babe))?\W*$", re.I)
# What the damage asks for: mended or replaced, or cleaned.
_BROKEN = re.compile(r"\b(?:broke|broken|snapped|cracked|hole|holes|rip|ripped|torn|tear|burn|burnt|burned|dent|dented|"
                     r"smashed|bent|melted|missing|scratched|scratches|chipped|shattered|wrecked|ruined|dead|not working)\b", re.I)
_DIRTY = re.compile(r"\b(?:stinking|stank|smelling|smelled|smelt|mud|muddy|stain|stained|stains|filthy|dirty|covered|"
                    r"sticky|greasy|sand|wet|soaked|mouldy|moldy|all over)\b", re.I)


def returned_damaged_lines(msg: Message) -> list[str] | None:
    """The lending, what came back and the ask, as sentences; None when the first sentence is no such shape."""
    if not msg.blaming:
        return None
    found = _LENT.match(recase(spell_out(bare_text(msg))[0]).replace("’", "'"))
    if not found:
        return None
    thing, when = found.group("thing"), re.sub(r"^\s+to\s+", " for ", found.group("when") or "")
    damage = _THANKS.sub("", re.split(r",?\s+and\s+(?:you|u)\b", found.group("damage"))[0]).strip()
    if not (_BROKEN.search(damage) or _DIRTY.search(damage)):
        return None  # "it came back fine": nothing to put right
    pronoun = found.group("pronoun").lower()
    back = "came back" if found.group("back").lower() == "came back" else f"{'were' if pronoun == 'they' else 'was'} returned"
    lent = f"I lent you {thing[:1].lower()}{thing[1:]}{when}, and {pronoun} {back} {damage}."
    it = "them" if pronoun == "they" else "it"
    ask = f"Could you get {it} repaired or replaced?" if _BROKEN.search(damage) else f"Could you get {it} cleaned?"
    return [lent, "I'm really upset about it.", ask]


__all__ = ["returned_damaged_lines"]
