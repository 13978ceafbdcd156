"""A defence that answers a complaint by naming the listener's motive: "you're just looking for reasons
to ban me", "you're only trying to make me look bad", "because you don't like me".

Said back in a rewrite of a defence ("I get really upset when you're looking for reasons to ban me"),
the motive stays an accusation: it reads the listener's mind, and no "I" statement turns a guess at
someone's reasons into something that happened. `imputes_motive` finds those clauses, and `mark_motives` makes
them filler in a defence, so that its rewrites neither say them back nor take their words for the topic.
"""

from __future__ import annotations

import re

_YOU = {"you", "u", "ya"}
# "just looking for…", "only trying to…", "just want to…": the played-down motive
_PLAYED_DOWN = {"just", "only", "simply"}
_MOTIVE_VERBS = {"look", "try", "want", "like", "love", "need", "wait", "enjoy", "hunt", "search", "pick"}
_MOTIVES = re.compile(r"\blooking for (?:a |an |any )?(?:reasons?|excuses?|someone to blame|a fight|trouble|"
                      r"something to (?:complain|moan|criticise|criticize))\b"
                      r"|\bout to get me\b|\btrying to (?:make me look|get me|catch me|trip me|start)\b", re.I)
# "because you don't like me", "cos you hate me": the listener's feeling given as the reason
_FEELING_REASON = {"like", "hate", "trust", "respect", "care", "want", "love", "believe"}
_BECAUSE = {"because", "cause", "cos", "coz", "bc", "since"}


def imputes_motive(clause) -> bool:
    """The clause says why the listener acts, as a charge (see the module docstring)."""
    if _MOTIVES.search(clause.text):
        return True
    head = clause.head
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _YOU for c in head.children):
        return False
    if head.lemma_ in _MOTIVE_VERBS and any(c.lower_ in _PLAYED_DOWN for c in head.children):
        return True
    return clause.connector in _BECAUSE and head.lemma_ in _FEELING_REASON


def mark_motives(clauses, labels) -> None:
    """In a defence, the listener's imputed motive is filler: nothing in it is kept."""
    if "defensive" not in labels:
        return
    for clause in clauses:
        if clause.role in ("accusation", "fact", "fault", "counter") and clause.literal is None and imputes_motive(clause):
            clause.role = "filler"


def blames_motive_only(msg) -> bool:
    """A defence whose only charge is the listener's motive, now filler: "I didn't spam anything,
    you're just looking for reasons to ban me". It is answered as a defence, not as blame."""
    return any(c.role == "filler" and imputes_motive(c) for c in msg.clauses) and not any(
        c.role in ("accusation", "attack", "fault", "contempt", "question", "counter") for c in msg.clauses)
