"""Owns flagged messages every other reading refused although they name an event, read by the MECHANISM
that hid the event rather than by one sentence:

- sarcastic thanks whose act is plain but carries WHEN it came ("thanks for replying 3 days later",
  "thanks for "helping" with the move by showing up after everything was in the truck"): the timing is
  the complaint, so even an act that may be meant ("replying", "helping", "showing up", which
  rescued_refusals.py refuses as possibly sincere) is kept with its time, and the verdict after it
  ("really shows how much you value me") dropped → "It hurt when it took 3 days to hear back from you.";
- a defence that names the listener's act first ("you swore at me first in voice chat so don't report
  me"): a heated act on both sides is said as such and the request kept as a wish to settle it →
  "It got heated on both sides in voice chat. Can we sort it out without a report?";
- "Sorry you feel that way about X, but it's what you ordered": the X kept in a real acknowledgement and
  the "what you ordered" turned into going over it together;
- a pattern complaint "why is it that whenever you lose a match it's the ref's fault or the pitch, never
  you?" → "When you lose a match, I'd like us to look at our own part too, not just the ref or the pitch.";
- "why didn't anyone tell me the plans changed??" → "I wish someone had told me the plans changed.";
- "you never ask what I want for dinner so I just ordered" → "I went ahead and ordered. Next time, could you
  ask what I want for dinner?" (the sender's own act owned, the listener's lapse asked for).

Asked only as the last resort (engine._pool, after rescued_refusals, before venting.pointed_feeling), so
it changes nothing another reading already handles. Each shape needs its event in a named slot; what has
none ("thanks for nothing", "sorry you feel that way", "you started it") stays refused.
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, I_STATEMENT, Candidate
from .inflect import lemma_of, past
from .message import Message

_I = re.I
_LEAD = r"^\W*(?:(?:wow|oh|gee|great|well|ok(?:ay)?|cool|nice|so|yeah|lol|right|and|but)[\s,.!…]+)*"
_THANKS = r"(?:thanks|thank\s+(?:you|u)|cheers|ty)(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+a\s+bunch)?"
_NUM = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|"
        r"a\s+few|a\s+couple(?:\s+of)?|several)")
_UNIT = r"(?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?)"
# When the act came: the complaint in sarcastic thanks for an act that did happen.
_TIME_TAIL = re.compile(
    r"\s+(?P<tail>(?:(?:only|like|literally|just|a\s+full|a\s+whole|nearly|almost)\s+)?" + _NUM + r"\s+" + _UNIT
    + r"\s+(?:later|late|after\b[^.!?]*)"
    r"|(?:only\s+|just\s+)?(?:after|once)\s+(?:everything|everyone|all|it|we|the|i|my|our)\b[^.!?]*"
    r"|at\s+(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)|midnight)(?:\s+(?:on\s+)?[a-z]+)?"
    r"|the\s+(?:night|day|morning|evening)\s+(?:before|after)\b[^.!?]*"
    r"|(?:at\s+)?the\s+(?:very\s+)?last\s+minute|when\s+it\s+was\s+(?:all\s+)?(?:over|done|finished))$", _I)
_DURATION = re.compile(r"^(?:(?:only|like|literally|just|a\s+full|a\s+whole|nearly|almost)\s+)?(?P<dur>" + _NUM + r"\s+"
                       + _UNIT + r")\s+later$", _I)
# What follows the act and is no part of it: a verdict on the listener, emoji, "much appreciated".
_VERDICT = re.compile(r"(?:[\s,.;:!—-]+(?:(?:it\s+|that\s+|this\s+)?(?:really|truly|just|totally)\s+)?(?:shows?|says?|tells?\s+me|proves?)\b.*"
                      r"|[\s,.;:!-]+(?:really|much|so)\s+appreciated\W*|[.!]+\s+(?:very|so|how|real(?:ly)?|truly)\s+\w+(?:\s+of\s+(?:you|u))?\W*"
                      r"|\s*(?:lol|lmao|smh|mate|pal|great\s+job|well\s+done|cheers)\W*|[^\w'\")]+)$", _I)
_HELP_BY = re.compile(r"^[\"'“‘]?(?:help(?:ing)?|support(?:ing)?)[\"'”’]?\s+(?:(?:with|on)\s+(?P<with>(?:the|my|our|this)\s+[a-z]+(?:\s+[a-z]+)?)\s+)?"
                      r"by\s+(?P<act>.+)$", _I)
_HEARD_BACK = {"reply", "respond", "answer", "text", "call", "message", "email", "ring", "write"}

_FIRST = re.compile(_LEAD + r"(?:(?:you|u)\s+(?:literally\s+|actually\s+)?(?P<verb>swore|yelled|shouted|screamed|started\s+(?:it|shouting|yelling|swearing)"
                    r"|insulted\s+me|called\s+me\s+(?:names|a\s+\w+)|flamed\s+me|trash[- ]talked\s+me|went\s+off)"
                    r"(?:\s+(?:at|on)\s+me)?\s+first(?P<where>\s+(?:in|on|at)\s+(?:the\s+|our\s+|my\s+)?[a-z#][\w-]*(?:\s+(?:chat|call|channel|lobby|server|match|game))?)?)"
                    r"\s*(?:,|\.|!|\s)\s*(?:so\s+)?(?:don'?t|do\s+not|dont)\s+(?:you\s+(?:dare\s+)?)?(?P<ask>report|ban|kick|block|mute|tell\s+\w+(?:\s+\w+)?)"
                    r"(?:\s+me)?(?:\s+for\s+it)?\W*$", _I)
_WITHOUT = {"report": "a report", "ban": "a ban", "kick": "anyone getting kicked", "block": "blocking anyone",
            "mute": "muting anyone"}

_SORRY = re.compile(r"^\W*(?:i'?m\s+|im\s+|we'?re\s+)?sorry\s+(?:that\s+)?(?:you|u)\s+feel\s+(?:that\s+way|like\s+that)\s+about\s+"
                    r"(?P<thing>(?:the|your|this|that|my|our)\s+[a-z]+(?:\s+[a-z]+)?)\s*,?\s*but\s+"
                    r"(?:it'?s|that'?s|its|thats|this\s+is|it\s+is|that\s+is)\s+(?:exactly\s+|literally\s+|just\s+)?what\s+(?:you|u)\s+"
                    r"(?P<did>ordered|asked\s+for|chose|picked|booked|requested|paid\s+for|signed\s+off\s+on|approved|agreed\s+to)\W*$", _I)
_GO_OVER = {"ordered": "the order", "asked for": "what you asked for", "chose": "what you chose", "picked": "what you picked",
            "booked": "the booking", "requested": "the request", "paid for": "what you paid for",
            "signed off on": "what you signed off on", "approved": "what you approved", "agreed to": "what we agreed"}

_WHENEVER = re.compile(r"^\W*(?:why\s+is\s+it\s+(?:that\s+)?|how\s+come\s+)?(?:whenever|every\s+time|each\s+time)\s+(?P<when>(?:you|u|we)\s+[^,]+?)\s*,?\s*"
                       r"(?:it'?s|its|it\s+is)\s+(?:suddenly\s+|always\s+|somehow\s+|magically\s+)*(?P<blamed>[^,?]+?)(?:'s|s')?\s+fault"
                       r"(?P<more>(?:\s*,?\s*(?:or\s+)?(?:the\s+)?[a-z]+(?:'s)?(?:\s+fault)?)*)\s*,?\s*(?:but\s+)?never\s+(?:you|u|yours|your\s+own|yourself)\W*$", _I)

_UNTOLD = re.compile(_LEAD + r"why\s+(?:didn'?t|didnt|did\s+not)\s+(?:anyone|anybody|someone|somebody|you|u|you\s+guys|u\s+guys)\s+"
                     r"(?:tell|warn)\s+me\s+(?:that\s+)?(?P<news>(?:the|our|my|your)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:had\s+|have\s+|has\s+)?"
                     r"(?:changed|moved|got\s+cancell?ed|was\s+cancell?ed|were\s+cancell?ed|cancell?ed|got\s+moved|was\s+moved|"
                     r"were\s+moved|got\s+pushed|was\s+pushed|finished|started|ended)(?:\s+to\s+[\w: ]+)?)\W*$", _I)


_NEVER_SO = re.compile(_LEAD + r"(?:you|u)\s+never\s+(?P<want>(?P<verb>[a-z]+)\b[^.!?,]{0,40}?)\s*,?\s+so\s+(?:i|I)\s+(?:just\s+|went\s+ahead\s+and\s+)?"
                       r"(?P<did>[a-z]+ed(?:\s+(?:it|one|them|the\s+[a-z]+|pizza|food|takeaway))?)\W*$", _I)


def unrefused_candidates(msg: Message) -> list[Candidate]:
    """Candidates for the shapes above (the module docstring), or an empty list."""
    from .fluency import broken  # fluency imports readings that import the strategies: imported late
    from .reading import compose
    text = msg.text.strip()
    found = []
    for reading in (_late_thanks, _first_defence, _sorry_feel, _whenever_fault, _untold, _never_so):
        read = reading(msg, text)
        if read:
            lines, strategy = read
            out = compose(msg, lines)
            if out and not broken(out):
                found.append(Candidate(out[:1].upper() + out[1:], strategy))
            break
    return found


def _late_thanks(msg: Message, text: str):
    found = re.match(_LEAD + _THANKS + r"\s+for\s+(?P<act>.+)$", text, _I)
    if not found:
        return None
    act = found.group("act")
    while True:
        cut = _VERDICT.sub("", act).strip()
        if cut == act:
            break
        act = cut
    helped = _HELP_BY.match(act)
    with_what = None
    if helped:
        act, with_what = helped.group("act"), helped.group("with")
    if re.search(r"[.!?\"“”]", act):
        return None  # more than one sentence, or a quoted act: not one plain act
    tail = _TIME_TAIL.search(act)
    if not tail:
        return None
    words = act[:tail.start()].split()
    if not words or len(words) > 6 or re.search(r"\b(?:you|u|your|ur|yourself)\b", " ".join(words[1:]), _I):
        return None
    finally_ = words[0].lower() in ("finally", "actually", "even")
    if finally_:
        words = words[1:]
    if not words or not words[0].lower().endswith("ing"):
        return None
    tok = next((t for t in msg.doc if t.text == words[0]), None)
    base = lemma_of(tok) if tok is not None else None
    if not base or base == words[0].lower() or not re.fullmatch(r"[a-z]+", base):
        return None
    rest = " ".join(words[1:])
    when = tail.group("tail")
    dur = _DURATION.match(when)
    if dur and base in _HEARD_BACK and (not rest or rest.lower() in ("back", "me", "me back", "to me", "my text", "my message")):
        return [f"It hurt when it took {dur.group('dur')} to hear back from you.",
                "Could you let me know if you're busy?"], I_STATEMENT
    done = " ".join(w for w in (past(base), rest, when) if w)
    done = re.sub(r"\bmy\b", "my", done)
    ask = f"I really wanted your help with {with_what}." if with_what else "Can we talk about it?"
    return [f"I felt let down when you {done}.", ask], I_STATEMENT


def _first_defence(msg: Message, text: str):
    found = _FIRST.match(text)
    if not found:
        return None
    where = (found.group("where") or "").strip()
    ask = found.group("ask").lower()
    if ask.startswith("tell"):
        who = ask.split(None, 1)[1]
        if who in ("me", "us", "anyone", "everyone"):
            return None
        without = f"telling {who}"
    else:
        without = _WITHOUT[ask.split()[0]]
    return [f"It got heated on both sides{' ' + where if where else ''}.",
            f"Can we sort it out without {without}?"], I_STATEMENT


def _sorry_feel(msg: Message, text: str):
    found = _SORRY.match(text)
    if not found:
        return None
    thing = re.sub(r"^(?:this|that)\s", "the ", found.group("thing"), flags=_I)
    thing = re.sub(r"^my\s", "our ", thing, flags=_I) if not thing.lower().startswith("your") else thing
    went = _GO_OVER[re.sub(r"\s+", " ", found.group("did").lower())]
    return [f"I'm sorry you're not happy with {thing}.", f"Let's go over {went} together and see what we can do."], ACKNOWLEDGE


def _whenever_fault(msg: Message, text: str):
    found = _WHENEVER.match(text)
    if not found:
        return None
    when = re.sub(r"^u\b", "you", found.group("when").strip(), flags=_I)
    if re.search(r"\b(?:fault|never|always)\b", when, _I) or len(when.split()) > 8:
        return None
    blamed = [found.group("blamed")] + re.split(r"\s*(?:,|\bor\b)\s*", found.group("more") or "")
    names = []
    for b in blamed:
        b = re.sub(r"(?:'s|s')?(?:\s+fault)?$", "", b.strip(), flags=_I).strip()
        b = re.sub(r"^or\s+", "", b, flags=_I)
        if not b:
            continue
        if re.search(r"\b(?:someone|somebody|everyone|anyone|else|my|me|mine|i)\b", b, _I):
            return None  # "someone else's fault", "my fault": no named cause to keep
        if not re.fullmatch(r"(?:the\s+)?[a-z]+(?:\s+[a-z]+)?", b, _I):
            return None
        names.append(b if b.lower().startswith("the ") or b[:1].isupper() else "the " + b)
    if not names:
        return None
    names = names[:3]
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
    who = "us" if when.lower().startswith("we") else "you"
    return [f"When {when}, I'd like {who} to look at {'our' if who == 'us' else 'your'} own part too, not just {listed}."], I_STATEMENT


def _untold(msg: Message, text: str):
    found = _UNTOLD.match(text)
    if not found:
        return None
    news = found.group("news")
    news = re.sub(r"\bcancell?ed\b", "cancelled", news, flags=_I)
    return [f"I wish someone had told me {news}.", "Could you let me know next time?"], I_STATEMENT


def _never_so(msg: Message, text: str):
    """"you never ask what I want for dinner so I just ordered": what the sender did, owned plainly,
    and what they wanted from the listener asked for instead of held against them."""
    found = _NEVER_SO.match(text)
    if not found:
        return None
    want = re.sub(r"\bu\b", "you", found.group("want").strip(), flags=_I)
    tok = next((t for t in msg.doc if t.text == found.group("verb")), None)
    if tok is None or tok.pos_ not in ("VERB", "AUX") or re.search(r"\b(?:you|your|yourself|anything|anyone|ever)\b", want, _I):
        return None  # "you never tell me anything": nothing specific to ask for
    base = lemma_of(tok)
    if not base or base in ("be", "have", "do", "care", "listen", "help"):
        return None
    want = base + want[len(found.group("verb")):]
    return [f"I went ahead and {found.group('did')}.", f"Next time, could you {want}?"], I_STATEMENT
