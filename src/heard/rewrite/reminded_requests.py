"""A work or family request opened by a reminder, said as the fact and the ask.

"as i mentioned yesterday the client wants the changes today. can u confirm", "like i said on friday the
landlord needs the form by monday. can you sign it": the reminder ("as I mentioned yesterday") is the only
edge; the rest is a fact nobody disputes and an ask. With no comma after the reminder, irony.cut_frames
leaves it in place, and the message was answered as a defence ("It makes sense that you're upset…").
Read here: the fact on its own, then the ask as a plain question ("The client wants the changes today.
Could you confirm?").

Not read here: a reminder with a jab in the fact ("as I said, you never listen": the fact blames the
listener) or an ask that is a verdict ("can you not be so lazy"); those stay with the other strategies.
"""

from __future__ import annotations

import re

from .everyday_complaints import bare_text, own_words
from .message import Message
from .textspeak import spell_out

_WHEN = (r"(?:\s+(?:before|already|earlier|previously|yesterday|last\s+(?:week|night|time|month)|this\s+morning|"
         r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+(?:my|the)\s+(?:last\s+)?"
         r"(?:email|message|text|meeting|call)))?")
_REMINDER = re.compile(
    r"^(?:(?:so|ok|okay|hey|hi|and|just|again),?\s+)*(?:as|like)\s+(?:i|i've|i\s+have|we|we've)\s+"
    r"(?:said|mentioned|told\s+you|explained|discussed|wrote)" + _WHEN + r"\s*,?\s+(?P<fact>[^.!?]+?)\s*"
    r"(?:[.!]+\s*|,\s*|\s+(?:so|and)\s+)(?:(?:so|and|pls|please),?\s+)?(?:can|could|will|would)\s+(?:you|u)\s+"
    r"(?:please\s+|pls\s+)?(?P<ask>[a-z][^.!?]*?)\s*(?:pls|please|thx|thanks)?\s*[?.!]*$", re.I)
_SECOND_PERSON = re.compile(r"\b(?:you|u|your|ur|yourself)\b", re.I)
# the ask is an act the listener can do, not a verdict on them
_VERDICT_ASK = re.compile(r"^(?:not\b|stop\s+being|be\s+(?:less|more)\s+\w+|grow\s+up|calm\s+down|listen\b|"
                          r"read\b|pay\s+attention|try\b|even\b|for\s+once)", re.I)


def reminded_request_lines(msg: Message) -> list[str] | None:
    """["The client wants the changes today.", "Could you confirm?"], or None."""
    match = _REMINDER.match(bare_text(msg))  # before spell_out, which drops some reminders
    if not match:
        return None
    fact, ask = (spell_out(match.group(g).strip(" ,"))[0] for g in ("fact", "ask"))
    if _SECOND_PERSON.search(fact) or _VERDICT_ASK.match(ask):
        return None  # "as I said, you never listen": the fact is the jab
    fact, ask = own_words(fact, 14), own_words(ask, 10)
    if not fact or not ask:
        return None
    return [fact[:1].upper() + fact[1:] + ".", f"Could you {ask}?"]
