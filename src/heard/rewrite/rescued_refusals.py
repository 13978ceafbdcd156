"""Owns flagged messages that every other reading refused although their event is plain to see:

- sarcastic thanks or praise for an act: "Thanks for cc'ing my manager on a question you could have
  just asked me. Very collegial of you." → "I was upset when you cc'd my manager on a question. Next
  time, could you ask me first?"; "gold medal for ignoring me yet again 🏅" → "I was upset when you
  ignored me. Can we talk about it?"; "nice of you to show up to your own team's standup" → "I'd like to
  be able to count on you being at your team's standup."; "wow thanks for inviting me lol" → "I felt left
  out when I wasn't invited.";
- a denial with its technical cause: "wasnt me, lag" → "Sorry, I think that was lag on my end.";
- a child's upset pinned on another's upbringing: "Maybe if your son learned some manners, Ava wouldn't
  come back from school crying every Thursday." → "Ava has been coming back from school crying every
  Thursday, and I think something's happening with your son. Could we talk about it?";
- "you and your motorbike revving at 6am. some of us work nights" → "I work nights, so your motorbike
  revving at 6am is hard on me. Could we work something out?";
- "great for parties, gone for funerals" → "It hurt that you were there for the parties but not for the
  funerals. Can we talk about it?";
- "so your mum gets a vote on our wedding venue now" → "I'd like our wedding venue to be our decision.
  Can we talk about how much say your mum has?".

Asked only as the last resort (engine._pool, before venting.pointed_feeling): what it reads is a shape
with its event in named slots, so the verdict ("very collegial", "learned some manners", "fair-weather
friend") is dropped and the event kept. A message with no event ("thanks for the 'help'", "you and your
'five more minutes'", "wow ok") matches none of the shapes and stays refused.
"""

from __future__ import annotations

import re

from .candidate import I_STATEMENT, RESPONSIBILITY, Candidate
from .inflect import gerund, lemma_of, past
from .message import Message

_I = re.I
_LEAD = r"^\W*(?:(?:wow|oh|gee|great|well|ok(?:ay)?|cool|nice|so|yeah|lol|right)[\s,.!…]+)*"
_THANKS = (r"(?:(?:thanks|thank\s+(?:you|u)|cheers|ty)(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+a\s+bunch)?"
           r"|(?:(?:a\s+)?(?:gold\s+medal|medal|award|trophy|prize|round\s+of\s+applause|gold\s+star))(?:\s+(?:goes\s+)?to\s+(?:you|u))?)"
           r"\s+for\s+(?P<act>.+)$")
_THANKED = re.compile(_LEAD + _THANKS, _I)
_LATE = re.compile(r"\b(?:finally|late|mins?|minutes?|hours?|\d)", _I)
_MOCK = re.compile(r"🙄|🙃|😒|👏|\b(?:really|much)\s+appreciated\b|[.!]\s+(?:very|so|how|really)\s+\w+(?:\s+of\s+(?:you|u))?\W*$", _I)
_MEDAL = re.compile(_LEAD + r"(?:a\s+)?(?:gold\s+medal|medal|award|trophy|prize|round\s+of\s+applause|gold\s+star)\b", _I)
_NICE_OF = re.compile(_LEAD + r"(?:(?:how|very|so|real(?:ly)?)\s+)?(?:nice|kind|good|sweet|thoughtful|big)\s+of\s+(?:you|u)\s+"
                      r"(?:to\s+)?(?:finally\s+|actually\s+)?(?:show(?:ing)?|turn(?:ing)?)\s+up\s+(?:to|at|for)\s+(?P<where>[^.!?]+?)\W*$", _I)
# What follows the act and is no part of it: a second mocking sentence, emoji, "really appreciated".
_AFTER = re.compile(r"(?:[.!?]+\s+(?:very|so|how|real(?:ly)?|truly|super)\s+\w+(?:\s+of\s+(?:you|u))?\W*$"
                    r"|[\s,.;:!-]+(?:really|much|so|super)\s+appreciated\W*$|[\s,]+really\W*$|\s*(?:lol|lmao|smh|mate|pal)\W*$|[^\w'\")]+$)", _I)
