"""Owns the line between a view argued and a personal event complained of.

venting.py answers a jab with no "I" in it, or one using a word like "know" or "wrong", with the
views line ("I don't agree with you here…"). That fits "you clearly don't understand how the
Senate works", not "Playing drum and bass at 2am on a Tuesday, real considerate of you":
`personal_event(msg)` says the message names a moment of the speaker's own life (a time of day, a
weekday, a date, a meeting, a pan, plans) and no view (an article, a chart, a policy), so the views
line is withheld.

`event_lines(msg)` is a whole-message reading (strategies.py lists it last) that keeps the event:
- "Playing X at 2am…, real considerate" / "cancelling an hour before, every time" → "I feel … when you
  play X at 2am…" (the gerund said as the listener's act, absolutes dropped);
- "Who leaves a pan soaking for four days?" → "I get frustrated when you leave a pan soaking…";
- "You're the kind of guy who talks about himself for 90 minutes…" → "I feel unheard when you talk
  about yourself for 90 minutes";
- "if you actually turned up to a PTA meeting you'd know why the trip costs £35" → "I'd really like
  you to turn up to a PTA meeting. I'm happy to explain why the trip costs £35.";
- "I followed the process. If the numbers are off, that's a finance issue, not mine." → "I followed
  the process, and I'd like to help work out why the numbers are off."
Anything else gets nothing here.
"""

from __future__ import annotations

import re

from .inflect import lemma_of
from .message import Message
from .surface import recase

# A moment or thing of the speaker's own life: times, days, occasions, household things, plans.
_PERSONAL = re.compile(
    r"\b(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)|midnight|an? (?:hour|minute)s? before|last minute|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tonight|this morning|"
    r"date|dinner|lunch|parents'? evening|school|nursery|practice|rehearsal|breakfast|birthday|anniversary|wedding|party|meeting|pta|school run|plans?|"
    r"pan|pans|dishes|sink|fridge|towels?|laundry|bins?|kitchen|bathroom|bed|sofa|car|drive(?:way)?|"
    r"music|noise|door|neighbou?rs?|rent|bills?|cancel\w*|bail\w*|flak\w*|"
    r"for (?:\d+|one|two|three|four|five|six|ten|twenty|ninety) (?:minutes|hours|days|weeks))\b", re.I)
# A view: something read, argued, voted or measured. Its presence keeps the views line.
_VIEW = re.compile(r"\b(?:article|post|thread|comment|study|studies|research|chart|graph|data|evidence|source|"
                   r"(?<!rocket )science|policy|policies|government|vote[ds]?|election|politic\w*|media|news|opinion|"
                   r"argument|logic|facts?)\b", re.I)


def personal_event(msg: Message) -> bool:
    """The message names an event of the speaker's own life and no view."""
    return bool(_PERSONAL.search(msg.text)) and not _VIEW.search(msg.text)


_ABSOLUTES = re.compile(r",?\s*\b(?:every (?:single )?(?:time|day|night|week|weekend|morning|evening)|always|again|as usual)\b", re.I)
_SARCASM_TAIL = re.compile(r"\s*[,.;:!-]+\s*(?:(?:real(?:ly)?|so|very|super|how)\s+)?(?:considerate|thoughtful|nice|lovely|"
                           r"kind|great|classy|mature)\b.*$", re.I)
_GERUND = re.compile(r"(?:^|[.!?]\s+)(?:(?:honestly|seriously|like|oh|so)[,\s]+)?(?P<g>[A-Za-z]+ing)\s+(?P<rest>[^.!?]+)", re.I)
# "Sarah honestly, who forgets…?", "Kev, who sticks…?": a name may come first
_WHO = re.compile(r"(?:^|[.!?]\s+)(?:[A-Z][a-z]+,?\s+(?=(?:honestly|seriously|who)\b))?(?:(?:honestly|seriously|like|i mean)[,\s]+)?who\s+(?:on earth\s+|even\s+)?"
                  r"(?P<v>[a-z]+s)\s+(?P<rest>[^?.!]+)\?", re.I)
