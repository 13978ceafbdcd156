"""Whole-sentence jabs from a row (the film-drama kind), said as what the speaker feels and needs.

Each names no act a rewrite could put after "when you…", and copied as one it stays a jab:
- "who do you think you're fooling?", "you're not fooling anyone": the speaker doesn't believe
  the listener, and wants honesty;
- "are you going to sit there and pretend you didn't say that?": the denial is what the speaker
  doubts ("I'm finding it hard to believe you didn't say that"), never "could you pretend…";
- "you're nothing without me", "where would you be without me?": feeling unappreciated;
- "look what you've done (to this family)": upset about what happened (to it), no verdict;
- "who do you think pays for all this?": the speaker does, and feels unappreciated;
- "whose fault do you think it is that we lost the house?": the loss, with no fault pinned;
- "look at you.", "that was your one job", "don't make me laugh": contempt with nothing to keep.

A sentence is read whole, since the clause splitter cuts "…sit there | and pretend…" in two: the
reading goes on its first clause and the rest of the sentence says nothing more.
"""

from __future__ import annotations

import re

from . import inflect
from .accusing import Accused
from .lexicon import INTERJECTIONS
from .surface import is_emoji

_LEAD = INTERJECTIONS | {"so", "and", "but", "then", "seriously", "honestly", "really", "oh"}
_VERBS = {"look", "listen"}  # "look, …" opens; "look at you", "look what you've done" are the jab
_TRAILING = {"lol", "lmao", "lmfao", "smh", "haha", "ffs", "tbh", "though", "then", "honestly", "seriously"}
_HONEST = "Can we be honest with each other about what's going on?"


def short_turn(tokens):
    from .short_turns import short_turn as read  # short_turns.py builds on spoken_words: imported late
    return read(tokens)


def spoken_words(tokens) -> str:
    """The sentence's words without opening fillers, a name called at either end, or emoji."""
    toks = [t for t in tokens if not is_emoji(t.text)]
    while toks and (toks[0].lower_ in _LEAD and not (toks[0].lower_ in _VERBS and len(toks) > 1 and not toks[1].is_punct)
                    or toks[0].is_punct or toks[0].pos_ == "PROPN" and len(toks) > 1 and toks[1].text == ","):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].lower_ in _TRAILING):
        toks = toks[:-1]
    comma = max((k for k, t in enumerate(toks) if t.text == ","), default=None)
    if comma is not None and comma + 1 < len(toks) and all(t.pos_ == "PROPN" for t in toks[comma + 1:]):
        toks = toks[:comma]  # "…, Frank"
    text = re.sub(r"\s+", " ", "".join(t.text_with_ws for t in toks).strip().replace("’", "'"))
    return _TAG.sub("", text)


# A tag that only presses the point: "…, and you know it", "…, you know that".
_TAG = re.compile(r",? (?:and )?(?:you|u) know (?:it|that)$", re.I)


_YOU = r"(?:you|u)"
_ARE = r"(?:you're|you are|ur|u r|youre)"
_FOOLING = re.compile(rf"^(?:who (?:the (?:hell|heck|fuck) )?(?:do|did) {_YOU} think {_ARE} (?:trying to )?(?:fool(?:ing)?|kid(?:ding)?)"
                      rf"|who (?:are|r) {_YOU} (?:trying to )?(?:fool(?:ing)?|kid(?:ding)?)|{_ARE} not fooling (?:anyone|anybody|me)"
                      rf"|{_YOU} (?:don't|do not|aren't) fool(?:ing)? (?:anyone|anybody|me))(?: here| with this)?$", re.I)
# "are you going to sit there and…", "how can you stand there and…", "don't sit there and…"
_SIT_THERE = re.compile(rf"^(?:(?:are {_YOU}|{_ARE}) (?:\w+ )?(?:going to|gonna)|how (?:can|could|dare) {_YOU}|"
                        rf"{_YOU} can|don't(?: {_YOU})?|do not) (?:just )?(?:sit|stand) (?:there|here) and (?P<act>.+)$", re.I)
_DENIED = re.compile(rf"^(?:pretend|act like|tell me|say)(?: that)? {_YOU} (?:didn't|did not|don't|do not|never) (?P<x>.+)$", re.I)
_LIE = re.compile(r"^lie(?: to (?:me|my face))?(?: about (?:it|this|that))?$", re.I)
_CLAIM = re.compile(r"^(?:tell me|pretend|act like|act as if)(?: that)? (?P<x>.+)$", re.I)
_NOTHING = re.compile(rf"^(?:{_ARE}|{_YOU}(?:'d| would) be|{_YOU} were|without me,? {_YOU}(?:'re| are|'d be| would be))"
                      rf" (?:absolutely |literally )?(?:nothing|nobody|lost|nowhere)(?: at all)?(?: without me)?"
                      rf"(?: (?:before|until|when) (?:me|i .+))?$|^where would {_YOU} be without me$", re.I)
_LOOK_WHAT = re.compile(rf"^(?:just )?look (?:at )?what {_YOU}(?:'ve| have)? (?:just )?(?:done|did)(?P<tail> to .+)?$", re.I)
_WHO_PAYS = re.compile(rf"^who (?:do|did) {_YOU} think (?P<verb>\w+) (?P<rest>.+)$", re.I)
_WHOSE_FAULT = re.compile(rf"^whose fault (?:do {_YOU} think |would {_YOU} say )?(?:is it|it is|was it|it was)"
                          r"(?: that)? (?P<x>.+)$", re.I)