_ABSOLUTE = re.compile(r"\s*\b(?:yet\s+again|once\s+again|again|as\s+usual|as\s+always|always|every\s+single\s+time)\b", _I)
_COULD_HAVE = re.compile(r"\s+(?:that|which|when)?\s*(?:you|u)\s+could(?:'ve|\s+have|\s+of)\s+(?:just\s+|easily\s+|simply\s+)?"
                         r"(?P<alt>[a-z]+(?:\s+[a-z]+){0,3})\W*$", _I)
# Acts whose sarcastic thanks means they did NOT happen: only leaving someone out reads one way.
_LEFT_OUT = re.compile(r"^(?:inviting|including|asking)\s+(?:me|us)(?:\s+(?:to|along|out)\b.*)?$", _I)
# Thanks for what heard cannot tell apart from real thanks, or that means its opposite.
_OPPOSITE = re.compile(r"^(?:the\s+)?[\"'“‘]|\b(?:help|helping|telling|letting|warning|heads|support|advice|"
                       r"reminding|remembering|waiting|replying|answering|calling|texting|checking|coming|"
                       r"listening|caring|update|reminder|invite|invitation)\b", _I)
# Praise for what the listener did NOT do ("thanks for carrying the team"): its opposite is the complaint.
_PRAISED = re.compile(r"\b(?:carrying|saving|fixing|sorting|cleaning|tidying|cooking|covering|backing|doing|organi[sz]ing|"
                      r"handling|taking\s+care|picking\s+up|holding|making|sharing|noticing|showing|turning|joining|"
                      r"being|contributing|pulling|chipping|paying|keeping|looking\s+after|supporting|defending)\b", _I)
_NOUN_ACT = re.compile(r"^(?P<det>the|that|this|your)\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?"
                       r"(?:\s+(?:in|on|at|during)\s+(?:the|our|my)\s+[a-z]+(?:\s+[a-z]+)?)?)$", _I)

_DENIAL = re.compile(r"^\W*(?:it\s+)?(?:wasn'?t|was\s+not|wasnt|not)\s+me\s*[,.:;!—-]+\s*(?:it\s+was\s+|just\s+|blame\s+(?:the\s+)?)?"
                     r"(?P<cause>(?:the\s+|my\s+)?(?:lag|ping|wifi|wi-fi|internet|connection|server|servers|controller|"
                     r"mic|headset|latency|packet\s+loss|desync|router))\W*$", _I)

_LAPSES = {"lag", "ping", "latency", "packet loss", "desync"}
_IF_ONLY = re.compile(r"^\W*(?i:maybe\s+|perhaps\s+)?(?i:if)\s+(?P<whose>(?i:your)\s+[a-z]+)\s+(?P<cond>[^,]+?),\s*(?:then\s+)?"
                      r"(?P<who>[A-Z][a-z]+|(?:my|our)\s+[a-z]+|he|she)\s+(?:wouldn'?t|would\s+not|wouldnt)\s+"
                      r"(?P<verb>[a-z]+)\s+(?P<rest>[^.!?]+?)\W*$")
_SOME_OF_US = re.compile(r"^\W*(?:(?:you|u)\s+and\s+)?(?:your|ur)\s+(?P<thing>[^.!?,]+?)\s*[.!?,…]+\s*"
                         r"(?:some\s+of\s+us|some\s+people)\s+(?:actually\s+|have\s+to\s+)?(?P<fact>[^.!?]+?)\W*$", _I)
_THERE_FOR = re.compile(r"\b(?:great|fun|there|around|here|up|good)\s+for\s+(?P<good>(?:(?:the|a|an)\s+)?[a-z]+(?:\s+[a-z]+)?)\s*[,;]\s*"
                        r"(?:but\s+)?(?:gone|missing|nowhere|absent|awol|mia|vanished|disappeared)\s+(?:for|at|when\s+it\s+comes\s+to)\s+"
                        r"(?P<bad>(?:(?:the|a|an)\s+)?[a-z]+(?:\s+[a-z]+)?)\W*$", _I)
_A_SAY = re.compile(r"(?:^|[,.!]\s*)(?:so\s+)?(?P<who>(?:your|ur)\s+[a-z]+|[A-Z][a-z]+)\s+gets?\s+(?:a\s+)?(?:vote|say)\s+(?:on|in)\s+"
                    r"(?P<what>[^.!?]+?)(?:\s+now)?\s*(?:[.!?]|$)")


