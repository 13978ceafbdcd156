"""Advice aimed at the listener, said as the request it is.

"Tom, you might want to actually read the spec before you merge", "Kids, you must tidy your room
before dinner or no tablet", "you really need to stop leaving the gate open, the dog got out again":
what the speaker wants is an act of the listener's, told as advice, an obligation or an order. The
other strategies dropped the modal clause into "I feel … when you might want to…" (now refused by
slot_grammar.py), which left only "I see this very differently", a reply to an opinion nobody gave.
Read here: the act asked for plainly ("I'd really appreciate it if you could read the spec before
you merge."), with the message's own reason kept beside it when it blames nobody ("The dog got out
again."); the pressure goes: "actually", "for a change", "for once", "your own", "or no tablet".

Not read here:
- a reproach about the past ("you could have told me", "you should have called"): obligations.py and
  slot_grammar.mark_reproaches say what didn't happen;
- a verdict told as advice ("you should be ashamed", "you need to grow up", "you might want to learn
  how to use a calendar", "you should try reading a book sometime"): asking for it keeps the jab;
- a guess ("you must be new here", "you must have known"): no act to ask for;
- a question ("should you really be driving?"): the question strategies read it.
"""

from __future__ import annotations

import re

from .everyday_complaints import bare_text, own_words
from .message import Message
from .textspeak import spell_out

_MODAL = (r"(?:might|may)\s+(?:want|wanna)\s+to|might\s+wanna|should|ought\s+to|need\s+to|must|have\s+to|"
          r"(?:could|can)(?=\s+(?:at\s+least|maybe|perhaps|just|also|try))|could")
_ADVICE = re.compile(
    r"^(?:(?:honestly|seriously|frankly|tbh|look|listen|ok|okay|so|maybe|perhaps|just saying|fyi|btw|and),?\s+)*"
    r"(?:you|u)\s+(?:really\s+|honestly\s+|seriously\s+|probably\s+|definitely\s+|seriously\s+|just\s+)*"
    r"(?P<modal>" + _MODAL + r")\s+(?P<act>[a-z][^.!?;]*?)\s*(?:,\s*(?P<reason>[^.!?]+?))?\s*[.!]*$", re.I)
# "you shouldn't have to be reminded to feed your own dog": asking not to have to remind
_REMINDED = re.compile(r"^(?:you|u)\s+(?:shouldn't|should\s+not|shouldnt)\s+(?:have|need)\s+to\s+be\s+"
                       r"(?:reminded|told|asked)\s+(?:to\s+)?(?P<act>[a-z][^.!?,;]*?)\s*[.!]*$", re.I)

# Acts that are a verdict on the listener: asked for, they keep the jab.
_VERDICT_ACT = re.compile(
    r"^(?:be\s+(?!(?:more|less|on\s+time|home|here|there|ready|back|quieter|kinder|nicer|careful|honest|clearer)\b)"
    r"|have\s+|grow\s+up|calm\s+down|chill|relax|get\s+(?:a\s+life|a\s+grip|real|over|lost|a\s+clue|help|your\s+head)|"
    r"shut\s+up|(?:toughen|man|harden|lighten|cheer|woman)\s+up|move\s+on|let\s+it\s+go|deal\s+with\s+it|take\s+a\s+joke|"
    r"thank\s+me|learn\b|go\b|wake\s+up|think\b|know\b|look\s+in\s+the\s+mirror|take\s+a\s+(?:look|hard\s+look)|"
    r"check\s+yourself|stop\s+(?:being|acting|pretending|whining|moaning|crying|complaining)|try\s+reading|"
    r"read\s+(?:a\s+book|up)|educate|google|touch\s+grass|see\s+(?:a|someone)|seek\s+help|apologi[sz]e\s+to\s+me)", re.I)
# Pressure words that go: the request is the act, nothing said about how rarely it happens.
_PRESSURE = re.compile(r"\s*\b(?:for\s+a\s+change|for\s+once(?:\s+in\s+your\s+life)?|like\s+a\s+normal\s+person|"
                       r"like\s+an\s+adult|or\s+else|or\s+no\s+[\w' ]+|already|ffs|ok\??|okay\??|lol|pls|please)\b", re.I)
_TIMID = re.compile(r"\b(?:actually|at\s+least|maybe|perhaps|seriously|honestly|just|really|try\s+and|try\s+to)\s+", re.I)
_SECOND_PERSON = re.compile(r"\b(?:you|u|yourself)\b", re.I)  # "your mum called" blames nobody; "you never" does
_THREAT_REASON = re.compile(r"\b(?:or\s+else|i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna)\b", re.I)


def _act(msg: Message, act: str) -> str | None:
    """The act said plainly, or None when it is no act the listener could do as asked."""
    act = _PRESSURE.sub("", act)
    act = _TIMID.sub("", act).strip(" ,")
    act = re.sub(r"\byour\s+own\b", "your", act, flags=re.I)
    if not act or _VERDICT_ACT.match(act):
        return None
    first = act.split()[0].lower().split("-")[-1]  # "double-check": the verb is the last part
    # the word after the modal must be a verb in its base form ("read", "tidy"), as the tagger reads it
    if not any(t.lower_ == first and t.tag_ == "VB" for t in msg.doc) and first not in ("stop", "be", "check"):
        return None
    return own_words(act, 16)


def _reason(text: str | None) -> str | None:
    """The message's own reason, kept when it blames nobody: "the dog got out again"."""
    if not text or _SECOND_PERSON.search(text) or _THREAT_REASON.search(text):
        return None
    text = own_words(re.sub(r"\s*\b(?:btw|fyi|lol|tbh)\b", "", spell_out(text)[0]), 12)  # "ur mum" → "your mum"
    if not text:
        return None
    return text[:1].upper() + text[1:] + "."


def advice_lines(msg: Message) -> list[str] | None:
    """"I'd really appreciate it if you could …", and the message's reason, for advice told as a
    whole message (one sentence, with a reason after a comma or in a second sentence), or None."""
    if msg.text.rstrip().endswith("?") or not msg.blaming or "defensive" in msg.flagged:
        return None  # "mum it was a JOKE. you need to toughen up": a defence, whatever it asks
    from .belittling import belittles  # belittling.py imports the strategies' modules: imported late
    from .condescension import condescends
    if belittles(msg) or condescends(msg):  # "you should try reading a book sometime": a sneer, not a request
        return None
    text = bare_text(msg)
    sentences = [s for s in re.split(r"(?<=[.!])\s+", text) if s.strip()]
    if not sentences or len(sentences) > 2:
        return None
    first, second = sentences[0], sentences[1] if len(sentences) == 2 else None
    if second and not (_ADVICE.match(first) or _REMINDED.match(first)):
        first, second = second, first  # "ur mum called again btw. u should call her back": the news, then the ask
    reminded = _REMINDED.match(first)
    if reminded:
        act = _act(msg, reminded.group("act"))
        return [f"I'd really appreciate it if you could {act} without me having to remind you."] if act else None
    match = _ADVICE.match(first)
    if not match or re.match(r"(?:have|'ve)\b", match.group("act"), re.I):  # "should have called": obligations.py
        return None
    act = _act(msg, match.group("act"))
    if act is None:
        return None
    reasons = [_reason(match.group("reason")), _reason(second.rstrip(".!")) if second else None]
    if match.group("reason") and reasons[0] is None or second and reasons[1] is None:
        return None  # a second part that blames or threatens: the request alone would misstate the message
    lines = [f"I'd really appreciate it if you could {act}."] + [r for r in reasons if r]
    return lines if first is sentences[0] else lines[1:] + lines[:1]
