"""Owns accusing questions that the older readings took literally or read backwards:

- a question about the listener's ability, care or effort beside a concrete fact ("You've parked across
  my driveway again. Are you incapable of reading a sign?", "can you not read? the deadline was in the
  ticket", "…sold me that died within a week. Do you even check what you stock?"). Taken literally it
  became "Could you read a sign?", the insult kept as a request. Here the jab is dropped and the ask is
  about the fact: the act not repeated, the place to check next time, or, for goods that failed, a
  replacement or refund;
- "you can't visit once in six months?" (a guilt trip about a visit) → the sender misses them and asks
  for the visit soon, the guilt ("after everything we paid…", "not important enough") dropped; it used
  to become "Could you visit in six months?";
- "When are you going to stop X-ing?" means "I want you to stop X-ing"; it used to read as the
  statement "you are going to stop X-ing", which inverts it;
- "why is it that X, but I have to Y" is a blaming comparison: the sender's own hurt at Y and, for time
  together, a request for it (it used to be answered as if the listener were the upset one).

`ability_lines(msg)` is a whole-message reading (strategies.py lists it); None when no shape fits, so
look-alikes ("Are you able to read the sign from there?", "When are you going to stop by?") pass by.
"""

from __future__ import annotations

import re

from .said import verb_base

_YOU = r"(?:you|u)"
_HEDGE = r"(?:completely|totally|just|literally|actually|really|even|simply|so|physically|genuinely)\s+"
# questions about the listener's ability, care or effort: never an ask to keep
_JABS = (
    re.compile(rf"^(?:are|r)\s+{_YOU}\s+(?:{_HEDGE})*(?:incapable\s+of|unable\s+to)\b", re.I),
    re.compile(rf"^(?:can'?t|cannot)\s+{_YOU}\s+(?:even\s+)?(?:read|see|count|spell|listen|hear|follow)\b", re.I),
    # "can you not read it out loud?" is a request: only the bare "can you not read?" sneers
    re.compile(rf"^can\s+{_YOU}\s+(?:even\s+(?:read|see|count|spell|listen|hear|follow)\b|"
               r"not\s+(?:read|see|count|spell)(?:\s+(?:properly|english|or\s+something|or\s+what))?\s*\?)", re.I),
    re.compile(rf"^(?:do|does)\s+(?:{_YOU}|anyone(?:\s+there)?|they)\s+(?:not|even|ever)\s+(?:know\s+how\s+to\s+\w+|"
               r"read|check|test|look\s+at|look|listen|proofread|bother|pay\s+attention|think|try)\b", re.I),
    re.compile(rf"^(?:is\s+it|was\s+it)\s+(?:really\s+)?(?:too\s+much\s+to\s+ask|so\s+hard|that\s+hard)\b", re.I),
)
# the sneers at ability among them (the rest ask about care or effort)
_ABILITY = (_JABS[0], _JABS[1], _JABS[2], re.compile(rf"^do\s+{_YOU}\s+not\s+know\s+how\s+to\b", re.I))
_VERDICT = re.compile(rf"^(?:{_YOU}'?re|{_YOU}\s+are|ur)\s+(?:a\s+grown\s+(?:man|woman|adult)|an?\s+adult|\d+|"
                      r"(?:twenty|thirty|forty|fifty)[\w-]*)(?:\s+years?\s+old)?\b[^.?!]*[.?!]*$", re.I)
_SOLD = re.compile(r"\b(?:sold\s+me|bought\s+(?:it\s+|this\s+|them\s+)?(?:from|off)\s+(?:you|u)|ordered\s+from\s+you|"
                   r"from\s+you\s+that|you\s+(?:sent|delivered|supplied)\s+me)\b", re.I)
_FAILED = re.compile(r"\b(?:died|broke|broken|stopped\s+working|doesn'?t\s+work|don'?t\s+work|faulty|dead|fell\s+apart|"
                     r"cracked|leak(?:s|ed|ing)?)\b", re.I)
_SPOT = re.compile(r"\b(?:in|on)\s+(?P<np>(?:the|my|your)\s+(?:\w+\s+)?(?:ticket|invite|invitation|email|message|"
                   r"label|sign|calendar|chat|brief|spec|doc|document|instructions|notes?|board|form|letter|text|"
                   r"website|page|rota|schedule|agenda|thread|group))\b", re.I)
_YOUVE = re.compile(r"^(?P<lead>[^.?!]*?)\b(?P<have>you'?ve|you\s+have|u'?ve|you(?=\s+[a-z]+ed\b))\s+(?P<act>[a-z][^.?!]*?)\s*[.!]*$",
                    re.I)