def rescued_candidates(msg: Message) -> list[Candidate]:
    """Candidates for the shapes above (the module docstring), or an empty list."""
    from .fluency import broken  # fluency imports readings that import the strategies: imported late
    from .reading import compose
    found = []
    for lines, strategy in _readings(msg):
        text = compose(msg, lines)
        if text and not broken(text):
            found.append(Candidate(text[:1].upper() + text[1:], strategy))
    return found


def rescued_lines(msg: Message) -> list[tuple[list[str], str]]:
    """The shapes read whole in strategies._chosen, over what the generic readings make of them ("I'm
    feeling upset about the dog", "It upsets me when some of us sleep in"): all but plain sarcastic
    thanks, which clear_scenes.py and others already read and which stays a last resort here."""
    return _readings(msg, whole=True)


def _readings(msg: Message, whole: bool = False) -> list[tuple[list[str], str]]:
    text = msg.text.strip()
    denial = _DENIAL.match(text)
    if denial:
        cause = re.sub(r"^(?:the|my)\s+", "", denial.group("cause").lower())
        if cause in _LAPSES:  # "I had lag": owned plainly ("…on my end" reads as a defence to the model)
            return [([f"Sorry about that, I had {cause}."], RESPONSIBILITY)]
        owner = "the" if cause.startswith("server") else "my"
        return [([f"Sorry about that, {owner} {cause} {'were' if cause.endswith('s') else 'was'} playing up."], RESPONSIBILITY)]
    for reading in (_thanked, _shown_up, _if_only, _some_of_us, _there_for, _a_say):
        if whole and (reading is _shown_up and _LATE.search(text) or reading is _thanked and not _MEDAL.match(text)):
            continue  # "nice of you to finally show up…, only 40 mins late": other readings keep the lateness
        lines = reading(msg, text)
        if lines:
            return [(lines, I_STATEMENT)]
    return []


def _thanked(msg: Message, text: str) -> list[str] | None:
    found = _THANKED.match(text)
    if not found:
        return None
    act = found.group("act")
    while True:
        cut = _AFTER.sub("", act).strip()
        if cut == act:
            break
        act = cut
    act = _ABSOLUTE.sub("", act).strip(" ,")
    if not act or re.search(r"[.!?]", act):
        return None  # more than one sentence left: not one act
    if _LEFT_OUT.match(act):
        done = "invited" if act.lower().startswith("invit") else "included" if act.lower().startswith("includ") else "asked"
        return [f"I felt left out when I wasn't {done}.", f"Could you {'include' if done != 'asked' else 'ask'} me next time?"]
    if _OPPOSITE.search(act) or _PRAISED.search(act):
        return None
    noun = _NOUN_ACT.match(act)
    if noun:  # "thanks for the lift" may be meant: only a mocking mark makes "the spoiler" the complaint
        if not _MOCK.search(msg.text):
            return None
        det = "your" if noun.group("det").lower() == "your" else "the"
        return [f"I was upset about {det} {noun.group('noun')}.", "Can we talk about it?"]
    if not _MEDAL.match(msg.text.strip()) and not re.search(r"\b(?:me|my|us|our|mine|him|her|his|their|them)\b", act, _I):
        return None  # "thanks for carrying the team": praise for what was not done, no act done to anyone
    alt = _COULD_HAVE.search(act)
    ask = None
    if alt:
        ask = _base_phrase(msg, alt.group("alt"))
        act = act[:alt.start()].strip()
    words = act.split()
    head = words[0]
    m = re.match(r"^([a-z]+)'ing$", head, _I)
    if m:
        done = m.group(1) + "'d"
    elif head.lower().endswith("ing") and len(head) > 4:
        tok = next((t for t in msg.doc if t.text == head), None)
        if tok is None or tok.tag_ not in ("VBG", "NN"):
            return None
        base = lemma_of(tok)
        if not base or base == head.lower():
            base = _unambiguous_stem(head.lower())  # "parking" tagged a noun: "park", when nothing else fits
        if not base:
            return None
        done = past(base)
    else:
        return None
    if re.search(r"\b(?:you|u|your|ur)\b", " ".join(words[1:]), _I) and not re.search(r"\byour\b", act, _I):
        return None
    rest = " ".join(words[1:])
    rest = re.sub(r"\bu\b", "you", rest)
    lines = [f"I was upset when you {done}{' ' + rest if rest else ''}."]
    lines.append(f"Next time, could you {ask} first?" if ask else "Can we talk about it?")
    return lines