_KIND = re.compile(r"\b(?:you(?:'re|\s+are)|ur|u\s+r)\s+(?:just\s+)?the\s+(?:kind|sort|type)\s+of\s+"
                   r"(?:guy|person|man|woman|girl|bloke|friend|partner|boyfriend|girlfriend|husband|wife|flatmate)\s+who\s+"
                   r"(?P<v>[a-z]+s)\s+(?P<rest>[^.!?]+)", re.I)
_IF_KNOW = re.compile(r"\b(?:maybe\s+)?if\s+(?:you|u)(?:'d|\s+had)?\s+(?=\w+\s+\w)(?:(?:actually|ever|even)\s+)?(?:bothered\s+to\s+)?"
                      r"(?P<v>[a-z]+)\s+(?P<obj>[^,.!?]+?),?\s+(?:you|u)(?:'d|\s+would)(?:\s+have)?\s+(?:know|known|seen|noticed)"
                      r"\s+(?:that\s+)?(?P<known>[^.!?]+)", re.I)
# What the listener was told to read: a message is the speaker's own life, whatever it is about.
_READ_THINGS = re.compile(r"\b(?:message|messages|email|emails|text|texts|chat|group chat|calendar|invite|invitation|"
                          r"whatsapp|slack)\b", re.I)
_NOT_MINE = re.compile(r"\bif\s+(?P<what>(?:the\s+|my\s+|your\s+)?[a-z ]+?\s+(?:is|are|was|were|'s|'re)\s+[a-z ]+?),\s*"
                       r"(?:that's|that\s+is|it's|it\s+is)\s+(?:a|an|the)?\s*[\w' ]+?\s+(?:issue|problem|fault|thing)"
                       r",?\s+not\s+(?:mine|me|my\s+problem|on\s+me)\b", re.I)
_OWN_ACT = re.compile(r"(?:^|[.!?]\s+)(?:(?:to\s+be\s+clear|for\s+the\s+record|look|honestly)[,\s]+)?"
                      r"(?P<said>I\s+(?P<v>[a-z]+)\b[^.!?]*)[.!]", re.I)
_SELF = {"himself": "yourself", "herself": "yourself", "themselves": "yourself", "his": "your", "her": "your",
         "their": "your", "he": "you", "she": "you", "they": "you", "him": "you"}
_LET_DOWN = {"cancel", "bail", "flake", "ditch", "ghost", "stand", "forget", "skip"}
_TALK = {"talk", "go", "interrupt", "rant", "speak", "drone", "monologue"}
_ASK = "Can we talk about it?"
# "who cares about the meeting", "who says that": a question or a verdict, not an act to name
_NOT_ACTS = {"do", "say", "be", "is", "ha", "have", "care", "know", "think", "want", "need", "ask", "give", "mind", "get", "make"}
# Said around a gerund event, making it a jab ("…, real considerate", "who does that", "what is wrong with you"):
# without one, "Thinking about it, dinner on Sunday works" is no complaint.
_JAB = re.compile(r"\b(?:(?:who|what kind of \w+|what sort of \w+) (?:does|would do) that|wrong with (?:you|u)|"
                  r"(?:you're|ur|you are) (?:exhausting|impossible|unbelievable|a joke))\b", re.I)


def _base(word: str, msg: Message) -> str:
    tok = next((t for t in msg.doc if t.text == word), None)
    if tok is None:  # shouted ("SLAMMING", recased to "slamming"): the tagger can't read capitals, so re-read lower-cased
        from .parsing import parse_many
        tok = next((t for t in parse_many([msg.text.lower()])[0] if t.text == word.lower()), None)
    lemma = lemma_of(tok) if tok is not None else word.lower()
    if lemma == word.lower() and word.lower().endswith("s"):  # a tagger slip on the third person
        lemma = re.sub(r"ies$", "y", lemma) if lemma.endswith("ies") else re.sub(r"(?<=[sxz]|ch|sh)es$|s$", "", lemma)
    return lemma


def _past(word: str, msg: Message) -> bool:
    """"I sent the invoice": the speaker's own act, told in the past."""
    return any(t.text == word and t.tag_ == "VBD" for t in msg.doc)


