"""Sarcasm and taunts that read like plain statements, so that a rewrite never keeps them as facts.

- Sarcastic praise in "right, because X went so brilliantly" (threads.py says X as the speaker's
  doubt): the praise is said plainly, "so brilliantly" → "well", "so much safer" → "safer"
  (plain_praise); "I don't think the carbon tax went so brilliantly" kept the sneer.
- "Those Reddit threads won't read themselves" mocks what the listener does instead of helping; it
  is no fact to repeat (keeps_mock_fact). After a sarcastic "because you're SO busy" it says the
  speaker's hurt at the claim and the time going elsewhere; of a chore ("those dishes won't wash
  themselves") it says the chore is still waiting and asks for it (busy_lines).
- A taunt ("You think you're so clever.", "Who asked for your opinion?") is not a disagreement
  about views (venting.py's view words fire on "think", "opinion"): said as the feeling under it,
  being talked down to, or the boundary it asks for (taunt_lines).
- A mocking name before a plain fact ("Hey, genius, the milk's gone sour.") is a complaint about
  that fact, not a defence (mocked_fact): engine.py reads it as blaming.
"""

from __future__ import annotations

import re

from .inflect import gerund
from .surface import recase

# "won't read themselves", "aren't going to wash themselves", "doesn't walk itself"
_MOCK_IDIOM = re.compile(r"\b(?:won'?t|will not|wouldn'?t|aren'?t going to|isn'?t going to|don'?t|doesn'?t|can'?t)"
                         r"(?: just)? (?:\w+ ){1,2}(?:itself|themselves|themself)\b", re.I)
_IDIOM_OBJECT = re.compile(r"\b(?P<x>(?:those|these|that|this|the|your|ur) (?:\w+ ){0,2}?\w+) (?:won'?t|will not|aren'?t going to|"
                           r"isn'?t going to|don'?t|doesn'?t)(?: just)? (?P<v>\w+) (?P<self>itself|themselves)(?P<prt> out| up| away| in| off)?\b", re.I)
# What the listener is told to do about a chore ("those dishes won't wash themselves"), and what
# they are mocked for doing instead of it ("those Reddit threads won't read themselves").
_CHORES = {"wash", "walk", "clean", "cook", "fold", "empty", "feed", "hoover", "vacuum", "tidy", "iron", "mow", "pay", "dry",
           "put", "take", "load", "unload", "fix", "hang", "sweep", "mop", "change", "bathe", "water", "do", "sort", "file",
           "book", "write", "answer", "return"}
# A sarcastic "because you're SO busy", "oh sure, you're so tired", "right, you're sooo swamped"
_SO_CLAIM = re.compile(r"\b(?:because|cos|cause|sure|yeah|right|oh|of course|ah)\W+(?:(?:sure|yeah|right|of course|ok)\W+)*"
                       r"(?:you'?re|you are|ur|u r|youre) (?:so|soo+|such) (?P<adj>busy|tired|exhausted|swamped|stressed|"
                       r"overworked|slammed|important|worn out|knackered)\b", re.I)
# The sarcasm's praise, said plainly.
_PRAISE = ((re.compile(r"\bso (?:very )?(?:brilliantly|wonderfully|beautifully|smoothly|perfectly|fantastically|amazingly|"
                       r"splendidly|swimmingly|marvell?ously|spectacularly|great|superbly|nicely|successfully)\b", re.I), "well"),
           (re.compile(r"\bso (?:much )?(?:very )?(?=(?:more|less|better|\w+er)\b)", re.I), ""),
           (re.compile(r"\bso much\b(?! (?:of|as|that)\b)", re.I), ""),
           (re.compile(r"\bso (?:very )?(?=(?:safe|cheap|fair|easy|effective|affordable|popular|successful|"
                       r"helpful|great|good|clean|quiet|green|efficient)\b)", re.I), ""))
# Taunts about the listener's opinion of themselves, and about their opinion being unwanted.
_SELF_OPINION = re.compile(r"^\W*(?:oh\W+|wow\W+|so\W+)?(?:you|u) (?:really |actually |honestly )?think (?:you'?re|you are|ur|youre|"
                           r"u r) (?:so |soo+ |really |sooo+ |such an? )?(?P<what>clever|smart|funny|hilarious|cool|special|"
                           r"great|brilliant|perfect|tough|amazing|better than (?:\w+ ?){1,3}|above (?:\w+ ?){1,3}|"
                           r"(?:a |an )?(?:genius|comedian|expert|big shot|hot stuff))\b", re.I)
_VIEW_WORDS = r"(?:opinion|input|advice|thoughts|views?|two cents|2 cents|take|commentary)"
_UNASKED = re.compile(r"^\W*(?:(?:um+|uh+|ok|okay|and|well|sorry)\W+)?(?:who|nobody|no one|no-one|no1) (?:even |actually |ever )?"
                      rf"(?:asked (?:for )?(?:your|ur) {_VIEW_WORDS}|asked (?:what|how) (?:you|u) (?:think|thought|feel)"
                      rf"|asked (?:you|u)\b|asked\b(?= *\W*$)|(?:wants?|wanted|needs?|needed) (?:your|ur) {_VIEW_WORDS})", re.I)
_TAG = re.compile(r"^[\s,.!?]*(?:(?:don'?t|do|didn'?t) (?:you|u)|huh|eh|right|lol|anyway|mate|hm+)?(?:,\s*[A-Z][a-z]+)?"
                  r"[\s,.!?🙄😂🤡]*$", re.I)  # "…, don't you", "…, Dave?"