def _base_phrase(msg: Message, phrase: str) -> str | None:
    words = phrase.split()
    tok = next((t for t in msg.doc if t.text == words[0]), None)
    if tok is None or tok.tag_ not in ("VBN", "VBD"):
        return None
    return " ".join([lemma_of(tok)] + words[1:])


def _shown_up(msg: Message, text: str) -> list[str] | None:
    found = _NICE_OF.match(text)
    if not found:
        return None
    where = re.sub(r"\byour\s+own\b", "your", found.group("where"), flags=_I)
    where = re.sub(r"\b(?:your\s+majesty|mate|lol)\b", "", where, flags=_I).strip(" ,")
    if not where or len(where.split()) > 6:
        return None
    return [f"I'd like to be able to count on you being at {where}."]


def _if_only(msg: Message, text: str) -> list[str] | None:
    found = _IF_ONLY.match(text)
    if not found or found.group("verb").lower() in ("have", "be", "need", "want", "feel"):
        return None  # "wouldn't have cried", "wouldn't be so upset": no plain present to tell
    who = found.group("who")
    who = who[:1].upper() + who[1:]
    rest = _ABSOLUTE.sub("", found.group("rest")).strip()
    whose = found.group("whose").lower()
    return [f"{who} has been {gerund(found.group('verb').lower())} {rest}, and I think something's happening with {whose}.",
            "Could we talk about it?"]


def _some_of_us(msg: Message, text: str) -> list[str] | None:
    found = _SOME_OF_US.match(text)
    if not found:
        return None
    thing, fact = found.group("thing").strip(), found.group("fact").strip()
    shouted = text.isupper()  # all caps: the tagger misreads it, and the rewrite need not shout
    if shouted:
        thing, fact = thing.lower(), fact.lower()
    if re.search(r"[\"'“‘]|\b(?:you|u|your|ur)\b", thing + " " + fact, _I) or re.match(r"(?:have|got)\s+\w+s$", fact, _I):
        return None  # "some of us have jobs": a jab, not a fact about the speaker
    if not re.match(r"[a-z]+\s+\S", thing) or len(fact.split()) > 8 or re.search(
            r"\b(?:themselves|ourselves|their|they|only|bother|care|think)\b", fact, _I):
        return None  # "some people only think of themselves": a verdict, not the speaker's fact
    start = text.lower().find(thing.lower())
    if re.search(r"\b(?:was|were|is|are|has|had|have|been|keeps?|kept|did|does|will|won't)\b", thing, _I) or not shouted and any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in msg.doc if start <= t.idx < start + len(thing)):
        return None  # "your music was blasting till 2am": a sentence, not a thing to name (other readings keep it)
    thing = re.sub(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", lambda d: d.group(1).title(), thing, flags=_I)
    return [f"I {fact}, so your {thing} is hard on me.", "Could we work something out?"]


def _there_for(msg: Message, text: str) -> list[str] | None:
    found = _THERE_FOR.search(text)
    if not found:
        return None
    good, bad = (_the(found.group(k).lower()) for k in ("good", "bad"))
    return [f"It hurt that you were there for {good} but not for {bad}.",
            "Can we talk about it?"]


def _a_say(msg: Message, text: str) -> list[str] | None:
    found = _A_SAY.search(text)
    if not found:
        return None
    who, what = found.group("who"), found.group("what").strip()
    if re.search(r"\b(?:you|u|your|ur)\b", what, _I):
        return None
    who = re.sub(r"^ur\b", "your", who, flags=_I)
    return [f"I'd like {what} to be our decision.", f"Can we talk about how much say {who} has?"]


def _the(thing: str) -> str:
    """"parties" → "the parties"; "a night out" and "moving day" as they were said."""
    return thing if re.match(r"(?:the|a|an)\s", thing) or not thing.endswith("s") else "the " + thing


def _unambiguous_stem(word: str) -> str | None:
    """"parking" → "park", "running" → "run"; None where an "e" may have gone ("moving", "cooking")."""
    stem = word[:-3]
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        return stem[:-1]
    if len(stem) >= 3 and stem[-1] not in "aeiouwy" and stem[-2] not in "aeiou" and gerund(stem) == word:
        return stem
    return None
