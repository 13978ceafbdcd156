"""A defensive message whose point is true and must be kept, not confessed away.

The clause strategies answered every defence with "take responsibility" and so turned the sender's
own point round: "nobody told me the deadline had moved" became "I should have checked whether the
deadline had moved", "it was like 15 mins, you're acting like I missed the whole thing" became
"I'm sorry I missed the whole thing", "I just work here, I don't set the returns policy" became a
customer's complaint. Taking responsibility means owning the sender's own part; a denial is the
sender's account and stays a plain account. This module owns whole-message readings for these
shapes (`held_lines`, offered alone by `with_held_points` in strategies.py):

- "nobody told me the deadline had moved": a change nobody passed on, "I hadn't realised X" and a
  request to be kept in the loop (a plain fact, "nobody told me the meeting was today", stays owned);
- "not my call, product signed off on that. I just built what was in the ticket": who decided
  kept, the sender's part kept, an offer to raise it with them;
- "I'm 29 … my phone was on silent, that's all. Stop catastrophising…": sorry for the worry, the
  reason kept, a text next time;
- "yeah I was late but it was like 15 mins, you're acting like…": the lateness owned with its
  amount, the "acting like" left out (it names what the sender denies);
- "I said I'd call, I didn't say when": the promise kept, a time asked for;
- "ok so I didn't take the bins out, but you haven't hoovered…": the admission owned, an offer to
  do it, the counter-complaint left out;
- "the wall was already scuffed when I moved in. Check your photos before…": the fact kept, the
  check asked for together;
- "I just work here, I don't set the returns policy. Take it up with head office": acknowledged,
  who sets it and who to contact said plainly.

Anything else, or a part that points at the listener where the reading would need to keep it, gives
no reading here.
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, I_STATEMENT, RESPONSIBILITY, Candidate

_LEAD = r"^\s*(?:(?:to\s+be\s+clear|honestly|look|tbh|well|ok(?:ay)?|so|yeah|yes|fine|um+)[,\s]+)*"
_YOU = re.compile(r"\b(?:you|your|yours|you're|you've|you'd|u|ur)\b", re.I)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()]


def _clean(part: str) -> str:
    """The part less what trails it: spaces, punctuation, an emoji ("…changed 🙄")."""
    return re.sub(r"[^\w%£$)]+$", "", part.strip())


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _i(text: str) -> str:
    """Lower-case "i" as a pronoun put right: "i was late" → "I was late"."""
    return re.sub(r"\bi\b(?=['\s]|$)", "I", text)


# "nobody told me (that) the deadline had moved to Friday", "no one mentioned the venue had changed"
_NOT_TOLD = re.compile(_LEAD + r"(?:(?:nobody|no\s*one|no-one)\s+(?:ever\s+)?(?:told\s+me|mentioned|said)|(?P<own>I\s+(?:didn't|did\s+not)\s+know))\s+(?:that\s+)?"
                       r"(?P<what>[^,.;!?]+?)(?=\s*(?:[,.;!?]|\bso\b|\band\b|\bhow\b|$))", re.I)


def _not_told(text: str) -> list[list[str]]:
    found = _NOT_TOLD.match(text)
    if not found:
        return []
    what = _i(_clean(found.group("what")))
    what = what.lower() if what.isupper() else what  # "NOBODY TOLD ME THE MEETING HAD MOVED!!" said back calmly
    if _YOU.search(what) or len(what.split()) < 2 or not re.search(r"\b(?:had|has|was|were|is|are|changed|moved)\b", what, re.I):
        return []  # "nobody told me you'd be there": the listener in the account; "nobody told me": nothing named
    changed = re.search(r"\b(?:chang|mov|cancel|reschedul|switch|push|brought|shift|swapp)\w*", what, re.I)
    if not changed or re.search(r"\b(?:sorry|apologi[sz]e)\b", text, re.I):
        # "nobody told me the meeting was today", "I didn't know the gun was loaded": a fact in the sender's own
        # hands, still owned by the readings before this one; an apology already given stands
        return []
    if re.match(r"\s*,?\s*(?:so|and)\s+I\s+(?!was\b|had\b|didn't\b)\w+", text[found.end():], re.I):
        return []  # "…was cancelled so I sent her in": the sender's own act next, owned by the readings before
    # "I didn't know X" still reads as the excuse; "I hadn't realised X" after the mix-up owned is the same account
    return [["I'm sorry for the mix-up.", f"I hadn't realised {what}.", "Could I be kept in the loop on changes like that?"],
            ["I'm sorry for the mix-up.", f"I wasn't aware {what}.", "I'll check for myself next time too.",
             "Could someone let me know when something like that changes?"]]


# "not my call, product signed off on that spec. I just built what was in the ticket"
_NOT_MINE = re.compile(_LEAD + r"(?:it\s+)?(?:wasn't|was\s+not|isn't|is\s+not|not)\s+my\s+(?:call|decision|choice)"
                       r"(?:\s+(?:mate|though|tbh))?\s*[,.;:—-]+\s*(?P<who>(?:my\s+|the\s+|our\s+)?[a-z]+(?:\s+[a-z]+)?)\s+"
                       r"(?P<did>signed\s+off\s+on|approved|chose|picked|decided\s+on|set|made|agreed)\s+(?P<what>[^.;!?]+?)\s*[.;!?]+\s*"
                       r"I\s+(?:just|only|simply)\s+(?P<mine>[^.;!?]+?)[.;!?]*\s*$", re.I)


def _not_mine(text: str) -> list[list[str]]:
    found = _NOT_MINE.match(text)
    if not found:
        return []
    who, did, what, mine = (_clean(found.group(k)) for k in ("who", "did", "what", "mine"))
    if any(_YOU.search(part) for part in (who, what, mine)) or who.lower() in ("i", "we", "it", "that"):
        return []
    return [[f"I'm sorry this has caused a problem.", f"{_cap(who)} {did.lower()} {what}, and I {mine}.",
             f"Would it help if I raised it with {who.lower() if who.lower().startswith(('my ', 'the ', 'our ')) else who}?"],
            [f"I can see this isn't what you wanted.", f"{_cap(who)} {did.lower()} {what}, and I {mine}.",
             "Can we work out together what to take back to them?"]]


# "My phone was on silent, that's all." beside "every time I don't pick up"
_THATS_ALL = re.compile(r"^(?P<why>(?:my|I|I'd|I'm|I\s+was|the)\b[^.!?]*?),?\s+that'?s\s+all\s*[.!]*$", re.I)
_MISSED_CALL = re.compile(r"\b(?:pick\s+up|picked\s+up|answer|answered|ring\s+back|call\s+back|reply|replied|didn't\s+hear)\b", re.I)


def _worried(text: str) -> list[list[str]]:
    if not _MISSED_CALL.search(text):
        return []
    why = next((_THATS_ALL.match(s).group("why") for s in _sentences(text) if _THATS_ALL.match(s)), "")
    if not why or _YOU.search(why):
        return []
    why = _cap(_i(why))
    return [["I'm sorry you were worried.", f"{why}.", "If I can't pick up, I'll send a quick text so you know I'm OK."],
            ["I know it's worrying when I don't answer.", f"{why}.", "Next time I'll text if I can't pick up."]]


# "yeah i was late but it was like 15 mins, you're acting like i missed the whole thing"
_ONLY = re.compile(_LEAD + r"(?P<own>i\s+(?:was|left|forgot|missed|got|came|arrived)\b[^,;]*?)\s*,?\s+but\s+it\s+was\s+"
                   r"(?:like\s+|only\s+|just\s+|barely\s+|literally\s+|about\s+)*(?P<amount>[^,.;!?]+?)\s*[,.;!?]+\s*"
                   r"(?:and\s+|so\s+)?(?:you're|you\s+are|ur|you're\s+literally)\s+acting\s+like\b.*$", re.I)
_DURATION = re.compile(r"^(?:(?:a|an|half\s+an|\d+|one|two|five|ten|fifteen|twenty|thirty)\s+)(?:hour|hours|min|mins|minutes|minute)$", re.I)


def _only(text: str) -> list[list[str]]:
    found = _ONLY.match(text)
    if not found:
        return []
    own, amount = _i(_clean(found.group("own"))), _clean(found.group("amount"))
    amount = re.sub(r"\bmins?\b", "minutes", amount)
    if _YOU.search(own):
        return []
    own = re.sub(r"\b(?:a\s+bit|a\s+little|slightly)\s+(?=late\b|early\b)", "", own)
    timed = _DURATION.match(amount)
    late = re.fullmatch(r"I (?:was|got there|arrived) late", own, re.I)
    left = re.fullmatch(r"I left early", own, re.I)
    if timed and (late or left):
        owned = f"I'm sorry I was {amount} late." if late else f"I'm sorry I left {amount} early."
        closing = "Next time I'll let you know if I'm running behind." if late else "I can see it mattered to you."
        return [[owned, closing], [owned, "I can see it still mattered to you."]]
    return [[f"I'm sorry {own}.", f"It was {amount}, and I can see it still mattered to you."]]


# "I said I'd call, I didn't say when."
_SAID_WHEN = re.compile(_LEAD + r"I\s+(?P<said>said|told\s+you|promised)\s+I'd\s+(?P<act>[^,.;!?]+?)\s*[,.;]+\s*(?:but\s+)?I\s+"
                        r"(?:didn't|did\s+not|never)\s+(?:say|said)\s+(?:when|today|tonight|this\s+week|right\s+now|now|which\s+day)\b"
                        r"[.!?]*(?P<rest>.*)$", re.I)


def _said_when(text: str) -> list[list[str]]:
    found = _SAID_WHEN.match(text)
    if not found:
        return []
    act = _clean(found.group("act"))
    if len(act.split()) > 8:
        return []
    return [[f"I meant it when I said I'd {act}.", "Let's pick a time that works for you."],
            [f"I'll {act}, I haven't forgotten.", "When would suit you?"]]


# "ok so I didn't take the bins out, but you haven't hoovered once…"
_ADMITTED = re.compile(_LEAD + r"(?P<own>I\s+(?:didn't|did\s+not|forgot\s+to|never)\s+[^,;.!?]+?)\s*,?\s+but\s+(?P<counter>.+)$", re.I)


def _admitted(text: str) -> list[list[str]]:
    found = _ADMITTED.match(text)
    if not found or not re.match(r"^(?:ok(?:ay)?|fine|yes|yeah|alright|right)\b", text.strip(), re.I):
        return []  # only an admission said as one ("ok so…", "fine,…"), not a denial with a "but"
    own, counter = _i(_clean(found.group("own"))), found.group("counter")
    if not _YOU.search(counter) or _YOU.search(own) or re.search(r"\b(?:because|cos|since|as)\b", own, re.I):
        return []  # no counter-complaint: the reason stays with the other readings
    if re.search(r"\b(?:you|u)\s+(?:told|said|asked|wanted|agreed|promised)\b", counter, re.I):
        return []  # "…but you told me not to": the sender's reason, not a counter-complaint to leave out
    return [[f"You're right, {own}.", "I'll sort it now."],
            [f"{_cap(own)}, and that's on me.", "I'll do it now."]]


# "The wall was already scuffed when I moved in. Check your own inventory photos before…"
_ALREADY = re.compile(r"^(?P<fact>(?:the|that|this|those)\s+[^.;!?]*?\b(?:was|were)\s+already\b[^.;!?,]*?\bwhen\s+I\s+[^.;!?,]+?)\s*[.,;]+\s*"
                      r"(?:(?:please\s+)?(?:check|look\s+at|have\s+a\s+look\s+at|see)\s+(?P<proof>(?:your\s+(?:own\s+)?|the\s+)[^.!?]*"
                      r"(?:photos?|pictures?|pics|report|inventory|footage))\b(?P<rest>[^.!?]*)[.!?]*\s*)$", re.I)


def _already(text: str) -> list[list[str]]:
    found = _ALREADY.match(text.strip())
    if not found:
        return []
    fact = _i(_clean(found.group("fact")))
    proof = re.sub(r"^your\s+(?:own\s+)?", "the ", found.group("proof").strip(), flags=re.I)
    if _YOU.search(fact):
        return []
    if re.search(r"\bdeposit\b", text, re.I):
        before = " before anything comes out of the deposit"
    elif re.search(r"\b(?:charge|bill|invoice)\b", found.group("rest") or "", re.I):
        before = " before I'm charged for it"
    else:
        before = ""
    return [[f"{_cap(fact)}.", f"Could we check {proof}{before}?"],
            [f"I understand why you're asking about it. {_cap(fact)}.", f"Could we look at {proof} together{before}?"]]


# "I just work here, I don't set the returns policy. You'll have to take it up with head office."
_NOT_MY_RULE = re.compile(r"^\s*I(?:'m|\s+am)?\s+(?:just|only)\s+[^,.;]+?\s*[,.;]+\s*I\s+(?:don't|do\s+not|can't)\s+"
                          r"(?P<verb>set|decide|make|write|choose)\s+(?P<rule>the\s+[^,.;!?]+?)\s*[,.;]+\s*"
                          r"(?:you'll\s+(?:have|need)\s+to\s+|you'd\s+have\s+to\s+|you\s+(?:have|need)\s+to\s+|please\s+)?"
                          r"(?P<how>take\s+it\s+up\s+with|contact|email|speak\s+to|talk\s+to|call|ring|complain\s+to|ask)\s+"
                          r"(?P<who>[^,.;!?]+?)\s*[.!?]*\s*$", re.I)


def _not_my_rule(text: str) -> list[list[str]]:
    found = _NOT_MY_RULE.match(text)
    if not found:
        return []
    verb, rule, how, who = (re.sub(r"\s+", " ", _clean(found.group(k))) for k in ("verb", "rule", "how", "who"))
    if _YOU.search(who) or _YOU.search(rule) or len(who.split()) > 4:
        return []
    # "makes the rules" reads as a sweeping verdict to beside.py; "sets" says the same of a rule
    verbs = {"set": "sets", "decide": "decides", "make": "sets", "write": "writes", "choose": "chooses"}[verb.lower()]
    how = how.lower()
    them = f"{how} them" if how != "take it up with" else "take it up with them"
    return [[f"I'm sorry this has been frustrating.", f"{_cap(who)} {verbs} {rule.lower()}, not me, so the best thing is to {them}.",
             "I'm happy to help you get in touch."],
            [f"I can see why you're frustrated.", f"{_cap(who)} {verbs} {rule.lower()}, so they're the ones who can change it.",
             "Would it help if I showed you how to reach them?"]]


_READINGS = (_not_my_rule, _not_mine, _not_told, _worried, _only, _said_when, _admitted, _already)


def held_lines(msg) -> list[list[str]]:
    """The sentences of the first reading that fits the whole message, or none."""
    text = msg.text if hasattr(msg, "text") else str(msg)
    return next((lines for lines in (reading(text) for reading in _READINGS) if lines), [])


def held_candidates(msg) -> list:
    from .reading import compose

    kinds = (RESPONSIBILITY, ACKNOWLEDGE, I_STATEMENT)
    return [Candidate(compose(msg, lines), kind) for lines, kind in zip(held_lines(msg), kinds)]


def with_held_points(msg, chosen: tuple) -> tuple:
    """Only this module's answers when the message holds its point in one of these shapes (strategies.py)."""
    return (held_candidates,) if held_lines(msg) else chosen