# The taunt kept in a rewrite: "It seems like you think you're so clever."
_TAUNT_KEPT = re.compile(r"\b(?:you|u) (?:really |actually )?think (?:you'?re|you are|ur|youre) (?:so |soo+ |such an? )", re.I)
# "Hey, genius, …", "Well done, Einstein, …", "Nice one, Sherlock: …"
_MOCKED = re.compile(r"^\W*(?:(?:well done|nice one|nice going|nice work|good job|great job|way to go|hey|oi|oh|ok|okay|well|"
                     r"bravo|cheers|thanks|wow|congrats)\W+)*(?P<name>[a-z]+)\s*[,:!-]+\s*(?P<rest>.+)$", re.I)


def plain_praise(said: str) -> str:
    """"the carbon tax went so brilliantly" → "the carbon tax went well"."""
    for praise, plain in _PRAISE:
        said = praise.sub(plain, said)
    return re.sub(r"\s{2,}", " ", said).strip()


def keeps_mock_fact(msg, text: str) -> bool:
    """The rewrite repeats a sarcastic "…won't read themselves" or a "you think you're so clever"
    that the message said."""
    return any(p.search(msg.text) and p.search(text) for p in (_MOCK_IDIOM, _TAUNT_KEPT))


def busy_lines(msg) -> list[str] | None:
    """"those dishes won't wash themselves" → the chore, and a request to do it; "because you're SO
    busy. those Reddit threads won't read themselves" → the hurt at the claim and where the time goes."""
    text = recase(msg.text)
    claim, idiom = _SO_CLAIM.search(text), _IDIOM_OBJECT.search(text)
    if not idiom or not _alone(text, [idiom] + ([claim] if claim else [])):
        return None  # more is said beside it ("you're always on your phone and…"): read by the strategies
    thing = re.sub(r"^(?:those|these|that|this|your|ur)\b", "the", idiom.group("x"), flags=re.I)
    thing = thing[:1].lower() + thing[1:]
    verb, prt = idiom.group("v").lower(), (idiom.group("prt") or "").lower()
    if verb in _CHORES:
        many = idiom.group("self").lower() == "themselves"
        return [f"I'm feeling frustrated that {thing} still {'need' if many else 'needs'} {gerund(verb)}{prt}",
                f"Could you {verb} {'them' if many else 'it'}{prt}?"]
    if not claim:
        return None  # "those threads won't read themselves" alone: no claim to answer, only kept out (keeps_mock_fact)
    return [f"I feel hurt when you tell me you're {claim.group('adj').lower()} and then spend the time on {thing}",
            "Can we talk about how we're sharing our time?"]


_FILLER = re.compile(r"\b(?:yeah|yes|sure|oh|right|ok|okay|because|cos|cause|of course|you know|just saying|lol|honestly|"
                     r"and|but|so|well|ah|mate|babe|anyway)\b|[^\w\s']", re.I)


def _alone(text: str, found) -> bool:
    """Nothing but fillers beside the matched parts of the message."""
    for match in sorted(found, key=lambda m: -m.start()):
        text = text[:match.start()] + " " + text[match.end():]
    return len(_FILLER.sub(" ", text).split()) <= 1


def taunt_lines(msg) -> list[str] | None:
    """A taunt alone: the hurt of being talked down to, or the boundary an "unasked opinion" asks for."""
    text = recase(msg.text.strip())
    found = _SELF_OPINION.match(text)
    if found and _TAG.match(text[found.end():]):
        if found.group("what").lower() in ("funny", "hilarious", "comedian", "a comedian"):
            return ["That didn't feel funny to me, and it stung", "Can we talk about it?"]
        return ["I'm feeling talked down to right now, and it hurts", "Can we talk to each other as equals?"]
    found = _UNASKED.match(text)
    if found and _TAG.match(text[found.end():]):
        return ["I'd rather work this one out myself right now", "Could you hold off on advice for now?"]
    return None


def sarcasm_lines(msg) -> list[str] | None:
    """The lines for a taunt or a sarcastic claim read whole, or None."""
    return busy_lines(msg) or taunt_lines(msg) or mocked_fact_lines(msg)


def _mocked(text: str):
    """The statement after a mocking name opening the message ("Hey, genius, …"), or None."""
    from .scene_blame import EPITHETS  # scene_blame.py reads the whole message module: imported late
    found = _MOCKED.match(text.strip())
    if not found or found.group("name").lower() not in EPITHETS:
        return None
    rest = found.group("rest").strip()
    if re.search(r"\b(?:i|me|my|i'?m|myself|we|us)\b|\?", rest, re.I) or len(rest.split()) < 3:
        return None  # the speaker's own side, or a question: read elsewhere
    return rest


def mocked_fact(msg) -> bool:
    """"Hey, genius, the milk's gone sour.": a mocking name and, after it, a plain statement with
    nobody defending themselves."""
    return _mocked(msg.text) is not None and not any(
        c.role in ("denial", "excuse", "minimising", "counter", "victim") for c in msg.clauses)


def mocked_fact_lines(msg) -> list[str] | None:
    """"Hey, genius, the milk's gone sour." → the fact told plainly: "Just so you know, the milk's gone sour."."""
    rest = _mocked(msg.text) if mocked_fact(msg) else None
    if rest is None or re.match(r"^(?:you|u|ur|your)\b", rest, re.I):
        return None  # "…, you left the gate open": the act, said by the blaming strategies
    rest = re.sub(r"[.!\s]+$", "", rest)
    return [f"Just so you know, {rest[:1].lower() + rest[1:]}", "Could we sort it out?"]
