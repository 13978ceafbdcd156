"""A defensive message whose topic or legitimate point must survive the rewrite.

The generic acknowledge-first shell answered these with "I can see you're upset, can we talk about
it?": the thing defended (the text, the scratch, the toast, the report, the call) was lost, and a
denial with a reason came back as the opener ("I didn't ignore your call."). The guidance asks the
sender to take responsibility for the impact and acknowledge the hurt, without giving up a true
reason or their own need. This module owns those whole-message readings (`point_lines`, offered
alone by `with_defence_points` in strategies.py), each keyed to a shape, not a sentence:

- a counter-complaint, then "I don't know why you're upset about one X": X owned, the counter dropped;
- "it's not a big deal, it's (just) a X" / "calm down, it's only X": X owned, the brush-off dropped;
- "you're one to talk about X": X kept as the topic, the tu quoque turned into owning a part;
- "I was (just) tired, I didn't mean anything by it": "I didn't mean to hurt you", the reason kept;
- "I didn't say X, I said Y": the comment about Y owned;
- "excuse me for having a job. I can't X": the boundary kept as the sender's need;
- "I said I was sorry about X!": X kept in the apology;
- "Sorry X but nobody gave me Y until Z. Not my fault": apology, reason as "I didn't get", next step;
- "I didn't ignore your call, I was in a meeting": sorry for the missed call plus the reason, never the
  flat denial first (a broken or lost thing denied stays supported_denials.py's account, by the lead's
  decision); "I wasn't X-ing, you're paranoid": sorry it felt that way, the jab dropped.
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, RESPONSIBILITY, Candidate
from .textspeak import spell_out

_LEAD = r"^\W*(?:(?:well|look|honestly|ok(?:ay)?|um+|so|listen|seriously|jeez)\b[\s,.!]*)*"
_FEEL = r"(?:upset|mad|angry|annoyed|cross|pissed(?:\s+off)?|hurt|worked\s+up|bothered)"
_SIZING = re.compile(r"^(?:(?:just|only|literally|like)\s+)*(?:one|a\s+single|a\s+couple\s+of|a\s+few|a|an|some|one\s+little|"
                     r"a\s+little|a\s+tiny|one\s+stupid|a\s+stupid)\s+", re.I)
_OWNED = re.compile(r"^(?:the|my|your|his|her|their|our|this|that|these|those)\b", re.I)


def _the(thing: str) -> str:
    """"one anniversary text" → "the anniversary text"; "twenty quid" → "the twenty quid"."""
    thing = re.sub(r"\s+(?:lol|tbh|honestly|seriously|though|mate|babe)$", "", thing.strip(" .,!?"), flags=re.I)
    sized = _SIZING.match(thing)
    if sized:
        thing = thing[sized.end():]
    thing = re.sub(r"\b(?:little|tiny|stupid)\s+", "", thing)
    thing = thing.lower() if thing.isupper() else thing  # shouted, not a name
    if not thing or len(thing.split()) > 6 or re.match(r"^(?:it|this|that|nothing|anything|everything|time|thing)$", thing, re.I):
        return ""
    return thing if _OWNED.match(thing) else "the " + thing


def _text(msg) -> str:
    """The message without its vocative (compose puts the name back in front)."""
    text = re.sub(r"\bi\b", "I", spell_out(msg.text.strip())[0])  # "i didnt … ur call": read in full words
    if msg.address:
        text = re.sub(r",?\s*\b" + re.escape(msg.address) + r"\b\s*,?", " ", text)
    return re.sub(r"\s+([.,!?])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()


_WHY_UPSET = re.compile(r"\bso\s+(?:I\s+don'?t\s+(?:know|get|see)|I'?m\s+not\s+sure)\s+why\s+you(?:'re|\s+are|re)\s+(?:so\s+|this\s+)?"
                        + _FEEL + r"\s+(?:about|over)\s+(?P<thing>[\w'£$ -]+?)[\s.!?]*$", re.I)


def _counter_topic(text: str) -> list[str]:
    found = _WHY_UPSET.search(text)
    thing = _the(found.group("thing")) if found else ""
    if not thing:
        return []
    return [f"I'm sorry about {thing}.", "I can see it hurt.", "Can we talk about it?"]


_BRUSH = (r"(?:(?:it'?s|its|that'?s|thats)\s+not\s+a\s+(?:big|huge)\s+deal|(?:it'?s|its)\s+no\s+big\s+deal|calm\s+down|relax|chill(?:\s+out)?"
          r"|get\s+over\s+it|it'?s\s+not\s+the\s+end\s+of\s+the\s+world)")
_BRUSHED = re.compile(_LEAD + _BRUSH + r"[\s,.!-]+(?:it'?s|its|it\s+was|that'?s)\s+(?:just\s+|only\s+|literally\s+)*"
                      r"(?P<thing>[\w'£$ -]+?)[\s.!?🙄]*$", re.I)


def _brushed(text: str) -> list[str]:
    found = _BRUSHED.match(text)
    thing = _the(found.group("thing")) if found else ""
    if not thing or re.search(r"\b(?:time|times|once|day|minute|minutes|joke)$", thing, re.I):
        return []  # "it was one time": no thing to own; a joke is the meaning reading's
    return [f"I'm sorry about {thing}, and I shouldn't have brushed it off.", "I can see it matters to you.",
            "Can we sort it out together?"]


_ONE_TO_TALK = re.compile(_LEAD + r"you(?:'re|\s+are|re)\s+(?:one|a\s+fine\s+one|the\s+one)\s+to\s+talk\s+about\s+"
                          r"(?P<topic>[\w' -]+?)[\s.!?]*$", re.I)


def _tu_quoque(text: str) -> list[str]:
    found = _ONE_TO_TALK.match(text)
    if not found or re.match(r"^(?:it|this|that|me)$", found.group("topic"), re.I):
        return []
    topic = found.group("topic")
    return [f"You're right to bring up {topic}, and I'll own my part in it.", "Can we talk about it together?"]


_REASON = r"(?:I\s+was\s+(?P<reason>(?:just\s+|only\s+|really\s+|so\s+)*(?:tired|stressed|exhausted|joking|kidding|teasing|messing\s+(?:around|about)|in\s+a\s+mood|hungry|distracted)))"
_NO_MEANING = re.compile(r"\bI\s+didn'?t\s+mean\s+(?:anything|nothing|any\s+harm)(?:\s+by\s+it)?\b", re.I)


def _meant_nothing(text: str) -> list[str]:
    if not _NO_MEANING.search(text):
        return []
    reason = re.search(_REASON, text, re.I)
    said = re.sub(r"^(?:just|only|really|so)\s+", "", reason.group("reason"), flags=re.I) if reason else ""
    # "I didn't mean…" after an excuse still reads as the defence; "I never meant to" owns the hurt
    plain = ["I'm sorry, that came out wrong, and I never meant to hurt you.", "Can we talk about it?"]
    return [[f"I'm sorry, that came out wrong. I was {said}, and I never meant to hurt you."], plain] if said else [plain]


_SAID_NOT = re.compile(_LEAD + r"I\s+(?:didn'?t|never)\s+(?:say|said|call|called)\s+[^,.;]+?[,.;]\s*I\s+(?:said|meant|just\s+said)\s+"
                       r"(?:that\s+)?(?P<subject>(?:the|your|that|this|my)\s+\w+(?:\s+\w+)?)\s+(?:was|were|is|are|looked|looks|seemed|tasted)\b", re.I)


def _said_not(text: str) -> list[str]:
    found = _SAID_NOT.match(text)
    if not found:
        return []
    return [f"I'm sorry my comment about {found.group('subject')} hurt you.", "Can we talk about it?"]


_SARCASTIC_SORRY = re.compile(_LEAD + r"(?:excuse\s+me|sorry|forgive\s+me)\s+for\s+having\s+(?P<what>a\s+job|a\s+life|work|kids|"
                              r"a\s+family|other\s+things\s+on)\b[^.!?,]*[.!?,]+\s*(?P<need>I\s+(?:can'?t|cannot|can\s+not)\s+[^.!?]+)[.!?]*\s*$", re.I)


def _boundary(text: str) -> list[str]:
    found = _SARCASTIC_SORRY.match(text)
    if not found:
        return []
    need = re.sub(r"^I\s+(?:cannot|can\s+not)", "I can't", found.group("need").strip(), flags=re.I)
    because = " because of work" if re.search(r"job|work", found.group("what"), re.I) else ""
    return [f"{need}{because}, and I know that's hard for you.", "Can we work out together what I can manage?"]


_APOLOGISED = re.compile(_LEAD + r"I\s+(?:said\s+I\s+was\s+sorry|(?:already\s+)?apologi[sz]ed|already\s+said\s+sorry|said\s+sorry)\s+"
                         r"(?:about|for)\s+(?P<thing>(?:the|my|that|your)\s+[\w' -]+?)(?:\s+already)?\s*[!.?,]", re.I)


def _apologised(text: str) -> list[str]:
    found = _APOLOGISED.match(text)
    if not found or len(found.group("thing").split()) > 5:
        return []
    thing = re.sub(r"^that\b", "the", found.group("thing"), flags=re.I)
    return [f"I'm sorry about {thing}.", "I can see my apology didn't feel like enough.", "What can I do to make it right?"]


_NOT_FAULT = re.compile(r"(?:^|(?<=[.!?]))\s*(?:(?:and\s+)?(?:honestly\s+)?(?:(?:it'?s|its|that'?s)\s+)?not\s+my\s+fault|you\s+can'?t\s+"
                        r"(?:pin|blame|put)\s+(?:me\s+for\s+)?(?:this|that|it)\b[^.!?]*|don'?t\s+blame\s+me)[.!?]*", re.I)
_SORRY_BUT = re.compile(_LEAD + r"(?P<sorry>sorry\s+(?!but\b|for\b|about\b|not\b)(?:that\s+)?\w+\b[^,.;!?]*?)\s*,?\s+but\s+(?:honestly\s+|to\s+be\s+fair\s+)?"
                        r"(?P<reason>[^.!?]+)[.!?]*\s*(?P<rest>.*)$", re.I)


def _sorry_but(text: str) -> list[str]:
    found = _SORRY_BUT.match(text)
    if not found or not _NOT_FAULT.search(found.group("rest") or ""):
        return []
    if _NOT_FAULT.sub("", found.group("rest")).strip():
        return []  # more said than the denial: left to the other readings
    reason = found.group("reason").strip()
    if re.search(r"\b(?:you|your)\b", reason, re.I):
        return []  # the reason blames the listener: not kept as an account
    sorry = "I'm " + found.group("sorry")[:1].lower() + found.group("sorry")[1:]
    late = _NOBODY_GAVE.match(reason)
    if late:  # "nobody gave me the figures until Thursday": what reached the speaker when, and the speaker's next step
        what, when = late.group("what"), late.group("when")
        when = "on " + when if re.match(_DAYS, when, re.I) else when
        them = "them" if re.search(r"(?:s|data)$", what, re.I) else "it"
        return [[f"{sorry}.", f"I only got {what} {when}, and next time I'll chase {them} earlier."]]
    return [[f"{sorry}.", f"{reason[:1].upper()}{reason[1:]}.", "Next time I'll give you a heads-up sooner."]]


_DAYS = r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
_NOBODY_GAVE = re.compile(r"^(?:nobody|no\s*one|they|he|she)\s+(?:gave|sent|told|showed|emailed|forwarded)\s+me\s+(?P<what>(?:the|my|any)\s+"
                          r"[\w' ]+?)\s+(?:until|till|til)\s+(?P<when>(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                          r"yesterday|today|this\s+morning|last\s+night|lunchtime|the\s+last\s+minute)(?:\s+(?:morning|afternoon|night))?)$", re.I)


_DENIAL = re.compile(_LEAD + r"I\s+(?:didn'?t|did\s+not)\s+(?P<verb>ignore|miss|skip)\s+"
                     r"(?P<thing>(?:the|your|my|his|her|our)\s+[\w' -]+?)\s*[,.;!]+\s*(?:I\s+was|I'?d|it\s+was|it'?s|the\s+\w+\s+was|"
                     r"they\s+were|(?:because|cause|cos)\s+)", re.I)
_REASON_START = re.compile(r"[,.;!]+\s*(?P<reason>(?:I\s+was|I'?d|it\s+was|it'?s|the\s+\w+\s+was|they\s+were|(?:because|cause|cos)\s+)[^.!?]*)", re.I)
_MISSED = {"ignore": "I missed", "miss": "I missed", "skip": "I missed"}


def _denied_with_reason(text: str) -> list[str]:
    found = _DENIAL.match(text)
    if not found:
        return []
    reason = _REASON_START.search(text, found.end("thing")).group("reason").strip()
    reason = re.sub(r"^(?:because|cause|cos)\s+", "", reason, flags=re.I)
    if re.search(r"\b(?:you|your)\b", reason, re.I) and not re.search(r"\b(?:lent|gave|handed)\s+it\s+to\s+me|when\s+you\b", reason, re.I):
        return []  # the reason is a counter-complaint, not an account
    thing = re.sub(r"\b(?:stupid|precious|bloody|damn|freaking|fucking|crappy)\s+", "", found.group("thing"), flags=re.I)  # no sneer kept
    missed = _MISSED.get(found.group("verb").lower(), "")
    if not missed or not re.search(r"\b(?:call|message|text|email|calls|messages|texts|emails|voicemail)\b", thing, re.I):
        return []  # a broken or lost thing denied: the lead keeps that as the account, no apology (supported_denials.py)
    reason = reason if re.match(r"^I\b", reason) else reason[:1].lower() + reason[1:]
    # a missed call is an outcome the speaker did cause: sorry for it, the reason, the listener's side heard
    return [f"Sorry {missed} {thing}; {reason}.", "I can see that was frustrating."]


_BARE_DENIAL = re.compile(_LEAD + r"I\s+(?:wasn'?t|was\s+not)\s+(?P<act>(?:ignoring|flirting\s+with|lying\s+to|avoiding|checking\s+out|"
                          r"texting|talking\s+to)\s*[\w' ]*?)\s*[,.;!]+\s*(?:you(?:'re|\s+are|re)\s+(?:being\s+|so\s+|just\s+)*"
                          r"(?:paranoid|crazy|insecure|jealous|imagining\s+(?:it|things)|overreacting|ridiculous))[\s.!?]*$", re.I)


def _bare_denial(text: str) -> list[str]:
    found = _BARE_DENIAL.match(text)
    if not found:
        return []
    act = found.group("act").strip()
    return [f"I'm sorry it felt like I was {act}.", "Can we talk about what worried you?"]


_READINGS = ((_counter_topic, ACKNOWLEDGE), (_brushed, RESPONSIBILITY), (_tu_quoque, RESPONSIBILITY), (_meant_nothing, RESPONSIBILITY),
             (_said_not, RESPONSIBILITY), (_boundary, ACKNOWLEDGE), (_apologised, RESPONSIBILITY), (_sorry_but, RESPONSIBILITY),
             (_denied_with_reason, RESPONSIBILITY), (_bare_denial, ACKNOWLEDGE))


def point_lines(msg) -> tuple[list[list[str]], str]:
    """The wordings of the first reading that fits the whole message, with its strategy, or ([], "").
    A reading gives one wording (a list of sentences) or several (a list of such lists)."""
    if not msg.defensive and not msg.blaming:
        return [], ""
    text = _text(msg)
    for reading, kind in _READINGS:
        lines = reading(text)
        if lines:
            return (lines if isinstance(lines[0], list) else [lines]), kind
    return [], ""


def point_candidates(msg) -> list:
    from .reading import compose

    wordings, kind = point_lines(msg)
    return [Candidate(compose(msg, lines), kind) for lines in wordings]


def with_defence_points(msg, chosen: tuple) -> tuple:
    """Only this module's answer when one of its shapes is the whole message (strategies.py)."""
    return (point_candidates,) if point_lines(msg)[0] else chosen