def _yours(phrase: str) -> str:
    """The act told of a third person ("talks about himself") said to the listener ("yourself")."""
    return re.sub(r"\b(?:" + "|".join(_SELF) + r")\b", lambda m: _SELF[m.group(0).lower()], phrase, flags=re.I)


def _clean(rest: str) -> str:
    rest = re.sub(r"\bA\b", "a", _SARCASM_TAIL.sub("", rest))  # "A pan" left capital by recase()
    rest = _ABSOLUTES.sub("", rest)
    rest = re.split(r"\s*,\s*(?:what|who|why|how|seriously|honestly|real|really|lol)\b", rest, flags=re.I)[0]
    return re.sub(r"\s+", " ", rest).strip(" ,;:-")


def _feeling(verb: str) -> str:
    return "I feel let down" if verb in _LET_DOWN else "I feel unheard" if verb in _TALK else "I get really frustrated"


def _has_thing(rest: str) -> bool:
    """Enough of an event to keep: not "who does that", not an act done to the listener ("who taught you…")."""
    words = rest.lower().split()
    return len(words) >= 2 and not {"you", "u", "yourself"} & set(words) and not re.fullmatch(r"(?:that|this|it)\b.*", rest, re.I) \
        and bool(_PERSONAL.search(rest) or len(words) >= 4)


def event_lines(msg: Message) -> list[str]:
    """The personal event the jab is about, kept as an "I" statement; [] when there is none."""
    text = recase(msg.text)  # "SLAMMING THE DOOR…": the event kept in ordinary case
    found = _NOT_MINE.search(text)  # a defence, whatever it is about ("the data team's problem")
    if found:
        own = next((m for m in _OWN_ACT.finditer(text[:found.start()]) if _past(m.group("v"), msg)), None)
        what = re.sub(r"^(?:the|my|your)\s+", "the ", found.group("what").strip(), flags=re.I)
        help_ = f"I'd like to help work out why {what}."
        return [f"{own.group('said').strip()}, and {help_}"] if own else [help_]
    if _VIEW.search(text):
        return []
    found = _IF_KNOW.search(text)
    if found and (personal_event(msg) or _READ_THINGS.search(found.group("obj")) and not _VIEW.search(text)):
        obj = re.sub(r"\ba single\b", "a", found.group("obj"), flags=re.I).strip()
        known = found.group("known").strip()
        verb = _base(found.group("v"), msg)
        if verb in ("come", "go"):  # "come to training Thursday": that Thursday is gone; training is still there
            obj = re.sub(r"\s+(?:on\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                         r"last\s+(?:week|night|time))$", "", obj, flags=re.I)
        tell = f"I'm happy to explain {known}." if re.match(r"(?:why|how|what|when|where|who)\b", known, re.I) \
            else f"Just so you know, {known}."
        return [f"I'd really like you to {verb} {obj}", tell]
    for shape in (_KIND, _WHO):
        found = shape.search(text)
        # "…adding the whole team to these?": an object that points outside the message can't be kept
        if found and _has_thing(found.group("rest")) and not re.search(r"\b(?:these|those|them|it)\W*$", found.group("rest"), re.I):
            verb = _base(found.group("v"), msg)
            rest = _clean(_yours(re.split(r"\s+and\s+calls?\s+it\b", found.group("rest"), flags=re.I)[0]))
            rest = re.sub(r"\b(and|then)\s+([a-z]+s)\b", lambda m: f"{m.group(1)} {_base(m.group(2), msg)}", rest)
            if rest and verb not in _NOT_ACTS:
                return [f"{_feeling(verb)} when you {verb} {rest}", _ASK]
    found = _GERUND.search(text)
    if found and personal_event(msg):
        verb = _base(found.group("g"), msg)
        rest = _clean(found.group("rest"))
        jab = _SARCASM_TAIL.search(found.group("rest")) or _ABSOLUTES.search(found.group("rest")) or _JAB.search(text)
        if jab and (verb != found.group("g").lower() and _has_thing(rest) or verb in _LET_DOWN and rest):
            return [f"{_feeling(verb)} when you {verb} {rest}", _ASK]
    return []
