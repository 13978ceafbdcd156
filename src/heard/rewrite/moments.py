"""Tells one occasion as it happened: what the speaker did, what the listener did back, in the past.

"I tell you my dad's back in hospital and you send a thumbs up" recounts one moment in the
storyteller's present. Split into "I feel alone when you send a thumbs up. I tell you my dad's…",
the reason the reply hurt comes after the feeling and reads as a habit. A person writes it once, in
order and in the past: "When I told you my dad's back in hospital and you sent a thumbs up, I felt alone."
"""

from __future__ import annotations

import re

from . import inflect
from .situations import is_negative

# Words that make a clause a habit ("you always…"), not one occasion: those stay in the present.
_HABIT = {"always", "never", "constantly", "every", "ever", "again", "usually", "whenever"}


def setup_of(clause, primary) -> bool:
    """The speaker's own act just before the listener's response ("I finally open up about X")."""
    subject = clause.subject
    head = clause.head
    if subject is None or subject.lower_ != "i" or head.pos_ != "VERB" or head.lemma_ in ("feel", "think", "be", "love", "like", "hate", "want", "need", "know", "miss", "hope", "wish",
                   "appreciate", "adore", "understand", "mean"):  # a state, not an act just before the reply
        return False
    if clause.question or is_negative(clause) or clause.tokens[0].i > primary.tokens[0].i:
        return False
    if primary.tokens[0].i - clause.tokens[-1].i > 3:
        return False  # only the act right before the reply: anything further is its own fact
    return not any(t.lower_ in _HABIT for t in (*clause.tokens, *primary.tokens))


def in_past(clause, text: str) -> str:
    """`text` (the clause as a rewrite says it) with its main verbs in the simple past.

    Only the clause's own verbs move ("I tell you [my dad's back]" → "I told you my dad's back"):
    what was said keeps its tense, as reported speech does.
    """
    head = clause.head
    verbs = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for verb in verbs:
        if verb.tag_ not in ("VBP", "VBZ") or any(c.dep_ == "aux" for c in verb.children):
            continue
        form = inflect.past(inflect.base_of(verb.lemma_.lower()))
        text = re.sub(rf"\b{re.escape(verb.text)}\b", form, text, count=1)
    return text


_FRONT_TIME = re.compile(r"^((?:last|this|yesterday|on) (?:\w+ )?\w+|yesterday|earlier(?: today)?),?\s+"
                         r"(?=(?:you|he|she|they|we|I)\b)", re.I)


def time_last(sit: str) -> str:
    """"last month you had them up late" → "you had them up late last month", so it follows "when"."""
    found = _FRONT_TIME.match(sit)
    if not found:
        return sit
    return f"{sit[found.end():]} {found.group(1)[:1].lower()}{found.group(1)[1:]}"


# A present perfect that goes on ("since the funeral", "still", "yet") stays one: it is no single occasion.
_ONGOING = re.compile(r"\b(?:since|for|still|yet|ever|in (?:\w+ )?(?:years|months|weeks|days))\b", re.I)


def told_once(clause, text: str, always: bool = False) -> str:
    """"you haven't texted" → "you didn't text", to follow "I felt … when": the occasion as it was.
    Kept as it is where it goes on ("you still haven't paid"), unless `always` ("this time …")."""
    if always:  # "the last time you are on your phone these days" → "the last time you were on your phone"
        text = _NOW.sub("", _PRESENT_BE.sub(lambda m: _PAST_OF_BE[m.group(0).lower()], text))
    head = clause.head if clause is not None else None
    if head is None or head.tag_ != "VBN" or head.lemma_ == "be" or _ONGOING.search(text) and not always:
        return text
    lemma = inflect.lemma_of(head)  # not the tagger's "texte" for "texted"
    return re.sub(rf"\b(?:haven't|hasn't) {re.escape(head.text)}\b", f"didn't {lemma}", text, count=1)


_PAST_OF_BE = {"you are": "you were", "you're": "you were", "you aren't": "you weren't", "you are not": "you were not"}
_PRESENT_BE = re.compile(r"\byou(?: are not| aren't| are|'re)\b", re.I)
_NOW = re.compile(r",?\s+(?:these days|right now|at the moment|lately|rn)\b", re.I)


def still_going(feeling: str, sit: str, felt_with) -> str | None:
    """"you still haven't paid your half" goes on: "I've been feeling let down that…", not "I felt … when"."""
    if not re.search(r"\b(?:haven't|hasn't)\b", sit) or not _ONGOING.search(sit):
        return None
    return f"I've been feeling {feeling} that {sit}" if feeling in felt_with else f"I've been {feeling} that {sit}"


# The speaker opening up just before the reply: "I finally open up about the debt and you hand me a
# phone number". What hurt is the reply; the topic's own word ("debt" → worried) says how they felt before.
_DISCLOSE = {"open", "tell", "confide", "share", "say", "mention", "admit", "explain", "cry", "ask"}
_ABOUT_REPLY = {"hurt", "alone", "unheard", "let down"}


def moment_feeling(setup, feeling: str) -> str:
    """The feeling a shared moment names: "hurt" after the speaker opened up, unless the message
    already names a feeling about the reply."""
    return feeling if feeling in _ABOUT_REPLY or setup.head.lemma_.lower() not in _DISCLOSE else "hurt"
