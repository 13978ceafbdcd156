"""Whether a message complains about a lapse nobody pins on the speaker: "@priya the handoff doc was
empty when I logged on, so I spent two hours guessing", "@dev why did nobody update the changelog",
"the release notes were missing again and I had to rebuild them from the commits".

The classifier may call these defensive (the speaker says what they did, or asks "why"), and the
defence strategies then answer an accuser who isn't there ("I can see this really upset you. I spent
two hours guessing…"). Here something was left undone by others (a thing found empty/missing/broken,
or "nobody" did it), and what the speaker says of themselves is only what it cost them: the message
is a complaint, and gets the blaming strategies (an "I" statement and a request).

A speaker who answers for their own part ("I didn't check", "I would have…", an excuse or denial)
keeps the defence; "nobody told me the meeting moved" is left to wronged_by_listener.py, which keeps
it a defence (the speaker's "I should have checked" is owed).
"""

from __future__ import annotations

from .deflection import dismisses
from .owning import negated
from .wronged_by_listener import ACCUSED, DEFENDING_ROLES, SIZED_DOWN, SPEAKER, owns_part  # the same tests of a defence

# A thing found in a state that means someone didn't do their part.
# ("late"/"overdue" are left out: a late report is as often the speaker's own.)
_LAPSED_STATES = {"empty", "missing", "broken", "blank", "outdated", "wrong", "gone", "down",
                  "incomplete", "unfinished", "stale", "unanswered", "unassigned"}
_NOBODY = {"nobody", "noone"}


def _found_lapsed(clause) -> bool:
    """"the handoff doc was empty": a thing (not the speaker's, not the listener) in a lapsed state."""
    subject, head = clause.subject, clause.head
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or negated(head):
        return False
    if any(t.lower_ in SPEAKER | {"your", "yours"} for t in subject.subtree):
        return False  # "my doc was empty": the speaker's own thing; "your doc": a blame read elsewhere
    if head.lower_ in _LAPSED_STATES:  # "the release notes were missing": "missing" parsed as the verb
        return any(c.lemma_ == "be" for c in head.children if c.dep_ == "aux")
    return head.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") and c.lower_ in _LAPSED_STATES
                                       for c in head.children)


def _nobody_did(clause) -> bool:
    """"why did nobody update the changelog": others' lapse, with nothing done to the speaker."""
    subject = clause.subject
    if subject is None:
        return False
    nobody = subject.lower_ in _NOBODY or (subject.lower_ == "one" and any(t.lower_ == "no" for t in subject.children))
    return nobody and not negated(clause.head) and not any(t.lower_ in SPEAKER for t in clause.tokens)


def unowned_lapse(msg) -> bool:
    """The message complains of others' lapse, and the speaker answers for nothing of their own."""
    if ACCUSED.search(msg.text) or SIZED_DOWN.search(msg.text) or dismisses(msg.text):
        return False  # "stop blaming me", "it was only…", "stop being so dramatic": answers someone, stays a defence
    if not any(_found_lapsed(c) or _nobody_did(c) for c in msg.clauses):
        return False
    for clause in msg.clauses:
        if clause.role in DEFENDING_ROLES or owns_part(clause) or clause.you_subject:
            return False  # "you said it was fine": the listener's account answered, left to the defence readings
        if not (_found_lapsed(clause) or _nobody_did(clause)) and _someone_else_acts(clause):
            return False  # "the report was late because legal sat on it": the speaker's lapse handed on
    return True


def _someone_else_acts(clause) -> bool:
    """A clause whose subject is a third party ("Priya sent me the figures late", "legal sat on it"):
    beside a lapse, it explains the speaker's own lapse away, which the defence strategies answer."""
    subject = clause.subject
    return subject is not None and subject.lower_ not in SPEAKER | {"it", "that", "this", "there"} \
        and subject.pos_ in ("NOUN", "PROPN", "PRON")


__all__ = ["unowned_lapse"]
