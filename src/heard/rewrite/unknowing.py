""""I didn't know / didn't realise / had no idea X" about something the speaker could not have checked.

owning.py `owned_excuse` turns "I didn't know X" into "I should have checked whether X, and I'm sorry":
right for a lapse in the speaker's own hands ("the gun was loaded", "I was supposed to organise it"),
but a false confession when X was the listener's to know or someone else's to tell ("the leaves were
blowing into your pond", "you wanted me to just sit there", "it was the anniversary of her death,
nobody told me", "the council map had it down as common land"). This module owns that reading:

- `unknowing(msg, clause)`: "I wish I'd known X, and I'm sorry it caused this" for such a clause; ""
  for a "nobody told me" clause whose fact another clause already owns (so it is not owned twice as
  "I should have checked for myself"); "I should have checked whether X" without what the speaker did
  next ("…was cancelled so I sent her in"); None otherwise (owning.py goes on). Read in statements,
  "how was I supposed to know (about) X" and "nobody told me X"; cues are kinds of fact (the listener's,
  whose/what for, someone else's life), training owed, a source relied on, "not something I can stop".
- `without_check_amends(text)`: no "Next time I'll check for myself" after "I wish I'd known X"
  (there was nothing to check); wired in strategies.py beside `one_acknowledgement`.
"""

from __future__ import annotations

import re

from .accounts import known_fact, unchecked
from .surface import render, words_of

_KNOW = ("know", "realise", "realize")
_NOT_A_FACT = {"what", "how", "why", "where", "who", "when", "which", "if", "whether"}

# Cues that X was not the speaker's to check. Each is a kind of fact, not a phrase of one message:
_LISTENERS = re.compile(r"\b(?:you|your|yours|you'd|you're|you'll)\b", re.I)  # their wish, place, plan
_NOBODY = r"\b(?:nobody|no\s+one|noone|no-one)\s+(?:ever\s+|even\s+)?"
# "nobody told me the meeting moved" alone is news the speaker could have looked up (the check-for-myself
# amends stay, test_rewrite_omissions.py); training or showing is owed to the speaker, and a fact of
# someone else's life ("her death", "his mum") is not there to look up.
_OTHERS_TO_TELL = re.compile(_NOBODY + r"(?:told|trained|warned|said|mentioned|showed|explained|asked)\b", re.I)
_OTHERS_OWED = re.compile(_NOBODY + r"(?:trained|showed|taught|explained)\b", re.I)
_OTHERS_LIFE = re.compile(r"\b(?:her|his|their)\s+(?!own\b)\w+|\b[A-Z][a-z]+'s\s+\w+")
_RELIED_ON = re.compile(r"\b(?:I\s+(?:\w+ly\s+)?thought|I\s+was\s+told|had\s+it\s+(?:down\s+)?as|(?:said|says)\s+it\s+was|"
                        r"as\s+far\s+as\s+I\s+knew)\b", re.I)
_OUT_OF_HANDS = re.compile(r"\b(?:not\s+something\s+I\s+can|I\s+(?:can't|cannot|couldn't)\s+(?:stop|help|control|"
                           r"have\s+known))\b", re.I)
_WHOSE_OR_WHAT_FOR = re.compile(r"\b(?:was|were|is|are)\s+(?:for|meant\s+for|reserved\s+for)\b|\bbelong(?:s|ed)?\s+to\b|"
                                r"\b(?:was|were|is)\s+(?:yours|his|hers|theirs|ours)\b", re.I)
# The speaker's own duty: "I was supposed to organise it" stays a lapse to check next time.
_OWN_DUTY = re.compile(r"^I\s+(?:was|am|had|needed|\w+ed)\b|\b(?:supposed|meant)\s+to\b(?!.*\byou\b)", re.I)


def _negated(token) -> bool:
    return any(c.dep_ == "neg" for c in token.children) or any(
        c.dep_ == "neg" for c in token.head.children if token.dep_ in ("xcomp",))


def _speaker_is_subject(token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ == "i" for c in token.children)


