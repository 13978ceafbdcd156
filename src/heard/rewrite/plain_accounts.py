"""Owns the plain account: the complaint in the message's own clauses, jabs left out, with one
feeling and one ask, for a message whose other rewrites dropped most of what it says.

The readings elsewhere rebuild a message around one act ("When you borrowed my camping stove…, I
felt…"). On messages nobody here wrote they often keep that one clause and lose the detail that
carries the point: "…and soot all over it", "…and your colleague has hung up on me twice", "Your
leylandii are blocking all the light to our greenhouse" (flagged alone for its "your", so never
kept). Readers of unseen messages named that the most common defect (21 of 60 in held-out set 7).

This reading keeps every plain clause in the message's order, as the clause reader says it
(`reading.say_situation`: no intensifiers, absolutes or address), and leaves out what jabs: contempt,
traits and names, sarcasm, questions, a generalisation ("never", "every time"), a guess at the
listener's mind, a motive. A verbless "and soot all over it" rides on the clause before it. Then one
feeling sentence and one ask (another candidate's closing request, when one has it). A message that
defends or denies anywhere, or whose act (a "you" clause) the account would have to leave out, gets
none. The engine offers it only where no other candidate keeps half of the message's content words,
and only when it keeps half and clearly more (`engine._plain_accounts`), so a message already
rewritten whole keeps its rewrite; the classifier re-checks it like every other candidate.
"""

from __future__ import annotations

import re

from .candidate import I_STATEMENT, Candidate
from .feelings import named_feeling, situation_feeling
from .fitting_asks import fitting_feeling
from .insults import NAMES, hurls_insult
from .lexicon import SARCASM, TRAIT_NOUNS, TRAITS
from .reading import FELT_WITH, NO_SITUATION, compose, is_full_clause, is_past, say_situation, talk_request
from .surface import is_emoji, sentence

# Clauses that tell what happened; "contempt", "attack", "filler", "pressure" and the rest only jab.
_TOLD = {"fact", "accusation", "fault"}  # the speaker's own side ("own") is a defence reading's
# A generalisation is a verdict on the person, not an occasion: "you never…", "every suggestion gets a sigh".
_GENERAL = {"never", "always", "constantly", "forever", "every", "everything", "nothing", "nobody", "everyone",
            "everybody", "anyone", "anybody", "ever", "whenever", "plenty", "lots", "loads", "most", "many"}
_JAB_WORDS = set(TRAITS) | set(TRAIT_NOUNS) | SARCASM | NAMES
# What only a misread leaves: a guess at the listener's mind, a bare "you", a reason pinned on them.
_UNSAYABLE = re.compile(
    r"^(?:it seems|it seemed|you$|guess\b|thanks\b)|\b(?:because of you|thanks to you|your fault|on purpose|"
    r"deliberate(?:ly)?|the one who|some of us|on you|out of my way|your (?:problem|job|responsibility)|"
    r"responsibility|with respect|let's not|act(?:s|ing)? like|like a|on your mind|of all people|the nerve|"
    r"the cheek|not the \w+$)\b", re.I)
# A clause the cut left hanging: "I covered your shifts all summer and now".
_DANGLING = {"and", "but", "so", "or", "because", "when", "while", "if"}
# A message that defends or plays the martyr anywhere is read by the defence readings, not told plainly.
_DEFENDING = {"own", "excuse", "denial", "counter", "victim", "minimising", "alibi", "protest", "refusal"}
_MIN_WORDS = 4  # "you had one job" is a jab; an account says who did what to what


