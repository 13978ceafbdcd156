"""Amends that fit the lapse: chosen from what the speaker is accused of first, then from the
excuse, with "late" read for who or what was late.

"I was late, the train was cancelled" → "I'll let you know as soon as I know I'm running late";
"the report was late" is work that slipped ("I'll flag it as soon as I see it might slip"); "the
late fee" is money, not a wait.
"""

from __future__ import annotations

import re

from .excuse_closings import MISSED, OUTSIDE, lapse_words
from .justifies import justifies
from .lexicon import AMENDS, DEFAULT_AMENDS

# Clauses that name the lapse itself, then the ones that explain it.
_LAPSE_ROLES = ("denial", "own", "minimising", "victim")
_CONTEXT_ROLES = ("excuse", "fact", "counter")
# Words that say something ran behind; what ran behind decides which amends fit.
_LATE = {"late", "overdue", "delayed"}
# Things whose lateness makes a person late (and so leaves someone waiting).
_TRANSPORT = {"train", "bus", "flight", "plane", "traffic", "tube", "taxi", "uber", "cab", "car", "road",
              "ferry", "coach", "lift", "ride", "driver", "meeting", "class", "practice"}
_PEOPLE = {"i", "we", "me", "us", "you"}
_SPEAKER = {"i", "we"}
SLIPPED = "_slipped"  # the word a late piece of work stands for in AMENDS
HELPING = "_helping"  # the word "I was only trying to help" stands for in AMENDS
SPEAKER_TELLS = "_i_tell"  # the word the speaker's own untold news stands for in AMENDS


def late_sense(tok) -> str | None:
    """"person" ("I was late", "the train was late"), "thing" ("the report was late"), or
    "attribute" ("the late fee": the noun says what it was about); None for other words."""
    if tok.lower_ not in _LATE:
        return None
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        return "attribute"
    head = tok.head if tok.dep_ in ("acomp", "advmod", "oprd", "xcomp", "prep", "attr") else tok
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in _PEOPLE or subject.ent_type_ == "PERSON" \
            or subject.lemma_.lower() in _TRANSPORT:
        return "person"
    if subject.pos_ in ("NOUN", "PROPN") or subject.lower_ in ("it", "that", "this", "everything"):
        return "thing"
    return "person"


_STREETS = {"road", "street", "lane", "avenue", "way", "drive", "close", "crescent", "terrace"}


def _words(clauses) -> set:
    found = set()
    for clause in clauses:
        for tok in clause.tokens:
            sense = late_sense(tok)
            if sense == "attribute":
                continue
            if sense == "thing":
                found.add(SLIPPED)
                continue
            if tok.pos_ == "VERB" and tok.lemma_.lower() in _NOUN_ONLY or _discourse_said(tok) or _granting(tok) \
                    or _judgement_call(tok) or tok.pos_ == "PROPN" and tok.lower_ in _STREETS:
                continue  # "nobody trained me" is no train; "That said, …" says nothing; "Elm Road" is a place, not traffic
            found |= {tok.lemma_.lower(), tok.lower_}
            if tok.lemma_.lower() == "help" and tok.head.lemma_.lower() == "try" and _subject(tok) == "i":
                found.add(HELPING)  # "I was only trying to help by booking it": done without asking
            if tok.lemma_.lower() in ("tell", "mention") and _subject(tok) == "i" \
                    and not any(c.dep_ == "auxpass" for c in tok.children):  # "I did what I was told" is no news of mine
                found.add(SPEAKER_TELLS)  # "I was going to tell you": the speaker's to tell, not to be told
    return found


# Amends words that name a thing only as nouns ("the train was late", not "nobody trained me").
_NOUN_ONLY = {"train", "bus", "plane", "road", "mind", "bill", "bank"}


# What is done with a phone call ("you missed my call"); a "call" with none of these is a decision.
_PHONED = {"miss", "return", "answer", "take", "get", "expect", "ignore", "screen", "wait", "have", "end", "join"}


def _judgement_call(tok) -> bool:
    """"The referee's call", "it was my call": a decision made, not a phone call missed."""
    if tok.lower_ not in ("call", "calls") or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ == "compound" for c in tok.children) or tok.dep_ == "pobj":  # "phone call", "on a call"
        return False
    return not (tok.head.pos_ in ("VERB", "AUX") and tok.head.lemma_.lower() in _PHONED and tok.dep_ == "dobj")


