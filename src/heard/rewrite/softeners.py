"""Which kept fact may carry a softener ("As far as I know, …", "From what I can tell, …").

A defence's acknowledgement keeps the speaker's account and hedges one checkable claim in it: "As
far as I know, the ball was over the line." The hedge says "I may be wrong about this", so it only
fits a claim about the world that the speaker offers as their account. This module owns the
claims it does not fit:
- a concession or judgment ("that's a reasonable thing to be upset about", "there's a difference",
  "the search is garbage"): hedging agreement or an opinion reads as a sneer or as nonsense;
- a line whose subject is a bare pronoun ("it only returned threads from 2012"): what "it" was is
  in a line the rewrite dropped, so the hedge makes a fragment into a claim about nothing;
- one item of the speaker's list of their own circumstances ("the clocks went back, my car failed
  its MOT and work's been mental"): hedging one item of a list of what happened to them breaks it;
- what the speaker knows first-hand or both can look up ("he said he'd stick it in the boot", "it's
  in the group chat", "ours is a conifer"): the hedge reads as a put-on doubt.
"""

from __future__ import annotations

import re

from .short_scenes import hedged

# A subject whose referent is outside the line: "it only returned…", "that's reasonable…".
_PRONOUN_SUBJECT = re.compile(r"^(?:that|that's|this|these|those|which)\b", re.I)
# "it" said on its own is fine ("It's a shared driveway"); spliced after a comma ("the search is
# garbage, it only returned…") it stands for the clause before, which the rewrite may have dropped.
_IT = re.compile(r"^(?:it|its|it's)\b", re.I)
# What the speaker knows first-hand, or what both can look up: hedged, it reads as a put-on doubt
# ("As far as I know, he said he'd stick it in the boot", "From what I can tell, it's in the group chat",
# "As far as I know, ours is a conifer"; readers of held-out sets 8 and 9 called each unnatural).
_FIRST_HAND = re.compile(r"\bours\b|\b(?:he|she|they|you) (?:said|told|promised|agreed)\b"
                         r"|\bin (?:the|our|my|your) (?:group chat|chat|email|thread|inbox|calendar)\b", re.I)
# Words that make a line an evaluation rather than a report of what happened.
_JUDGING = re.compile(
    r"\b(?:reasonable|unreasonable|fair|unfair|understandable|normal|fine|okay|ok|wrong|valid|"
    r"right(?! (?:there|here|now|away|next|behind|in|on|at|after|before|outside|by)\b)|"
    r"ridiculous|stupid|garbage|rubbish|useless|pathetic|terrible|awful|obvious|obviously|clearly|"
    r"difference|point|deal|big deal|upset about|entitled|easy|hard|difficult|simple|complicated)\b"
    # the time of day is plain to both: hedging it ("From what I can tell, it's two in the morning") mocks
    r"|\b(?:o'clock|in the morning|midnight|\d+(?::\d+)?\s*(?:am|pm))\b"
    # "it's a mad month": the speaker's own stretch of life, not a claim they could be wrong about
    r"|\b(?:a|an) (?:\w+ )?(?:day|week|month|year|time|night|morning)\W*$", re.I)
# "there's a difference", "there's no point": an existential with nothing checkable in it.
_BARE_EXISTENTIAL = re.compile(r"^there(?:'s| is| are) (?:a |an |no |some )?\w+\W*$", re.I)
# After the fact in the message: ", my car failed its MOT and work's been mental" (a list's other items).
_LIST_GOES_ON = re.compile(r"^\s*,\s*(?!(?:so|but|because|since|which|and so)\b)[^.?!;]*\band\b", re.I)
# Before it: "The boiler broke, my manager quit and " (the earlier items, then the last "and").
_LIST_ENDS = re.compile(r",[^.?!;,]*\band\s*$", re.I)


def softenable(text: str, fact: str) -> bool:
    """Whether `fact` (a line kept from message `text`) may open with a softener."""
    plain = fact.strip()
    if len(plain.split()) < 3 or _PRONOUN_SUBJECT.match(plain) or _BARE_EXISTENTIAL.match(plain):
        return False
    if _FIRST_HAND.search(plain):
        return False
    if _JUDGING.search(plain) or _IT.match(plain) and _spliced(text, plain):
        return False
    if hedged(text, plain):  # "I think it got moved…": hedged once already (short_scenes.py)
        return False
    return not _in_list(text, plain)


def _spliced(text: str, fact: str) -> bool:
    """Whether `fact` follows a comma in the message ("…is garbage, it only returned threads…")."""
    head = fact.split()[:3]
    return bool(re.search(r",\s*" + r"\W+".join(re.escape(w) for w in head) + r"\b", text, re.I))


def _in_list(text: str, fact: str) -> bool:
    """Whether `fact` is one item of a list in the message ("A, B and C"): the words that end the
    fact, found in the message, are followed by a comma and a later "and" in the same sentence."""
    tail = fact.rstrip(".!? ").split()[-2:]
    if not tail:
        return False
    found = re.search(r"\b" + r"\W+".join(re.escape(w) for w in tail) + r"\b", text, re.I)
    if found and _LIST_GOES_ON.match(text[found.end():]):
        return True
    head = fact.split()[:2]  # the list's last item: "…, my manager quit and the kids have been ill"
    start = re.search(r"\b" + r"\W+".join(re.escape(w) for w in head) + r"\b", text, re.I)
    return bool(start and _LIST_ENDS.search(text[:start.start()]))


# The arguing lines of a defence, said about the complaint rather than about what happened: "it's
# not that hard", "it's easy to criticise", "there's a difference", "that's not the same thing".
# Hedged they read as a sneer; plain they keep the defence; so an acknowledgement leaves them out.
_ARGUES = re.compile(r"^(?:it's|its|it is|that's|that is|this is) (?:not |really |just )?(?:that |so |all that |very )?"
                     r"(?:hard|easy|difficult|simple|complicated|the same(?: thing)?|a big deal|rocket science)\b"
                     r"|^there(?:'s| is) a (?:big |huge )?difference\W*$", re.I)


def argues(fact: str) -> bool:
    """Whether `fact` argues with the complaint instead of telling what happened (see _ARGUES)."""
    return bool(_ARGUES.match(fact.strip()))
