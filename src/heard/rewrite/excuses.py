"""Owns the speaker's own explanations: good intentions, a state they were in, a week that wore them out.

Said as an excuse ("I was only trying to help", "I was busy"), each reads as defensive; said as
what the speaker wanted, should have mentioned, or needs now, the same facts take responsibility.
"""

from __future__ import annotations

import re

from . import inflect
from .deflection import under_denial
from .surface import render, words_of

# States a speaker gives as the reason something slipped.
_STATES = frozenset("""busy tired exhausted knackered shattered swamped slammed stressed drained
overwhelmed sick ill asleep burnt burned wiped""".split())


def _speaker_verbs(clause) -> list:
    inside = {t.i for t in clause.tokens}
    return [t.head for t in clause.tokens if t.lower_ == "i" and t.dep_ in ("nsubj", "nsubjpass")
            and t.head.i in inside]


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def meant_well(clause) -> str | None:
    """"I was only trying to help" / "I only tried to help with the gutters" / "excuse me for trying
    to plan something nice" → "I wanted to help…, and I'm sorry it didn't go the way you hoped"."""
    tries = [*_speaker_verbs(clause), *(t for t in clause.tokens if t.lemma_ == "try" and t.tag_ == "VBG"
                                        and t.head.lower_ == "for")]
    for verb in tries:
        if verb.lemma_ != "try" or verb.tag_ not in ("VBG", "VBD") or _negated(verb) or under_denial(verb):
            continue  # "It's not like I was trying to poison her" is never "I wanted to poison her"
        stop = next((t.i for t in verb.doc[verb.i:] if t.is_punct), len(verb.doc))  # ", sorry for existing"
        rest = render(words_of([t for t in verb.subtree if verb.i < t.i < stop and not t.is_punct]))
        if rest.startswith("to "):
            return f"I wanted {rest}, and I'm sorry it didn't go the way you hoped"
    return None


def stated_state(clause) -> tuple[str, bool] | None:
    """"I was busy" → ("busy", past); "I'm knackered" → ("knackered", present)."""
    for verb in _speaker_verbs(clause):
        if _negated(verb):
            continue
        passive = verb.lower_ in _STATES and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children)
        if verb.lemma_ != "be" and not passive:
            continue
        state = verb if passive else next(
            (c for c in verb.children if c.dep_ in ("acomp", "attr") and c.lower_ in _STATES), None)
        if state is not None:
            inside = {t.i for t in clause.tokens}
            rest = [t for t in verb.subtree if t.i > state.i and t.i in inside and not t.is_punct
                    and t.lower_ not in ("ok", "okay", "alright", "so", "anyway")]
            tense = next((c for c in verb.children if c.dep_ == "auxpass"), verb) if passive else verb
            return render(words_of([state, *rest])), tense.tag_ == "VBD"
    return None


def state_line(clause, following=None) -> str | None:
    """The state owned: "I should have let you know I was busy", or said as a need now:
    "I'm knackered after having the kids on my own all week, and I could really use your help"."""
    found = stated_state(clause)
    if found is None:
        return None
    state, past = found
    if past:
        return f"I should have let you know I was {state}"
    cause = _as_gerund(following) if following is not None else None
    return f"I'm {state}{' after ' + cause if cause else ''}, and I could really use your help"


def _as_gerund(clause) -> str | None:
    """"I've had the kids on my own all week" → "having the kids on my own all week"."""
    verbs = [v for v in _speaker_verbs(clause) if not _negated(v) and v.pos_ in ("VERB", "AUX")]
    if not verbs or stated_state(clause) is not None:
        return None
    verb = verbs[0]
    inside = {t.i for t in clause.tokens}
    rest = [t for t in verb.subtree if t.i > verb.i and t.i in inside and not t.is_punct]
    if not rest:
        return None
    return f"{inflect.gerund(inflect.base_of(verb.lemma_.lower()))} {render(words_of(rest), lower_start=False)}"


# "that's why Ava didn't have her kit" / "it's the first time I've been late": the lapse itself,
# named inside the excuse that explains it away.
_THATS_WHY = re.compile(r"\b(?:that's|that is|which is|this is) why (?P<what>.+)$", re.I)
_FIRST_TIME = re.compile(r"\b(?:first|only) time (?:that )?(?:I've|I have|I) (?:ever )?(?P<what>been \w+|\w+ed\b.*?)"
                         r"(?: all (?:season|year|week|month|term)| in (?:ages|months|years|weeks))?$", re.I)


def explained_away(text: str) -> str | None:
    """The lapse an excuse explains away, owned: "that's why Ava didn't have her PE kit" → "I'm sorry
    Ava didn't have her PE kit"; "first time I've been late" → "I'm sorry I was late"."""
    text = text.strip().rstrip(".!?,; ")
    found = _THATS_WHY.search(text)
    if found and len(found.group("what").split()) >= 2:
        return f"I'm sorry {found.group('what')}"
    found = _FIRST_TIME.search(text)
    if found:
        what = found.group("what")
        return f"I'm sorry I {'was ' + what.split()[1] if what.startswith('been ') else what}"
    return None