def plain_account(msg, asks=()) -> list[Candidate]:
    """The message's own account of what happened, with a feeling and an ask; [] when it has none.
    `asks`: the closing requests of the other candidates, which were fitted to the message."""
    if not msg.blaming or msg.defensive or any(c.role in _DEFENDING or _denies(c) for c in msg.clauses):
        return []
    told, kept = [], []  # sentences of the account; the clauses kept (for tense)
    previous = None
    for k, clause in enumerate(msg.clauses):
        said = _said(msg, clause)
        if said and len(said.split()) >= _MIN_WORDS and is_full_clause(clause):
            if told and previous == k - 1 and clause.connector in ("and", "but", "so"):
                told[-1] += f" {clause.connector} {said}"
            else:
                told.append(said)
            kept.append(clause)
            previous = k
        elif said and told and previous == k - 1 and clause.connector == "and" and not is_full_clause(clause) \
                and not clause.you_subject:
            told[-1] += f" and {said}"  # "…with the canister empty and soot all over it"
            previous = k
        elif clause.role == "accusation" and not clause.question:
            return []  # the listener's act itself left out ("you shared that fake notice"): the account lost its point
    if not any(len(s.split()) >= 6 for s in told) or all(_speaker(c) for c in kept):
        return []  # "Twenty years I gave this company": the speaker's side alone is no account of what happened
    account = " ".join(told)
    feeling = msg.feeling()  # the situation's own feeling over one read off the jabs ("couldn't care less": hurt)
    feeling = named_feeling(msg.text) or situation_feeling(account) or fitting_feeling(account, feeling) \
        or ("frustrated" if feeling in ("hurt", "upset") else feeling)  # the hurt a jab voiced is not the account's
    if all(is_past(c) for c in kept):
        felt = f"That left me feeling {feeling}."
    elif feeling in FELT_WITH:
        felt = f"It leaves me feeling {feeling}."
    else:
        felt = f"I've been feeling {feeling} about it."
    lines = [sentence(s) for s in told] + [felt, asks[0] if asks else talk_request(msg)]
    return [Candidate(compose(msg, lines), I_STATEMENT)]


def _denies(clause) -> bool:
    """"i didn't steal your parking space": the speaker's denial, which the defence readings answer."""
    return _speaker(clause) and any(c.dep_ == "neg" for c in clause.head.children)


def _speaker(clause) -> bool:
    subject = clause.subject
    return subject is not None and subject.lower_ in ("i", "we", "me")


def _said(msg, clause) -> str | None:
    """The clause as the account says it, or None when it jabs, asks, generalises or reads a mind."""
    rolled = clause.role == "contempt" and not clause.you_subject and any(is_emoji(t.text) for t in clause.tokens)
    if clause.role not in _TOLD and not rolled or clause.question or clause.literal is not None or hurls_insult(clause):
        return None  # an eye-roll after a plain fact ("…breaking my plants 🙄") is cut by chat_marks.py
    if clause.you_subject and clause.scores.get("blaming"):
        return None  # "you act like money grows on trees": the classifier reads the clause alone as blame
    if not is_full_clause(clause) and clause.connector != "and":
        return None  # a fragment rides only on the clause before it: "leave the carton" alone would be an order
    words = {t.lower_ for t in clause.tokens}
    if words & _GENERAL or words & _JAB_WORDS:
        return None
    if clause.you_subject and clause.head.lemma_.lower() in NO_SITUATION:
        return None  # "you moan about…" reads the listener, it tells nothing
    said = (say_situation(msg, clause) or "").strip(" ,;:-")
    if not said or _UNSAYABLE.search(said) or _UNSAYABLE.search(clause.text) or said.split()[-1].lower() in _DANGLING:
        return None
    return said


_REQUEST = re.compile(r"^(?:could|can|would|will) (?:you|someone|we)\b.*\?$|^(?:please|next time|from now on)\b", re.I)


def closing_asks(candidates) -> list[str]:
    """The closing requests of `candidates` ("Could someone help me, please?"), best-placed first."""
    found = []
    for candidate in candidates:
        last = re.split(r"(?<=[.!?])\s+", candidate.text.strip())[-1]
        if not candidate.fallback and _REQUEST.search(last) and last not in found:
            found.append(last)
    return found
