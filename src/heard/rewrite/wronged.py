"""Whether a "defensive" message has anything of the speaker's own to answer for.

"Why was I not told that Sophie failed?", "Who took my lunch from the fridge??", "Stop
micromanaging me" complain about what someone else did to the speaker. The classifier may still
call them defensive, but "I'm sorry this has been so hard… Next time I'll check for myself" would
apologise for the very thing the speaker is complaining about. Such a message gets the blaming
strategies (an "I" statement and a request) instead of an apology.
"""

from __future__ import annotations

import re

from .film_turns import sees_through
from .owning import apologies, negated, speaker_verbs
from .left_out import left_out
from .shields import shielded

# Clause roles that answer for the speaker's part: a denial, an excuse, a shrug, a counter-attack.
_DEFENDING = {"denial", "excuse", "minimising", "counter", "victim", "own", "validation", "rationale", "pushback"}
# "Stop blaming me for…", "don't accuse me": the speaker answers a complaint about their own part.
_ACCUSED = re.compile(r"\b(?:blam|accus|point(?:ing)? (?:the )?fingers?)\w*\s+(?:at )?me\b", re.I)
# Verbs that say what the speaker knows, needs or had to put up with, not something they did.
_STATIVE = {"know", "think", "feel", "want", "need", "like", "love", "hate", "hope", "wish", "mean",
            "understand", "see", "hear", "wonder", "be", "get", "have", "deserve", "expect", "guess", "assume",
            "suppose", "reckon", "imagine", "gather"}


def answers_nothing(msg) -> bool:
    """Nothing in the message answers for the speaker's part: no denial, excuse, shrug, counter or
    apology, and no act of the speaker's own ("I told you I'd be home by six", "I missed the deadline")."""
    return not _defends(msg) and not any(_speakers_act(c) for c in msg.clauses)


def _defends(msg) -> bool:
    # "That's not what happened" is set aside as a move (manipulation.py), and is still a denial
    return any(c.role in _DEFENDING or "manip_denial" in c.cues for c in msg.clauses) or bool(apologies(msg)) \
        or bool(shielded(msg))


# Chasing the listener ("I've now asked three times for the invoice", "I have now given my order number to
# FOUR different people"): the speaker's effort, spent on the listener's lapse, not an act to answer for.
# ("As I've explained several times now" talks down, and "I've sent two plumbers already" defends.)
_CHASES = {"ask", "remind", "chase", "email", "phone", "ring", "call", "text", "message", "request", "give",
           "tell", "write", "follow"}
_TIMES = re.compile(r"\b(?:two|three|four|five|six|\d+|several|many|multiple)\s+"
                    r"(?:(?:different|separate)\s+)?(?:times|people|emails|calls|messages|reminders)\b|\b(?:twice|thrice)\b",
                    re.I)


def chased(clause) -> bool:
    """"I've now asked three times for the invoice": the speaker kept asking, and nothing came."""
    return bool(_TIMES.search(clause.text)) and any(
        verb.lemma_.lower() in _CHASES and not negated(verb) for verb in speaker_verbs(clause))


def _speakers_act(clause) -> bool:
    if chased(clause):
        return False
    for verb in speaker_verbs(clause):
        if any(c.dep_ == "auxpass" for c in verb.children):
            continue  # "I was not told", "why was I not told": done to the speaker
        if verb.lemma_ == "be" and negated(verb) and any(c.dep_ == "attr" and c.lower_ in ("one", "person")
                                                        for c in verb.children):
            return True  # "I'm not the one who lost it": a denial
        if verb.lemma_.lower() in _STATIVE:
            continue  # "I know how to do my job", "I had to find out from another parent"
        if verb.lemma_.lower() in ("stand", "bear") and negated(verb):
            continue  # "I can't stand it when you…": a feeling about the listener's act, not the speaker's own
        return True  # "I missed the deadline", "I said the server was down": the speaker's act
    return False


def nothing_to_own(msg) -> bool:
    """No denial, excuse or admitted act of the speaker's: only what others did to them."""
    if _defends(msg):
        return False
    if any(c.role == "pressure" for c in msg.clauses):
        return True  # a guilt trip or threat, not a defence: pressure.py says what to say instead
    if any(_speakers_act(c) for c in msg.clauses):
        return False
    # Roles miss many denials ("wasn't me", "the client changed it, not me"): without a sign that
    # something was done to the speaker, the message is left to the defensive strategies.
    return bool(left_out(msg)) or any(_done_to_speaker(c) or chased(c) or _listeners_lapse(c) for c in msg.clauses) \
        or bool(_ACCUSED.search(msg.text))


def _listeners_lapse(clause) -> bool:
    """"…because your team didn't deliver the API spec until Wednesday": what the listener's side failed to do;
    "you were out till 3am and didn't answer a single text": the second act shares the first's "you"."""
    return any(t.dep_ == "nsubj" and (t.lower_ in ("you", "u") or any(c.lower_ in ("your", "ur") and c.dep_ == "poss"
                                                                        for c in t.children))
               and any(v.pos_ == "VERB" and negated(v)
                       and not any(c.lower_ in ("would", "'d", "could") for c in v.children)  # "a thank you wouldn't kill anyone"
                       for v in (t.head, *(c for c in t.head.children if c.dep_ == "conj" and not any(
                           s.dep_ in ("nsubj", "nsubjpass") for s in c.children))))  # a conj with no subject of its own
               and not (t.i and t.doc[t.i - 1].lower_ == "thank")
               for t in clause.tokens)


def _done_to_speaker(clause) -> bool:
    """"Who took my lunch??", "who ate my yoghurt": someone unnamed did something to the speaker's
    things; "stop micromanaging me": the listener is told to stop doing something to the speaker."""
    head = clause.head
    subject = clause.subject
    mine = any(t.lower_ in ("me", "my") and t.dep_ in ("dobj", "poss", "pobj", "dative") for t in head.subtree)
    if subject is not None and subject.lower_ in ("who", "whoever") and mine:
        return True
    if head.lemma_ == "stop" and head.tag_ == "VB" and subject is None:
        act = next((c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
        return act is not None and act.lemma_ not in _ANSWERS and any(
            c.dep_ == "dobj" and c.lower_ == "me" for c in act.children)
    return False


# "Stop nagging me", "stop lecturing me": the speaker pushing back on a complaint, not wronged.
_ANSWERS = {"nag", "lecture", "blame", "accuse", "criticise", "criticize", "judge", "question", "bother",
            "pester", "hassle", "moan", "look", "tell", "correct"}


def complains_only(msg) -> bool:
    """Nothing to own and no complaint about the speaker answered either ("Who took my lunch??"):
    the message is a complaint, and gets the blaming strategies. "Stop blaming me for the late
    payment" has nothing owned either, but it answers a complaint: it stays defensive, and gets
    the speaker's own feeling ("I feel blamed right now") rather than an apology or its excuse."""
    return sees_through(msg.text) or nothing_to_own(msg) and not _ACCUSED.search(msg.text)
