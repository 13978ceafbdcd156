"""Owns three everyday shapes that carry a grievance inside a jab, said as the grievance plainly.

- An act found out, asked back in disbelief: "Oh, so now you're tracking every little thing I do?",
  "So now you're checking my bank statements?" → "I'm upset that you're tracking what I do. Can we talk
  about it?" Read clause by clause, a question with no request in it and no event in the past named
  nothing to keep.
- An act the speaker can't bear to watch: "I can't take watching you flirt with him", "I can't stand
  it when you talk over me" → "It hurts me when you flirt with him. Can we talk about it?" The model
  flags the message, but its "I" is the speaker's, so the last resorts (venting.py) stay silent.
- A dislike the listener should have known: "You know I hate surprises, especially in front of large
  groups." → "I really don't like surprises, especially in front of large groups. Could you keep that
  in mind next time?" The reproach is in "you know"; the dislike is the speaker's to say.
Each must be the whole message (an address aside): with more after it, other readings know better.
`plain_grievance_lines(msg)` is a whole-message reading (strategies._WHOLE_READINGS).
"""

from __future__ import annotations

import re

from .everyday_complaints import bare_text, own_words
from .message import Message
from .textspeak import spell_out

_I = re.I
_END = r"\s*[.!?]*\s*$"
_FOUND_OUT = re.compile(r"^(?:(?:oh|ah|wow|right|great|ok|okay),?\s+)*so\s+(?:now\s+)?(?:you're|you are)\s+"
                        r"(?:(?:just|actually|really)\s+)?(?P<act>[a-z]+ing\b[^?.!,]*?)\s*\?+\s*$", _I)
_CANT_WATCH = re.compile(r"^(?:(?:honestly|seriously|look),?\s+)?I\s+(?:really\s+)?(?:can't|cannot|can not|couldn't)\s+"
                         r"(?:take|stand|bear|handle)\s+(?P<how>watching|seeing|hearing|listening to|it when)\s+(?:you|u)\s+"
                         r"(?P<act>[a-z][^.!?,]*?)" + _END, _I)
_YOU_KNOW = re.compile(r"^(?:you|u)\s+know\s+(?:(?:full|very|damn|perfectly)\s+well\s+)?(?:that\s+)?I\s+"
                       r"(?:hate|can't stand|cannot stand|don't like|can't bear|detest|loathe)\s+"
                       r"(?P<thing>(?!it\b|you\b|when\b|that\b|this\b)[^.!?]+?)" + _END, _I)
_EVERY = re.compile(r"\bevery (?:little |single )?thing\b", _I)
# What the first word of a watched act must not be: the act is a verb ("flirt", "scrolling"), not "him".
_NOT_ACT = {"him", "her", "them", "me", "us", "it", "that", "this", "there", "so", "like", "with"}


def plain_grievance_lines(msg: Message) -> list[str] | None:
    """The grievance said plainly, as lists of sentences' strings, or None."""
    if not msg.blaming:
        return None
    text = spell_out(bare_text(msg))[0].replace("’", "'")
    found = _FOUND_OUT.match(text)
    if found:
        act = own_words(_EVERY.sub("what", found.group("act")), 12)
        return [f"I'm upset that you're {act}.", "Can we talk about it?"] if act else None
    found = _CANT_WATCH.match(text)
    if found:
        act = own_words(found.group("act"), 12)
        first = act.split()[0].lower() if act else ""
        if not act or first in _NOT_ACT or first.endswith("ly"):
            return None
        act = f"you're {act}" if first.endswith("ing") else f"you {act}"
        feeling = "It really bothers me" if found.group("how").lower() == "it when" else "It hurts me"
        return [f"{feeling} when {act}.", "Can we talk about it?"]
    found = _YOU_KNOW.match(text)
    if found:
        thing = own_words(found.group("thing"), 12)
        if not thing:
            return None
        head, comma, tail = thing.partition(", ")
        return [f"I really don't like {head}{comma}{tail}.", "Could you keep that in mind next time?"]
    return None


__all__ = ["plain_grievance_lines"]
