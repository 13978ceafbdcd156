"""Owns the word that opens a "when …" slot: it must start a clause, as the message's own parse shows.

The strategies paste a clause of the message after "when" ("I felt hurt when …", "When …, I felt …").
What the cut leaves at the front is often a word that opened the message's sentence but cannot open
a clause inside another one. Readers of held-out set 19 graded five of its sixty suggestions broken
for this alone:
- a linking adverb kept: "when now the foxes have dragged…", "when unfortunately Liam has arrived…";
- a subject whose article the sender dropped, as people do when texting: "when delivery guy chucked
  my TV box…", "when Plumber's coming…";
- a word that starts no clause at all: "when come on Declan, you told…", "when barely a dent, you can
  only see it…", "when glad you could join us…", "when find attached the revised quote…".
The word is looked up in the message's parse, where it has a tag and a role; the candidate's text
alone cannot tell "when now the foxes…" from "when Nora…".

`mended_when(msg, text)` (called in strategies._tidied) puts right the first two: the adverb goes, the
article comes back ("when the delivery guy chucked…"). `broken_when(msg, text)` (called in
strategies._passing) drops a candidate whose slot still opens with a word that starts no clause, so a
better candidate leads, or none.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Linking and comment adverbs that open a sentence and say nothing of the event: dropped from a slot.
_LINKING = frozenset("""now then so unfortunately basically honestly seriously apparently obviously clearly
actually anyway anyways also again suddenly literally genuinely frankly""".split())
# Adverbs that do belong at a clause's front: "when even picking a paint colour turns into a fight".
_FRONT_ADVERBS = frozenset("even only just still".split())
# Nouns that take no article when they are the subject ("when dinner got cold", "when Mum calls").
_NO_ARTICLE = frozenset("""dinner lunch breakfast tea supper brunch school work college uni church bed home
mum mom dad mummy daddy mam nan nana gran granny grandma grandpa grandad mama papa auntie aunty uncle
inflation traffic money time life love music football rent food parking training practice
nobody nothing somebody someone something everyone everybody everything anyone anybody anything""".split())
# First names that are also common nouns: a capital at a message's start is read as the name.
_FIRST_NAMES = frozenset("""mark will grace bill rose martin jack hope faith joy summer dawn amber ruby pat sue bob
frank guy rob sandy penny holly ivy lily daisy iris jasmine violet robin jay drew chase hunter
gene harry carol ray rich jean may june august april""".split())
# "when X": X the first word of the slot ('s split off), not "When would suit you?" (a question).
_SLOT = re.compile(r"\b(?P<when>[Ww]hen) (?P<word>[A-Za-z][\w#-]*)(?P<rest>(?:['’]s)?\b)")


def _token(msg, word: str):
    """The message's token for `word`, the first of that spelling; None if the message lacks it."""
    low = word.lower()
    return next((t for t in msg.doc if t.lower_ == low), None)


def _is_question(text: str, start: int) -> bool:
    end = re.search(r"[.?!]", text[start:])
    return bool(end) and end.group() == "?" and (start == 0 or text[start - 2:start - 1] in ".?!")


def _bare_subject(tok) -> bool:
    """A singular common noun heading a subject (or in a compound that does) with no determiner or
    possessive: "delivery guy chucked", "heating engineer is coming". Names and meals take none."""
    head = tok.head if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") else tok
    if head.tag_ != "NN" or head.dep_ not in ("nsubj", "nsubjpass") or tok.i > head.i:
        return False
    if head.lower_ in _NO_ARTICLE or tok.lower_ in _NO_ARTICLE or tok.pos_ == "PROPN" and tok.i != head.i \
            or head.lower_ not in _common_nouns() or not _verb_follows(head):
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") or c.tag_ in ("PRP$", "POS") for c in head.children)


def _verb_follows(noun) -> bool:
    """Whether the subject's verb comes straight after it ("delivery guy basically chucked", "Plumber's
    coming"), as a subject's does; not "Ya, but boss, …" or "job on the slides, only took…"."""
    doc, k = noun.doc, noun.i + 1
    while k < len(doc) and (doc[k].tag_ == "POS" and doc[k].lower_ in ("'s", "’s") and doc[k].head.i != noun.i
                            or doc[k].pos_ == "ADV"):
        k += 1
    return k < len(doc) and (doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ in ("'s", "’s"))


def mended_when(msg, text: str) -> str:
    """`text` with a linking adverb cut from a "when" slot and a dropped article put back."""
    def fix(m: re.Match) -> str:
        when, word, rest = m.group("when"), m.group("word"), m.group("rest")
        if _is_question(text, m.start()):
            return m.group()
        tok = _token(msg, word)
        if tok is None:
            return m.group()
        if word.lower() in _LINKING and tok.pos_ == "ADV" and tok.dep_ == "advmod" and tok.head.i > tok.i:
            return when  # the adverb goes; the space before the next word stays
        if tok.tag_ == "NN" and (word.islower() or tok.is_sent_start) and _bare_subject(tok) \
                or _capital_common(msg, tok, word):
            return f"{when} the {word.lower() if tok.is_sent_start else word}{rest}"
        return m.group()
    return _SLOT.sub(fix, text)


def _capital_common(msg, tok, word: str) -> bool:
    """"Plumber's coming…", "Hockey practice got moved…": a common noun capitalised only because it
    opens the message, which the tagger then takes for a name. Common means spaCy's lemma table has
    it as the base of another form ("plumbers"), and it is no first name as well ("Mark", "Will")."""
    low = word.lower()
    if not (tok.tag_ == "NNP" and tok.is_sent_start and word[1:].islower()) or low in _NO_ARTICLE or low in _FIRST_NAMES:
        return False
    head = tok.head if tok.dep_ == "compound" and tok.head.tag_ == "NN" else tok
    if head.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ in ("det", "poss") for c in head.children):
        return False
    if any(t.text == tok.text and t.i != tok.i for t in msg.doc):  # capitalised again mid-message: a name
        return False
    return low in _common_nouns() and _verb_follows(head)


def _comma_after(tok) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ","


@lru_cache(maxsize=None)
def _common_nouns() -> frozenset:
    """Every base form in spaCy's lemma table: a word that has other forms ("plumbers") is a common word."""
    from ..cues import lemma_lookup_table

    return frozenset(lemma_lookup_table("en").values())


def broken_when(msg, text: str) -> bool:
    """Whether a "when" slot in `text` opens with a word that starts no clause in the message: an
    interjection, an adjective or a bare verb ("when glad you could join", "when come on Declan"),
    or an adverb that is neither linking nor at home in front ("when barely a dent")."""
    for m in _SLOT.finditer(text):
        if _is_question(text, m.start()):
            continue
        tok = _token(msg, m.group("word"))
        if tok is None or tok.lower_ in _FRONT_ADVERBS:
            continue
        if tok.pos_ == "INTJ" or _comma_after(tok) and tok.pos_ == "NOUN" and tok.dep_ == "nsubj" \
                or tok.pos_ == "ADJ" and tok.dep_ in ("advmod", "ROOT", "intj", "acomp") \
                or tok.tag_ == "VB" and tok.dep_ in ("ROOT", "advcl", "ccomp", "dep") and (not any(
                    c.dep_ == "nsubj" for c in tok.children) or any(c.lower_ == "please" for c in tok.children)) \
                or tok.pos_ == "ADV" and tok.lower_ not in _LINKING and tok.dep_ == "advmod" and tok.head.pos_ not in ("VERB", "AUX"):
            return True
    return False


__all__ = ["broken_when", "mended_when"]
