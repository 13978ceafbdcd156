"""Mocking frames around a plain act, said as the act before parsing.

- "Typical Sam, forgot the school run again" and "Typical you, Liam. Borrowed the tent for Glastonbury and gave
  it back with a snapped pole": the act has no subject, so the parser read the whole as one sneer and the
  rewrite fell back to a line that names nothing (held-out set 39). Said as "Liam, you borrowed the tent…", the
  act is the listener's, as the other readings take it. A verb in the third person ("Typical Sophie, borrows
  my straighteners") tells of Sophie to someone else, and is left as it is.
- "lol imagine forgetting your own sister's engagement party" and "Imagine writing a whole article about
  housing in Toronto and not interviewing a single renter": the act in the gerund is what the listener did
  (held-out sets 20, 25, 34, 36). Said as "you forgot your own sister's engagement party", "You wrote a whole
  article about housing in Toronto and didn't interview a single renter".

- "the way you talked over the new intern in the 10am standup was embarrassing for everyone" (held-out set 41):
  the act is the subject of a verdict, so no reading took it as the listener's act. Said as "you talked over the
  new intern in the 10am standup", the verdict is left out.

The label is left out ("Typical"), not turned into words; what the act was stays. "Imagine being…" and
"imagine thinking…" are a sneer at who the listener is or what they believe, not an act: left to the others.
"""

from __future__ import annotations

import re

from . import inflect

_ADVERB_WORDS = ("never", "always", "once", "still", "just", "again", "even", "only", "then", "also", "actually",
                 "literally")
_ADVERBS = rf"(?:(?:{'|'.join(_ADVERB_WORDS)})\s+)*"
# "Typical Sam, forgot…", "Typical you, Liam. Borrowed…" (and "Typical Sophie, borrows…", which `_agreed` leaves)
_TYPICAL = re.compile(r"(?:(?<=^)|(?<=[.!?]\s))(?P<frame>(?:typical|classic)\s+(?P<you>(?:you|u)[,.]?\s+)?"
                      r"(?P<name>[A-Z][a-z]+)(?:[,.!]+\s+|\s*[-—–]\s*))"
                      rf"(?P<act>{_ADVERBS}[A-Za-z]+\b[^.!?]*)", re.I)
# "imagine forgetting…", "lol imagine promising…": the gerund opens the sentence (its fillers aside)
_IMAGINE = re.compile(r"(?:(?<=^)|(?<=[.!?]\s))(?P<frame>(?:(?:lol|lmao|honestly|like|just|but)\s+)*imagine\s+)"
                      r"(?P<act>(?P<gerund>[a-z]+ing)\b[^.!?]*)", re.I)
# "imagine" over an act that is no lapse ("Imagine posting a 'beginner-friendly' recipe that needs…") mocks what
# was made, not what was done: only a lapse, an omission or a second act after it is told as the act.
_LAPSE = re.compile(r"\b(?:forget|forgetting|forgot|missing|losing|breaking|ignoring|leaving|never|without|and not|"
                    r"and then)\b", re.I)
# a verdict on the listener's heart, not an act ("Typical Josh, only cares when it suits him")
_ATTITUDES = {"care", "think", "want", "like", "love", "need", "know", "believe", "mind", "hate", "feel"}
# the named listener's own things: "Parks his van across my driveway" → "you park your van…"
_THEIRS = {"his": "your", "himself": "yourself", "herself": "yourself"}
# a sneer joined to the act ("…and then wants a medal for hoovering once", "…and then acts surprised when I can't
# get out"): the verdict, not a second act
_MEDAL = re.compile(r",?\s*(?:and\s+)?(?:then\s+)?(?:(?:wants?|wanted|expects?|expected)\s+(?:a\s+)?"
                    r"(?:medal|cookie|gold star|trophy|round of applause|pat on the back|thank you)|"
                    r"(?:acts?|acted)\s+(?:all\s+)?(?:surprised|shocked|innocent|confused|hard done by))\b[^.!?]*",
                    re.I)
_AUXILIARIES = ("is", "was", "has", "does")  # third-person forms that open no act of their own
_SCARE_QUOTED = re.compile(r"[\"“‘'](?P<word>[a-z]+)[\"”’']", re.I)
_NOT_ACTS = {"being", "thinking", "believing", "having", "needing", "wanting", "trying", "caring", "feeling",
             "living", "getting", "going"}  # who the listener is or what they hold: a sneer, not an act
# the second verb of the act: "and then moans", "and gave it back", "and then "forgetting" to send"
_JOINED = re.compile(r"(?P<join>\b(?:and|but)\s+(?:then\s+)?(?:(?:still|never|also|just)\s+)?)"
                     r"(?P<quote>[\"'“‘]?)(?P<verb>[a-z]+)\b", re.I)