def _fact(clause) -> str | None:
    """What the speaker says they did not know, or None when the clause says no such thing."""
    tokens = list(clause.tokens)
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.lemma_ in _KNOW and _negated(t) and _speaker_is_subject(t) and any(
                c.dep_ == "ccomp" and c.i in inside for c in t.children):
            return known_fact(t, inside)
        asked = any(c.lower_ == "how" for c in t.children) and t.dep_ == "xcomp" and any(
            c.lower_ == "i" for c in t.head.children)  # "how was I supposed to know she was your sister?"
        if t.lemma_ in _KNOW and asked and any(c.dep_ == "ccomp" and c.i in inside for c in t.children):
            return known_fact(t, inside)
        about = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "about" and c.i in inside), None)
        if t.lemma_ == "know" and about is not None and (_negated(t) or any(c.lower_ == "how" for c in t.children)) and (
                _speaker_is_subject(t) or t.dep_ == "xcomp" and any(c.lower_ == "i" for c in t.head.children)):
            return render(words_of(sorted(about.subtree, key=lambda w: w.i))).rstrip(".!?,; ")  # "how was I supposed to know about X"
        if t.lemma_ in ("tell", "warn") and any(c.dep_ == "nsubj" and c.lower_ in ("nobody", "noone") for c in t.children) \
                and any(c.dep_ == "ccomp" and c.i in inside for c in t.children):
            return known_fact(t, inside)  # "nobody told me the meeting was today"
        if t.lower_ == "idea" and any(c.lower_ == "no" for c in t.children) and _speaker_is_subject(t.head):
            after = [w for w in tokens if w.i > t.i and not (w.i == t.i + 1 and w.lower_ == "that")]
            return render(words_of(after)).rstrip(".!?,; ") if after else None
    return None


def _not_for_checking(msg, fact: str) -> bool:
    if _OWN_DUTY.search(fact):
        return False
    text = msg.text
    return bool(_LISTENERS.search(fact) or _WHOSE_OR_WHAT_FOR.search(fact) or _OTHERS_LIFE.search(fact)
                or _OTHERS_OWED.search(text) or _RELIED_ON.search(text) or _OUT_OF_HANDS.search(text))


class _Span:
    """A know-verb's own words, read as a clause: lapses.py reads each clause as a message of its own,
    so "…, nobody told me" looks for its fact in the whole parse, not in `msg.clauses`."""
    def __init__(self, head):
        self.tokens = sorted(head.subtree, key=lambda t: t.i)


def _fact_elsewhere(msg, clause) -> bool:
    mine = {t.i for t in clause.tokens}
    doc = clause.tokens[0].doc if clause.tokens else None
    heads = {t.head if t.dep_ == "xcomp" else t for t in doc if t.i not in mine and t.lemma_ in (*_KNOW, "have")}
    return bool(doc) and any(_unknowing_fact(msg, _Span(t)) for t in heads)  # "how was I supposed to know…" too


_NEXT = re.compile(r",?\s+(?:so|and\s+so|which\s+is\s+why)\s+I\b")


def _known(clause) -> str | None:
    """The fact, without the tags and what the speaker did next."""
    fact = _fact(clause)
    if not fact or fact.split()[0].lower() in _NOT_A_FACT or len(fact.split()) < 3:
        return None
    fact = re.sub(r",?\s+(?:honestly|I\s+swear|seriously|though|tbh)$", "", fact, flags=re.I)
    fact = re.sub(r"^(?:I\s+)?just\s+", "", fact)
    fact = _NEXT.split(fact)[0]  # "…was cancelled so I sent her in": what I did next is not the fact
    return fact


def _unknowing_fact(msg, clause) -> str | None:
    fact = _known(clause)
    return fact if fact and _not_for_checking(msg, fact) else None