_CONTEMPT = re.compile(rf"^(?:look at {_YOU}|(?:that was|it was|{_YOU} had) (?:your |ur )?one job|one job"
                       r"|don't make me laugh|give me a break|spare me|get a grip)$", re.I)


def sentence_jab(tokens):
    """The reading of a whole sentence that is one of the jabs above: an Accused, "contempt", "shrug", or None."""
    short = short_turn(tokens)  # "You're lying.", "Oh, come on.", "So what?" (short_turns.py)
    if short is not None:
        return short
    said = spoken_words(tokens)
    if not said:
        return None
    if _CONTEMPT.match(said):
        return "contempt"
    if _FOOLING.match(said):
        return Accused("I'm finding it hard to believe you right now", past=False, feeling="hurt", bare=True,
                       statement="I'm finding it really hard to believe you right now", request=_HONEST)
    found = _SIT_THERE.match(said)
    if found:
        return _sat_there(found.group("act").rstrip(" ?!."))
    if _NOTHING.match(said):
        line = "I'm feeling really unappreciated right now"
        return Accused(line, past=False, feeling="hurt", bare=True, statement=line,
                       request="It would mean a lot to know that what I do for you matters. Can we talk about it?")
    found = _LOOK_WHAT.match(said)
    if found:
        tail = found.group("tail") or ""
        line = f"I'm really upset about what's happened{tail}"
        return Accused(line, past=True, feeling="upset", statement=line, bare=not tail)
    from .film_turns import film_turn  # "Where were you last night?", "I trusted you." (film_turns.py)
    return _whose_fault(said) or _who_does(tokens, said) or film_turn(said, tokens[0].doc.text, tokens[-1].text == "?")


def _sat_there(act: str):
    """The act after "sit there and": a denial the speaker doubts, a lie, a claim, or a plain act."""
    denied = _DENIED.match(act)
    if denied:
        doubted = f"I'm finding it hard to believe you didn't {denied.group('x')}"
        return Accused(doubted, past=False, feeling="hurt", statement=doubted, request="Can we talk about it honestly?")
    if _LIE.match(act):
        return Accused("I'm finding it hard to believe you right now", past=False, feeling="hurt",
                       statement="I'm finding it really hard to believe you right now", request=_HONEST)
    claim = _CLAIM.match(act)
    if claim:
        verb = act.split()[0].lower()
        line = f"I'm finding it hard to believe {claim.group('x')}" if verb == "tell" else \
            f"I can't {'pretend' if verb == 'pretend' else 'act like'} {claim.group('x')}"
        return Accused(line, past=False, feeling="hurt", statement=line, request="Can we talk about it honestly?")
    return Accused(f"you {act}", past=False, feeling="hurt")  # "…sit there and judge me": the act itself


def _whose_fault(said: str):
    """"whose fault do you think it is that we lost the house?" → upset that we lost the house."""
    found = _WHOSE_FAULT.match(said)
    if not found:
        return None
    what = found.group("x").strip()
    line = f"I'm really upset that {what}"
    return Accused(line, past=True, feeling="upset", statement=line,
                   request="I'd like us to sort it out together, without blaming each other.")


def _who_does(tokens, said: str):
    """"who do you think pays for all of this?": the speaker does it, and isn't seen doing it."""
    found = _WHO_PAYS.match(said)
    if not found or found.group("verb").lower() in ("you", "you're", "u", "i", "is", "was", "will", "would"):
        return None  # "who do you think you are" (accusing.py); "who do you think is going to…": nobody yet
    verb = next((t for t in tokens if t.text == found.group("verb")), None)
    if verb is None or verb.tag_ not in ("VBZ", "VBD") or verb.pos_ != "VERB":
        return None
    base = inflect.base_of(verb.lemma_.lower())
    rest = re.sub(rf"\b{_YOU}\b", "you", found.group("rest"))
    did = f"I {inflect.past(base) if verb.tag_ == 'VBD' else base} {rest}"
    return Accused(did, past=verb.tag_ == "VBD", feeling="hurt", statement=f"{did}, and I'm feeling unappreciated",
                   request="It would mean a lot to me to feel that what I do is noticed.")


_SKIPPED = {"validation", "own"}
_TAG_CLAUSE = re.compile(r"^\W*(?:and\s+)?(?:you|u|ya)\s+know(?:\s+(?:it|that))?(?:,?\s*[A-Z][a-z]+)?\W*$")


def mark_jabs(clauses) -> None:
    """Reads each sentence whole; a jab's reading goes on the sentence's first clause, and its other
    clauses (the "and pretend you didn't say that" half) say nothing more."""
    sentences: dict = {}
    for clause in clauses:
        sentences.setdefault(clause.tokens[0].sent.start, []).append(clause)
    for group in sentences.values():
        for clause in group[1:]:  # "You're an idiot, | you know that, Dave?": the tag only presses the point
            if _TAG_CLAUSE.match(clause.text):
                clause.role, clause.literal = "filler", None
        if any(c.role in _SKIPPED for c in group):
            continue
        reading = sentence_jab(list(group[0].tokens[0].sent))
        if reading is None:
            continue
        first, rest = group[0], group[1:]
        if reading == "contempt":
            first.role, first.literal = "contempt", None
        elif reading == "shrug":  # "So what?": brushing the complaint off, owned as that (defence.py)
            first.role, first.literal = "minimising", None
            first.cues = set(first.cues) | {"minimising"}
        else:
            first.role, first.literal = "accusation", reading
        for clause in rest:
            clause.role, clause.literal = "filler", None
