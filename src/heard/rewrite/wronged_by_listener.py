"""Whether a message reports what the listener (or "nobody", "anyone", "you all") did to the speaker.

"@tom you talked over me the whole standup, I couldn't get a single word in", "I booked the table for
8 and you all turned up at 9:15", "Anyone going to pay me back for the airbnb?", "why am I the only
one who ever updates the board": the classifier may call these defensive, and the defensive
strategies then answer them as if the sender were the one accused ("I'm sorry I couldn't get the
single word in", "I can see this really upset you"). The sender is the one wronged here: such a
message gets the blaming strategies (an "I" statement and a request), never an apology or an
acknowledgement of the listener's upset.

wronged.py reads the same thing for a "who took my lunch" with nothing of the speaker's in it; this
reads messages where the speaker also says what it cost them ("I have an early shift", "I couldn't
get a word in"), or set it up ("I booked the table"), as long as nothing the speaker says answers
for their own part (a denial, an excuse, a lapse: "I didn't…", "I missed the deadline because…").
"Nobody told me the meeting moved" stays a defence: the speaker's "I should have checked" is owed.
"""

from __future__ import annotations

import re

from .owning import admitted_failure, negated, speaker_verbs, unkept_intention
from .deflection import dismisses
from .shields import shielded

# The speaker, somewhere in the message: what was done was done to them. (spaCy splits "I'm", "im" into
# "i" and the verb, so the pronoun's forms are enough.)
SPEAKER = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our"})
# The listener, or the group the speaker is talking to, as the one who acted.
_LISTENERS = {"you", "u", "ya", "y'all", "yall", "youse"}
# Nobody/anyone: acted on the speaker only when the clause says so ("nobody told me").
# ("someone else must have moved them" shifts the speaker's own lapse: not counted)
_ANYONE = {"nobody", "anyone", "anybody", "everyone", "everybody", "no"}
# Clause roles that answer for the speaker's part: then the message is (also) a defence.
DEFENDING_ROLES = {"denial", "excuse", "minimising", "counter", "victim", "own", "validation", "rationale", "pushback",
              "pressure"}
# "Stop blaming me", "you're accusing me": answers a complaint, stays defensive.
ACCUSED = re.compile(r"\b(?:blam|accus|attack|judg|criticis|criticiz|lectur|nag)\w*\s+(?:at )?me\b", re.I)
# "I only had two drinks, you're making it sound like I was wasted": the speaker's part made smaller, and
# the listener's account of it disputed: a defence, however the listener is said to act
SIZED_DOWN = re.compile(r"\bI(?:'m|\s+am|\s+was)?\s+only\b|\b(?:it|that)(?:'s|\s+is|\s+was)\s+(?:only|just)\b"
                         r"|\bmaking\s+(?:it|me|this|that)\s+(?:sound|look)\b", re.I)
# "why am I the only one who ever updates the board": a chore the speaker carries alone.
_ONLY_ONE = re.compile(r"\b(?:am i|i'?m|i am)\s+(?:always\s+|still\s+)?the only (?:one|person)\s+(?:who|that|to)\b", re.I)
# What the listener only knows, thinks or says: not an act done to the speaker ("you know I…").
_STATIVE = {"know", "think", "feel", "mean", "say", "want", "need", "guess", "understand", "remember", "be"}
# "You asked me to do it this way", "you told me to wait": what the speaker then did is their account.
_INSTRUCT = {"ask", "tell", "want", "make", "let", "instruct", "expect"}
# The speaker's modal of inability: "I couldn't get a word in", "I can't get out": a cost, not a failing.
_INABILITY = {"could", "can", "ca"}


def _acts_on_speaker(clause) -> bool:
    """A clause whose subject is the listener (or "anyone" acting on "me"), doing rather than knowing."""
    subject = clause.subject
    if subject is None or clause.head.lemma_.lower() in _STATIVE or _negated_or_supposed(clause):
        return False
    if clause.head.lemma_.lower() == "tell" and subject.lower_ not in _LISTENERS:
        return False  # "nobody told me the meeting moved": the speaker's own lapse, owned (defence_round4)
    if clause.head.lemma_.lower() in _INSTRUCT and any(c.dep_ == "xcomp" for c in clause.head.children):
        return False  # "you asked me to do it this way": the setup of a defence, not a wrong done
    word = subject.lower_
    if word in _LISTENERS:
        return True
    if word in _ANYONE or (word == "one" and any(t.lower_ == "no" for t in subject.children)):
        return any(t.lower_ in ("me", "my", "us", "our") for t in clause.tokens)
    return False


def _negated_or_supposed(clause) -> bool:
    """"if you didn't pester me…", "you don't tell me", "u should have checked": a condition, a lapse or
    what the listener ought to have done (a deflection: "not my problem, u should have checked"), not an
    act done to the speaker."""
    head = clause.head
    return negated(head) or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children) \
        or clause.you_subject and any(c.dep_ == "aux" and c.lower_ in ("should", "shoulda", "ought", "must",
                                                                      "could", "would", "'d") for c in head.children)


def _inability(verb) -> bool:
    return negated(verb) and any(c.lower_ in _INABILITY for c in verb.children if c.dep_ == "aux")


def owns_part(clause) -> bool:
    """The speaker answering for their own part: "I didn't…", "I missed the deadline", "I'd remember"."""
    verbs = speaker_verbs(clause)
    for verb in verbs:
        if _inability(verb):
            continue  # "I couldn't get a word in": what the listener's act cost the speaker
        if negated(verb) or any(c.lower_ in ("would", "'d") and c.dep_ == "aux" for c in verb.children):
            return True
    if verbs and all(_inability(v) for v in verbs):
        return False
    return bool(admitted_failure(clause) or unkept_intention(clause))


def wronged_by_listener(msg) -> bool:
    """The message tells what the listener did to the speaker, and nothing the speaker answers for."""
    if ACCUSED.search(msg.text) or SIZED_DOWN.search(msg.text) or shielded(msg) or dismisses(msg.text):  # "I told you I was sorry, why are you
        return False  # still…"; "you're blowing this out of proportion" brushes the listener's upset off (deflection.py)
    if not any(t.lower_ in SPEAKER for t in msg.doc):
        return False  # "What the hell were you doing at the docks?": the listener's act, nothing done to the speaker
    from .jab_tails import jab_tail  # "you're acting like I wrote the car off": a jab tail, not a wrong done (jab_tails.py)
    acted = [c for c in msg.clauses if _acts_on_speaker(c) and not (c.role == "contempt" and jab_tail(c.text))]
    only_one = bool(_ONLY_ONE.search(msg.text))
    if not acted and not only_one:
        return False
    for clause in msg.clauses:
        if clause.role in DEFENDING_ROLES or owns_part(clause):
            return False
        if clause.question and clause.you_subject is False and any(t.lower_ == "i" for t in clause.tokens) \
                and clause not in acted and not only_one and not _asks_for_self(clause) \
                and not any(t.tag_ in ("JJR", "RBR") for t in clause.tokens):
            return False  # "should I just eat the cost" is fine; "what was I supposed to do" answers for the speaker
            # ("how much clearer can I be" presses the complaint: a comparison, no answer for the speaker)
    return True


def _asks_for_self(clause) -> bool:
    """"or should I just eat the cost": the speaker asking what is left to them, not defending."""
    return any(t.lower_ in ("should", "shall") for t in clause.tokens)


__all__ = ["wronged_by_listener"]
