"""Owns questions that name a decision or news the speaker was left out of:

- "Who decided the party should be at the priciest place in town without asking any of us?" → "I'd
  have liked us to be asked before it was decided that the party should be at …";
- "Why does your sister get to decide where WE spend Christmas" → "I'd like a say in where we spend
  Christmas too.";
- "Why do I have to find out from Instagram that you and Ben are getting married??" → "I was hurt to
  find out from Instagram that you and Ben are getting married."

These were left with "names no situation" although the decision or the news is the situation; the
question's charge ("who decided…", "why does X get to…") is dropped and what happened is kept in the
speaker's words. `decided_lines(msg)` is a whole-message reading (strategies.py lists it); None else.
"""

from __future__ import annotations

import re

from .message import Message

_END = r"\s*[?!.]*\s*(?:seriously|honestly|lol|wtf)?[?!.]*\s*$"
_WHO_DECIDED = re.compile(r"^\W*(?:(?:so|ok(?:ay)?|seriously|honestly)[,.!]?\s+)*who\s+decided\s+(?:that\s+)?"
                          r"(?P<what>[^?!]+?)\s+without\s+(?:even\s+)?(?:asking|checking\s+with|telling)\s+"
                          r"(?P<whom>me|us|any\s+of\s+us|anyone|anybody|the\s+rest\s+of\s+us)" + _END, re.I)
_GETS_TO = re.compile(r"^\W*(?:(?:so|ok(?:ay)?|seriously|honestly)[,.!]?\s+)*(?:why|how\s+come)\s+(?:does|do|did)\s+"
                      r"(?P<who>(?:your|ur)\s+\w+|\w+)\s+(?:get\s+to|always\s+get\s+to)\s+(?:decide|choose|pick)\s+"
                      r"(?P<what>(?:where|what|when|who|how)\s+[^?!]+?)" + _END, re.I)
_FIND_OUT = re.compile(r"^\W*(?:(?:so|ok(?:ay)?|seriously|wow)[,.!]?\s+)*(?:why\s+)?(?:do|did|have)\s+I\s+(?:have\s+to\s+|got\s+to\s+)?"
                       r"(?:find|found|hear|heard)\s+(?:out\s+)?(?P<how>(?:from|on|via|through)\s+[^?!]+?)\s+that\s+"
                       r"(?P<what>[^?!]+?)" + _END, re.I)


def _plain(words: str) -> str:
    """ALL-CAPS stress ("where WE spend") said in plain case; "I"-words and names stay as written."""
    return re.sub(r"\b[A-Z]{2,}\b", lambda m: m.group(0) if m.group(0) in ("I", "OK", "TV") else m.group(0).lower(), words)


def decided_lines(msg: Message) -> list[str] | None:
    """The lines for a decision made without the speaker or news heard second-hand, or None."""
    if not msg.blaming and not msg.text.rstrip().endswith("?"):
        return None
    text = msg.text.strip()
    found = _WHO_DECIDED.match(text)
    if found:
        us = found.group("whom").lower() != "me"
        return [f"I'd have liked {'us ' if us else ''}to be asked before it was decided that "
                f"{_plain(found.group('what'))}.", "Can we talk about it?"]
    found = _GETS_TO.match(text)
    if found and found.group("who").lower() not in ("i", "you", "u", "we", "it", "that", "this", "he", "she", "they"):
        return [f"I'd like a say in {_plain(found.group('what'))} too.", "Can we talk about it?"]
    found = _FIND_OUT.match(text)
    if found:
        what = _plain(found.group("what"))
        ask = "I'd have loved to hear it from you first." if re.search(r"\b(?:you|your)\b", what, re.I) else \
            "Can we talk about it?"
        return [f"I was hurt to find out {_plain(found.group('how'))} that {what}.", ask]
    return None


__all__ = ["decided_lines"]