# a blocked space: kept clear is the ask ("parked across my driveway" → "keep my driveway clear")
_BLOCKED = re.compile(r"^(?:parked\s+(?:across|in\s+front\s+of|on|over|in)|blocked)\s+(?P<np>(?:my|our|the|his|her)\s+\w+)\b",
                      re.I)
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]+")
_TIMES = re.compile(r"^(?:for\s+)?(?:the\s+)?(?P<n>second|third|fourth|fifth|\d+(?:st|nd|rd|th)|hundredth|"
                    r"millionth)\s+time(?P<rest>(?:\s+(?:this|in\s+a)\s+\w+)?)\s*,?\s*$", re.I)
_ONCE = re.compile(rf"\b{_YOU}\s+(?:can'?t|cannot|couldn'?t)\s+(?:even\s+)?(?P<v>visit|come\s+(?:home|round|over|and\s+see\s+\w+)|"
                   r"call|ring|phone|text|message|see\s+(?:us|me))(?:\s+(?:us|me))?\s+(?:even\s+)?once\s+in\s+"
                   r"(?P<span>(?:a\s+(?:whole\s+)?|the\s+last\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?))\s*\?", re.I)
_STOP = re.compile(rf"^(?:[A-Z][a-z]+,\s*)?(?:when|how\s+long\s+until)\s+(?:are|r)\s+{_YOU}\s+(?:ever\s+)?(?:going\s+to|gonna)\s+"
                   r"(?:finally\s+)?(?P<how>stop|start)\s+(?P<act>\w+ing\b[^?.!]*)\?*\s*$|"
                   rf"^(?:[A-Z][a-z]+,\s*)?when\s+will\s+{_YOU}\s+(?:ever\s+)?(?:finally\s+)?(?P<how2>stop|start)\s+(?P<act2>\w+ing\b[^?.!]*)\?*\s*$",
                   re.I)
_COMPARED = re.compile(r"^(?:why\s+is\s+it\s+(?:that\s+)?|how\s+come\s+)(?P<them>[^?]+?),?\s+but\s+"
                       r"(?P<me>I\s+(?:have\s+to|has\s+to|need\s+to|must|can'?t|never|only|get|am|'m)\b[^?]*?)\s*\?*\s*$", re.I)
_TOGETHER = re.compile(r"\b(?:time|evening|night|minutes|hours?|see\s+you|with\s+you|your\s+attention)\b", re.I)
_WE = re.compile(r"\b(?:we|us|our|we're|we've)\b", re.I)


def _sentences(text: str) -> list[str]:
    """Sentences, with a verbless tail ("in bold.") joined to the one before it."""
    parts = [p.strip() for p in re.split(r"(?<=[.?!])\s+", _EMOJI.sub(" ", text).strip()) if p.strip()]
    out: list[str] = []
    for part in parts:
        if out and len(part.split()) <= 3 and not re.search(r"\b(?:is|are|was|were|you|i|it'?s)\b", part, re.I):
            out[-1] = f"{out[-1].rstrip('.!?')}, {part[:1].lower()}{part[1:]}"
        else:
            out.append(part)
    return out


def _plain(sentence: str) -> str:
    """A fact said back: first letter up, shouted words down, a full stop."""
    sentence = _EMOJI.sub("", sentence).strip()
    words = [w.lower() if len(w) > 2 and w.isupper() and w.isalpha() else w for w in sentence.split()]
    text = re.sub(r"\bmonday|tuesday|wednesday|thursday|friday|saturday|sunday\b", lambda m: m.group().title(),
                  " ".join(words))
    text = re.sub(r"\bi\b", "I", text).rstrip(" .!?,")
    return text[:1].upper() + text[1:] + "."


def _own_act(sentence: str) -> str | None:
    """"You've parked across my driveway for the THIRD time." → "I'm frustrated that you've parked …"."""
    found = _YOUVE.match(_plain(sentence).rstrip("."))
    if not found:
        return None
    lead, act = found.group("lead").strip(), found.group("act")
    if lead:
        times = _TIMES.match(lead)
        if not times:
            return None
        act = f"{act} for the {times.group('n').lower()} time{times.group('rest').lower()}"
    have = "you" if found.group("have").lower() == "you" else "you've"
    return f"I'm frustrated that {have} {act}."


# "Are you unable to come on Friday?" can be sincere: bare, it is a jab only beside the listener's own act
_SINCERE = re.compile(rf"^(?:are|r)\s+{_YOU}\s+unable\s+to\b", re.I)