def unknowing(msg, clause) -> str | None:
    """The owned line for an "I didn't know X" clause X was not the speaker's to check; "" for a
    "nobody told me" clause beside one; None otherwise (owning.py `owned_excuse` goes on)."""
    fact = _unknowing_fact(msg, clause)
    if fact:
        # "I wish I'd known", as accounts.py `unchecked` says it: "I didn't realise" alone still reads as the defence
        line = unchecked(fact) or f"I wish I'd known {_first_lower(fact)}, and I'm sorry it caused this"
        act = _own_act(msg, clause)
        return line.replace(", and I'm sorry it", f" when I {act}, and I'm sorry it", 1) if act else line
    fact, whole = _known(clause), _fact(clause) or ""
    if fact and _NEXT.search(whole) and not _OWN_DUTY.search(fact) and fact.split()[0].lower() not in ("it", "that"):
        return f"I should have checked whether {_first_lower(fact)}, and I'm sorry"  # the lapse, as owning.py says it
    if _OTHERS_TO_TELL.search(clause.text) and _fact_elsewhere(msg, clause):
        return ""  # "…, nobody told me": the fact is owned once, in its own clause
    return None


# Verbs of the speaker's own that are not the act the listener minds: the account ("I said", "I thought"), the
# trying, the not-knowing itself.
_NOT_THE_ACT = {"say", "tell", "think", "mean", "try", "know", "realise", "realize", "ask", "want", "need", "be",
                "have", "do", "get", "go", "see", "hear", "feel", "forget", "mention", "explain"}
_HEDGES = {"only", "just", "yes", "yeah", "literally", "simply", "honestly", "actually", "obviously"}


def _own_act(msg, clause) -> str | None:
    """The speaker's own past act the not-knowing was about, said without its excuse: "moved the ladder" of "I only
    moved the ladder because it was blocking the side gate", "gave him a lift" of "Yes I gave him a lift". So the
    apology names what happened ("I wish I'd known you were still up on the roof when I moved the ladder") and not
    "it". Read in the whole parse (lapses.py reads each clause as a message of its own); None when no other clause
    of the message tells one plainly."""
    mine = {t.i for t in clause.tokens}
    for head in msg.doc:
        if head.i in mine or head.tag_ != "VBD" or head.lemma_.lower() in _NOT_THE_ACT \
                or not any(c.dep_ == "nsubj" and c.lower_ == "i" for c in head.children) \
                or any(c.dep_ == "neg" for c in head.children) or head.sent.text.rstrip().endswith("?"):
            continue
        cut = {t.i for c in head.children
               if c.dep_ in ("advcl", "conj", "cc", "mark", "nsubj", "punct", "intj", "ccomp", "parataxis")
               for t in c.subtree}
        words = [t for t in head.subtree if t.i not in cut and t.lower_ not in _HEDGES]
        if 2 <= len(words) <= 8 and not any(t.lower_ in ("you", "your", "because", "cos", "cause") for t in words):
            return render(words_of(words)).rstrip(".!?,; ")
    return None


def _first_lower(fact: str) -> str:
    first = fact.split()[0]
    keep = first == "I" or first.startswith("I'") or (first[:1].isupper() and not first.isupper() and first.lower() not in (
        "the", "it", "that", "this", "he", "she", "they", "we", "there", "you", "your", "my", "his", "her"))
    return fact if keep else fact[:1].lower() + fact[1:]


_CHECK_AMENDS = re.compile(r"\s*Next time I'll check for myself[^.!?]*[.!?]")


_WHEN_I = re.compile(r" when I (?P<act>[^,.!?]+)(?=, and I'm sorry)")


def without_check_amends(text: str) -> str:
    """"I wish I'd known it was her anniversary… Next time I'll check for myself": no checking promised
    for what the speaker could not have checked. And the act said once: "…when I moved the ladder, and I'm sorry…
    I moved the ladder because the delivery guy needed to get past" keeps the later, fuller sentence."""
    if "I wish I'd known" not in text:
        return text
    act = _WHEN_I.search(text)
    if act and re.search(r"(?:^|[.!?]\s+)I " + re.escape(act.group("act")) + r"\b", text[act.end():]):
        text = text[:act.start()] + text[act.end():]
    return _CHECK_AMENDS.sub("", text).strip()