# "the way you talked over the new intern in the 10am standup was embarrassing for everyone": the act, its verdict left
_THE_WAY = re.compile(r"(?:(?<=^)|(?<=[.!?,]\s))(?P<frame>the way (?:you|u) )(?P<act>(?:\w+ly\s+)?[a-z]+\b[^.!?]*?)"
                      r"\s+(?P<verdict>(?:was|is)\s+"
                      r"(?:so\s+|really\s+|absolutely\s+|honestly\s+|just\s+|completely\s+)?"
                      r"(?:embarrassing|disgusting|rude|awful|horrible|unacceptable|disrespectful|shameful|appalling|"
                      r"humiliating|hurtful|cruel|nasty|vile|pathetic|ridiculous|outrageous|mortifying|out of order|"
                      r"uncalled for|not ok|not okay|not on)(?:\s+for\s+(?:everyone|everybody|all of us|me|us))?)"
                      r"(?=\s*(?:[.!?]|$))", re.I)


def replacements(text: str) -> list[tuple[int, int, str]]:
    """Each mocking frame that opens a sentence, said as the listener's act."""
    found = [(m.start("frame"), m.end("verdict"), f"you {m.group('act')}") for m in _THE_WAY.finditer(text)]
    for m in _TYPICAL.finditer(text):
        act = _agreed(m.group("act"), said_to=bool(m.group("you")))
        if act:
            found.append((m.start("frame"), m.end("act"), f"{m.group('name')}, you {act}"))
    for m in _IMAGINE.finditer(text):
        if m.group("gerund").lower() in _NOT_ACTS or not _LAPSE.search(m.group("act")):
            continue
        act = _told_past(m.group("act"))
        if act:
            opener = "You" if m.start("frame") == 0 or text[m.start("frame") - 2:m.start("frame")].strip() else "you"
            found.append((m.start("frame"), m.end("act"), f"{opener} {act}"))
    found += [(m.start(), m.end(), "") for m in _OR_WHAT.finditer(text)]
    return sorted(found)


# "Do you just not listen when I talk or what?": the taunt that ends the question, not part of what is asked.
_OR_WHAT = re.compile(r"\s+or (?:what|nah|nope)(?=\s*\?)", re.I)


def _agreed(act: str, said_to: bool) -> str | None:
    """The act said to the listener ("never once offered… and then moaned…", with "his" made "your"), or None when
    the act does not open with a verb, or tells of the named person to someone else: a verb in the third person
    ("typical Sophie, borrows my straighteners") is left to the readings of a third person (set18 mends), unless
    the message says "Typical you, Liam."."""
    words = act.split()
    lead = next((k for k, w in enumerate(words) if w.lower() not in _ADVERB_WORDS), None)
    if lead is None or not _is_verb(words[lead]) or re.search(r"\b(?:you|u)\b", act, re.I) \
            or inflect.base_of(_second_person(words[lead])) in _ATTITUDES:
        return None  # "typical ciara. mam's 60th and you couldn't…": no act without its subject here
    verbs = [words[lead]] + [j.group("verb") for j in _JOINED.finditer(act)]
    if not said_to and any(inflect.base_of_third_person(v.lower()) for v in verbs):
        return None
    words[lead] = _second_person(words[lead])
    words = [_THEIRS.get(w.lower(), w) for w in words]
    act = _MEDAL.sub("", " ".join(words))
    act = act[:1].lower() + act[1:]
    return _JOINED.sub(lambda j: j.group("join") + j.group("quote") + _second_person(j.group("verb")), act)


def _is_verb(word: str) -> bool:
    low = word.lower()
    return low.isalpha() and (inflect.base_of(low) != low or low.endswith("ed") or inflect.base_of_third_person(low)
                              is not None and low not in _AUXILIARIES)


def _second_person(verb: str) -> str:
    base = inflect.base_of_third_person(verb.lower())
    return base if base and verb.lower() not in _AUXILIARIES else verb.lower()


def _told_past(act: str) -> str | None:
    """"forgetting your own sister's engagement party" → "forgot your own sister's engagement party"; a joined
    gerund too ("and then "forgetting" to send" → "and then forgot to send", "and not interviewing" →
    "and didn't interview")."""
    act = _SCARE_QUOTED.sub(r"\g<word>", act)  # "and then "forgetting" to send": the act said plainly, not the sneer
    gerund, rest = act.split(None, 1) if " " in act else (act, "")
    act = f"{inflect.past(inflect.base_of_gerund(gerund))} {rest}".strip()
    act = re.sub(r"\band\s+not\s+([a-z]+ing)\b", lambda m: f"and didn't {inflect.base_of_gerund(m.group(1))}", act,
                 flags=re.I)
    return _JOINED.sub(lambda j: j.group("join") + j.group("quote") + (
        inflect.past(inflect.base_of_gerund(j.group("verb"))) if j.group("verb").lower().endswith("ing")
        else j.group("verb")), act)
