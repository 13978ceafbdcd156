"""Which clauses of a defence acknowledge the listener, for the acknowledgement to open with.

The clause reader marks "I hear you" and "I'm sorry you're carrying it" as validation, but some
sympathy comes as a plain statement about the listener's situation ("that sounds like a horrible
week", "it's totally fair that you're angry"): said back as a fact it reads "From what I can tell,
that sounds like a horrible week". And some clauses marked validation argue instead ("I'm allowed
to be proud of my deadlift without it being called ego lifting, jeez"): opening with them keeps the
defence; and one in quotation marks is the listener's words held up ('"I'm sorry to hear that" four
times in a row'). Nor is "it doesn't sound like it" (after "have you ever coached a team?") any sympathy.
"""

from __future__ import annotations

from .phrases import ARGUES

_ABOUT_THEM = {"it", "that", "this", "you"}
_FIRST_PERSON = {"i", "me", "my", "mine", "myself", "we", "us", "our"}


def sympathises(clause) -> bool:
    """A statement that validates the listener's situation or feeling, about them, not the speaker."""
    scores = getattr(clause, "scores", None) or {}
    subject = clause.subject
    return clause.role == "fact" and bool(scores.get("validating")) and not scores.get("defensive") \
        and not scores.get("blaming") and subject is not None and subject.lower_ in _ABOUT_THEM \
        and not any(t.lower_ in _FIRST_PERSON or t.dep_ == "neg" for t in clause.tokens) and not clause.question \
        and (clause.head.lemma_ in _IMPRESSION or any(t.lower_ in ("you", "your", "you're") for t in clause.tokens))


# "that sounds like a horrible week", "it must feel awful": how the listener's situation seems.
_IMPRESSION = {"sound", "seem", "look", "feel"}


def acknowledges(clause) -> bool:
    """A clause the acknowledgement may open with: a validation that doesn't argue, or sympathy."""
    quoted = clause.text.lstrip()[:1] in ('"', "“", "'")  # '"I'm sorry to hear that" four times in a row'
    return clause.role == "validation" and not ARGUES.search(clause.text) and not quoted or sympathises(clause)