def _discourse_said(tok) -> bool:
    """"That said, I was waiting on finance": a connective, not something the speaker said."""
    doc = tok.doc
    return tok.lower_ == "said" and tok.i > 0 and doc[tok.i - 1].lower_ in ("that", "having") \
        and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","


def _granting(tok) -> bool:
    """"I know it felt dismissive", "I realise it hurt": the speaker granting the point, not a lapse
    of not knowing (that is "I didn't know", "how was I to know")."""
    if tok.lemma_.lower() == "say" and _subject(tok) not in (None, "i", "we"):
        return True  # "the restaurant said they'd hold the table": not the speaker's words to be careful with
    if tok.lemma_.lower() in ("say", "tell") and any(c.dep_ == "ccomp" and any(
            a.lower_ in ("'d", "would", "'ll", "will") for a in c.children) for c in tok.children):
        return True  # "I said I'd call": the promised act ("call") decides, not the saying
    return tok.lemma_.lower() in ("know", "realise", "realize", "see", "understand") and tok.tag_ in ("VBP", "VB") \
        and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in tok.children) \
        and not any(c.dep_ in ("neg", "aux") for c in tok.children)


def _subject(tok) -> str | None:
    """The subject of `tok`'s clause, looking up through "was going to", "meant to", "should have"."""
    while True:
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or tok.dep_ not in ("xcomp", "ccomp", "conj") or tok.head.i == tok.i:
            return subject.lower_ if subject is not None else None
        tok = tok.head


# Not told what the speaker needed to know: only then is "I'll check for myself instead of waiting to be told" the amends.
_UNTOLD = re.compile(r"\b(?:nobody|no one|noone|never|wasn't|weren't|didn't|not|no-one)\b[^.,;!?]{0,25}\b(?:tell|told)\b"
                     r"|\btold\s+(?:me\s+)?nothing\b|\bhow\s+(?:was|am|were)\s+(?:I|we)\s+(?:supposed|meant)\b", re.I)


_CARRIED = {"train", "bus", "flight", "plane", "uber", "taxi", "cab", "tube", "ferry", "lift", "ride", "coach", "tram"}


def others_lateness(token) -> bool:
    """Whether a "late" or "delay" is not the speaker's: "late" said of a thing or someone else ("the report being
    late", "the figures were late"; a train's lateness is the speaker's too), a delay the speaker reported ("I
    flagged the delay")."""
    if token.lower_ == "delay":
        return token.dep_ == "dobj"
    if token.lower_ != "late":
        return False
    if token.head.dep_ == "acl" and token.head.head.pos_ in ("NOUN", "PROPN"):
        return True  # "the report being late": "being" hangs on the report
    subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ not in ("i", "we", "me", "us") \
        and subject.lemma_.lower() not in _CARRIED  # "the train was late": so was the speaker


def amends_for(msg, skip=lambda clause: False) -> str:
    """The amends that fit what the defence was about; `skip` leaves clauses out (an apology
    given as a shield names no lapse)."""
    for roles in (_LAPSE_ROLES, _CONTEXT_ROLES):
        # "what was I meant to say?", "everyone does that": argued away, they name no lapse (justifies.py)
        clauses = [c for c in msg.clauses if c.role in roles and not skip(c) and not justifies(c.text)]
        words = _words(clauses) | lapse_words(clauses)  # a missed meeting, a third party's delay (excuse_closings.py)
        if not _UNTOLD.search(msg.text):  # "…and then getting told I'm not supportive": told off, not left uninformed
            words = words - {"tell", "told"}
        for word in ("late", "delay"):  # "the report being late", "I flagged the delay": not the speaker's
            if all(others_lateness(t) for t in msg.doc if t.lower_ == word):
                words = words - {word}
        # what the speaker did or didn't do decides first: "pay you back for the tickets" is money
        acts = words & ({t.lemma_.lower() for c in clauses for t in c.tokens if t.pos_ == "VERB" and _subject(t) in _SPEAKER}
                        | {SPEAKER_TELLS, SLIPPED, HELPING, MISSED, OUTSIDE})  # not "Priya sent me the figures"
        for found in (acts, words):
            for keys, line in AMENDS:
                if found & set(keys):
                    return line
    return msg.pick([DEFAULT_AMENDS, "What can I do to make it right?", "Let me know what would help, and I'll do it."],
                    "amends")
