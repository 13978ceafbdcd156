"""Advice aimed at the listener, said as the request it is.

"Tom, you might want to actually read the spec before you merge", "Kids, you must tidy your room
before dinner or no tablet", "you really need to stop leaving the gate open, the dog got out again":
what the speaker wants is an act of the listener's, told as advice, an obligation or an order. The
other strategies dropped the modal clause into "I feel … when you might want to…" (now refused by
slot_grammar.py), which left only "I see this very differently", a reply to an opinion nobody gave.
Read here: the act asked for plainly ("I'd really appreciate it if you could read the spec before
you merge."), with the message's own reason kept beside it when it blames nobody ("The dog got out
again."); the pressure goes: "actually", "for a change", "for once", "your own", "or no tablet".
Also read: news joined to the advice ("nana says hi and u should call her more often": the news, then
the ask), a third person's worry as the reason ("she thinks you're ignoring her"), and advice from the one
wronged that the model read as defensive ("…over my lunch break, I haven't eaten before 3 all week").

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
_TIMID = re.compile(r"\b(?:actually|at\s+least|maybe|perhaps|probably|definitely|seriously|honestly|just|really|try\s+and|try\s+to)\s+", re.I)
_SECOND_PERSON = re.compile(r"\b(?:you|u|yourself)\b", re.I)  # "your mum called" blames nobody; "you never" does
_THREAT_REASON = re.compile(r"\b(?:or\s+else|i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna)\b", re.I)
# "she thinks you're ignoring her": a third person's worry about the listener, the reason to ask, no verdict
_THIRD_WORRY = re.compile(
    r"^(?:he|she|they|[a-z]+)\s+(?:thinks|reckons|feels\s+like|is\s+worried|'s\s+worried|assumes|is\s+scared)\s+"
    r"(?:that\s+)?(?:you're|you\s+are|ur|u\s+r|you\s+were)\s+(?:mad|upset|angry|cross|annoyed|[a-z]+ing)\b"
    r"[^.!?]*$|^(?:he|she|they|[a-z]+)\s+(?:thinks|reckons|assumes)\s+(?:that\s+)?(?:you|u)\s+"
    r"(?:forgot|missed|didn't\s+see)\b[^.!?]*$", re.I)
# "nana says hi and u should call her more often": the news, then the ask, joined by "and"
_NEWS_AND = re.compile(r"^(?P<news>[^.!?]*?\b(?:says|said|sends|wants|asked|called|texted)\b[^.!?]*?)\s*,?\s+and\s+"
                       r"(?=(?:you|u)\s+(?:really\s+|probably\s+|definitely\s+|just\s+)*(?:should|need\s+to|"
                       r"ought\s+to|might\s+want\s+to|have\s+to|must)\b)", re.I)
# the speaker's own lunch, spot or run in the act: the speaker is the one wronged, not defending
_OWN_THING = re.compile(r"\bmy\b", re.I)
_DENIAL = re.compile(r"\b(?:i\s+(?:didn'?t|did\s+not|never|wasn'?t|was\s+not|was\s+only|was\s+just)|"
                     r"not\s+my\s+fault|wasn'?t\s+me|your|yours)\b", re.I)


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
    if not text or _THREAT_REASON.search(text) or _SECOND_PERSON.search(text) and not _THIRD_WORRY.match(text.strip()):
        return None
    text = own_words(re.sub(r"\s*\b(?:btw|fyi|lol|tbh)\b", "", spell_out(text)[0]), 12)  # "ur mum" → "your mum"
    if not text:
        return None
    return text[:1].upper() + text[1:] + "."


def _wronged_speaker(msg: Message) -> bool:
    """"you need to stop scheduling meetings over my lunch break, I haven't eaten before 3 all week": the
    advice opens the message and its act touches the speaker's own things, with no denial beside it; the
    model may read the speaker's hardship as an excuse, but it is the complaint the request rests on."""
    match = _ADVICE.match(bare_text(msg))
    return bool(match and _OWN_THING.search(match.group("act")) and not _DENIAL.search(msg.text))


def advice_lines(msg: Message) -> list[str] | None:
    """"I'd really appreciate it if you could …", and the message's reason, for advice told as a
    whole message (one sentence, with a reason after a comma or in a second sentence), or None."""
    if msg.text.rstrip().endswith("?"):
        return None
    if not msg.blaming or "defensive" in msg.flagged:  # "mum it was a JOKE. you need to toughen up": a defence
        if not _wronged_speaker(msg):
            return None
    from .belittling import belittles  # belittling.py imports the strategies' modules: imported late
    from .condescension import condescends
    if belittles(msg) or condescends(msg):  # "you should try reading a book sometime": a sneer, not a request
        return None
    text = _NEWS_AND.sub(lambda m: m.group("news") + ". ", bare_text(msg), count=1)
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