def _jab_lines(sentences: list[str], jab: str) -> list[str] | None:
    facts = [s for s in sentences if s is not jab and not _VERDICT.match(s)]
    if not facts or any("?" in s for s in facts):
        return None
    if _SINCERE.match(jab.strip()) and not (len(facts) == 1 and _own_act(facts[0])):
        return None
    if any(_SOLD.search(s) and _FAILED.search(s) for s in facts):
        return [*(_plain(s) for s in facts), "Could I have a replacement or a refund, please?"]
    own = [_own_act(s) for s in facts]
    if own[0] and len(facts) == 1:
        act = re.sub(r"^I'm frustrated that you(?:'ve)? ", "", own[0])
        blocked = _BLOCKED.match(act)
        if blocked:
            return [own[0], f"Could you keep {blocked.group('np')} clear from now on?"]
        return [own[0], "Could you make sure it doesn't happen again?"]
    spot = next((m for m in (_SPOT.search(s) for s in facts) if m), None)
    if spot:
        np = re.sub(r"^(?:my|your)\s+", "the ", spot.group("np").lower())
        return [*(_plain(s) for s in facts), f"Could you check {np} next time?"]
    if not any(p.match(jab.strip()) for p in _ABILITY):
        return None  # "do you ever check Slack?": the older readings ask for the act itself, which fits
    # a sneer at ability with no act or place named: the plain feeling about the fact, a gentle question
    if len(facts) == 1 and re.match(r"(?:the|this|that|my|our|your|it|there)\b", facts[0], re.I):
        fact = _plain(facts[0]).rstrip(".")
        return [f"I'm frustrated that {fact[:1].lower()}{fact[1:]}.", "Can we talk about it?"]
    return None


def _once_lines(text: str) -> list[str] | None:
    found = _ONCE.search(text)
    if not found:
        return None
    verb = found.group("v").lower()
    who = "We" if _WE.search(text) else "I"
    span = re.sub(r"^(?:a\s+whole|the\s+last)\s+", "a ", found.group("span").lower())
    if verb.startswith(("call", "ring", "phone", "text", "message")):
        return [f"{who} miss you, and it's been {span} since {'we' if who == 'We' else 'I'} last heard from you.",
                f"Could you {verb.split()[0]} {'us' if who == 'We' else 'me'} soon?"]
    return [f"{who} miss you, and it's been {span} since {'we' if who == 'We' else 'I'} last saw you.", "Could you come and visit soon?"]


def _stop_lines(sentences: list[str], doc) -> list[str] | None:
    for i, sentence in enumerate(sentences):
        found = _STOP.match(sentence)
        if not found:
            continue
        how = (found.group("how") or found.group("how2")).lower()
        act = (found.group("act") or found.group("act2")).strip()
        if how == "stop" and re.match(r"(?:by|at|in|off|over|round)\b", act, re.I):
            return None  # "when are you going to stop by?" is a plain question
        rest = [s for j, s in enumerate(sentences) if j != i and not _VERDICT.match(s)]
        if any("?" in s for s in rest):
            return None
        if how == "start":
            return [*(_plain(s) for s in rest), f"I'd really like you to start {act}.", "Can we talk about it?"]
        verb, _, tail = act.partition(" ")
        base = verb_base(verb, doc)
        if base == verb.lower():
            return None
        return [*(_plain(s) for s in rest), f"I feel frustrated when you {base} {tail}".rstrip() + ", and I need it to stop.",
                "Can we talk about how to change this?"]
    return None


def _compared_lines(text: str) -> list[str] | None:
    found = _COMPARED.match(text.strip().rstrip(".!"))
    if not found or not re.search(r"\b(?:you|your|u|ur)\b", found.group("them"), re.I):
        return None  # "why is it that the train is late but I have to…" compares nothing the listener does
    me = re.sub(r"^I\s+'m", "I'm", found.group("me").strip())
    ask = "Could we set aside some time for just us?" if _TOGETHER.search(me) else "Can we talk about it?"
    return [f"I feel hurt that {me}.", ask]


def ability_lines(msg) -> list[str] | None:
    """The sentences of the one reading above that fits the whole message, or None."""
    text = msg.text
    sentences = _sentences(text)
    jab = next((s for s in sentences if "?" in s and any(p.match(s.strip()) for p in _JABS)), None)
    if jab is not None:
        return _jab_lines(sentences, jab)
    return _once_lines(text) or _stop_lines(sentences, msg.doc) or _compared_lines(text)


__all__ = ["ability_lines"]
