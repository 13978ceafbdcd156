"""Owns questions that name a decision or news the speaker was left out of:

- "Who decided the party should be at the priciest place in town without asking any of us?" → "I'd
  have liked us to be asked before it was decided that the party should be at …";
- "Why does your sister get to decide where WE spend Christmas" → "I'd like a say in where we spend
  Christmas too.";
- "Why do I have to find out from Instagram that you and Ben are getting married??" → "I was hurt to
  find out from Instagram that you and Ben are getting married."; the same news in the other shapes
  people say it ("why do i always find out about your plans from your mates' instagram and not from
  you", "I shouldn't have to find out from the client that the demo was cancelled", "I'll just hear your
  news from your cousin like always"): the hurt, or at work the frustration, of hearing it second-hand.

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

# The same news heard second-hand, in the other shapes people say it: "why do i always find out about
# your plans from your mates' instagram and not from you", "I shouldn't have to find out from the client
# that the demo was cancelled", "I'll just hear your news from your cousin like always".
_NOT_FROM_YOU = r"(?:and\s+not|instead\s+of|rather\s+than|not)\s+(?:from\s+|hearing\s+it\s+from\s+)?(?:you|u)\b"
_HABIT = r"(?:like\s+always|as\s+usual|again|every\s+time|as\s+always)\b"
_HOW_END = r"(?=\s+(?:" + _NOT_FROM_YOU + "|" + _HABIT + r")|\s*[?!.]|\s*$)"
_SECOND_HAND = re.compile(
    r"(?:^|[.!?—–]\s*|\s-\s|,\s+)(?:(?:oh|so|ok(?:ay)?|seriously|honestly|wow|and)[,.!]?\s+)*"
    r"(?P<lead>why\s+(?:do|did|must|should)\s+I|(?:(?:I'm\s+)?not\s+sure|no\s+idea)\s+why\s+I(?:'m|\s+am)|"
    r"I\s+(?:shouldn't|should\s+not)\s+have\s+to|I(?:'ll|\s+will)\s+just|I\s+(?:had|have)\s+to)\s+"
    r"(?P<habit>(?:always|only\s+ever|ever|always\s+have\s+to|have\s+to|keep)\s+)?"
    r"(?P<verb>find(?:ing)?\s+out|hear(?:ing)?|learn(?:ing)?)\s+"
    r"(?:(?P<what1>about\s+[^?!.]+?|(?:your|ur)\s+[^?!.]+?)\s+(?P<how1>(?:from|on|via|through)\s+[^?!.]+?)" + _HOW_END +
    r"|(?P<how2>(?:from|on|via|through)\s+[^?!.]+?)\s+(?P<what2>(?:that|about)\s+[^?!.]+?)" + _HOW_END + ")"
    r"(?:\s+" + _NOT_FROM_YOU + r")?(?:\s+" + _HABIT + r")?", re.I)
_WORK = re.compile(r"\b(?:client|customer|team|boss|manager|meeting|standup|stand-up|demo|project|deadline|email|slack|"
                   r"office|hr|contract|invoice|board)\b", re.I)
_ONGOING = {"find out": "finding out", "hear": "hearing", "learn": "learning"}


def _second_hand(text: str) -> list[str] | None:
    """News the speaker got from someone else instead of from the listener, said as the hurt of it."""
    found = _SECOND_HAND.search(text)
    if not found:
        return None
    base = re.sub(r"ing\b", "", re.sub(r"\s+", " ", found.group("verb").lower()))  # "finding out" → "find out"
    what = re.sub(r"\bur\b", "your", _plain(found.group("what1") or found.group("what2")))
    how = _plain(found.group("how1") or found.group("how2"))
    if re.search(r"\b(?:you|u)\W*$", how, re.I):
        return None  # "find out about it from you": heard from the listener after all
    told = f"{what} {how}" if found.group("what1") else f"{how} {what}"
    habit, lead = (found.group("habit") or "").lower(), found.group("lead").lower()
    habitual = "always" in habit or "keep" in habit or lead.startswith(("i'll", "i will")) \
        or bool(re.search(_HABIT, found.group(0), re.I))  # "…like always"
    work = bool(_WORK.search(text))
    feeling = "frustrating" if work else "hurtful"
    line = f"It's {feeling} to keep {_ONGOING[base]} {told} rather than from you." if habitual else \
        f"I was {'frustrated' if work else 'hurt'} to {base} {told} rather than from you."
    ask = "Going forward, could you keep me in the loop?" if work else "Could you tell me yourself next time?"
    return [line, ask]


def _plain(words: str) -> str:
    """ALL-CAPS stress ("where WE spend") said in plain case; "I"-words and names stay as written."""
    return re.sub(r"\b[A-Z]{2,}\b", lambda m: m.group(0) if m.group(0) in ("I", "OK", "TV") else m.group(0).lower(), words)


def decided_lines(msg: Message) -> list[str] | None:
    """The lines for a decision made without the speaker or news heard second-hand, or None."""
    text = msg.text.strip()
    if not msg.blaming and not text.endswith("?"):
        return _second_hand(text)  # said as a statement, the news heard second-hand is the complaint whatever the label
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
    return _second_hand(text)


__all__ = ["decided_lines"]
