"""Pronouns a rewrite keeps without the noun they stood for, and verbs the tagger cut down.

Owns two repairs of words a rewrite carries over from the message:

1. Antecedents. "You're so selfish with the car, you just take it whenever you like": the rewrite
   drops the character clause ("so selfish with the car") and keeps the act ("you take it whenever
   you like"), so its "it" now points at nothing. `restore_antecedents` puts the noun back in the
   kept act ("when you take the car whenever you like"). Only "it"/"them" as the object of a verb,
   whose noun sits earlier in the message and is missing from the rewrite before the pronoun.

2. "-ing" base verbs. The small tagger reads "ring", "sting", "fling" as gerunds (VBG) and the
   lemmatizer strips the "-ing", so "you never ring your mum" became "when you don't re your mum".
   `mend_ing_bases` is a pipeline step (after the lemmatizer) that gives these verbs their own
   lemma back and a present tag, so every reading downstream sees "ring". It also mends the
   lemmatizer's doubled-consonant slip ("spamming" → "spamme" → "spam").
"""

from __future__ import annotations

import re

from spacy.language import Language

from . import inflect

# Verbs whose base form itself ends in "-ing": never the "-ing" of another verb.
_ING_BASES = frozenset("ring bring sing sting swing fling cling wring sling spring string".split())


@Language.component("heard_ing_bases")
def mend_ing_bases(doc):
    """ "ring" tagged VBG with lemma "re": lemma "ring", tag VBP (VB after "to" or a modal)."""
    for tok in doc:
        low = tok.lower_
        if low in _ING_BASES and tok.tag_ == "VBG":
            before = doc[tok.i - 1].lower_ if tok.i else ""
            tok.lemma_ = low
            tok.tag_ = "VB" if before in ("to", "do", "don't", "did", "didn't", "n't", "can", "could", "will",
                                          "would", "should", "might", "must") else "VBP"
            tok.pos_ = "VERB"
        elif low in _ING_BASES and tok.lemma_.lower() != low and tok.pos_ in ("VERB", "AUX"):
            tok.lemma_ = low
        elif _doubled_slip(tok):
            tok.lemma_ = tok.lemma_[:-2]  # "spamming" → "spamme": the doubled "m" is the spelling's, the base is "spam"
    return doc


# Consonants English doubles before "-ing"/"-ed" ("spam" → "spamming"); "ss", "ll", "ff" belong to the base.
_DOUBLED = set("bdgmnprt")


def _doubled_slip(tok) -> bool:
    lemma = tok.lemma_.lower()
    return (len(lemma) > 4 and lemma.endswith("e") and lemma[-2] == lemma[-3] and lemma[-2] in _DOUBLED
            and tok.lower_ in (lemma[:-1] + "ing", lemma[:-1] + "ed"))


_PRONOUNS = {"it": False, "them": True}  # pronoun: whether its noun is plural
_IDIOM_VERBS = {"mean", "get", "lose", "make", "hate", "love", "like", "mind", "stand", "have", "do", "say", "want"}
# "take it out on me", "holding it together", "took it badly": "it" is the idiom's, not a thing to name.
_IDIOM_TAILS = ("out on", "up to", "easy", "personally", "together", "all in", "in my stride", "lightly", "seriously",
                "badly", "well")
_NOT_NOUNS = {"thing", "things", "time", "way", "lot", "bit", "one", "anything", "something", "everything", "nothing"}


def _antecedent(pron):
    """The noun phrase before `pron` in the same sentence (or the one before) that it stands for."""
    plural = _PRONOUNS[pron.lower_]
    doc = pron.doc
    for chunk in reversed(list(doc.noun_chunks)):
        if chunk.end > pron.i:
            continue
        root = chunk.root
        if root.pos_ == "PRON" or root.pos_ == "PROPN" or root.ent_type_ in ("PERSON", "ORG", "GPE"):
            continue
        if root.lower_ in _NOT_NOUNS or root.tag_ not in ("NN", "NNS"):
            continue
        if (root.tag_ == "NNS") != plural:
            continue
        if root.dep_ not in ("pobj", "dobj"):  # "selfish with the car", "about the dishes"
            return None
        if any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.i < chunk.start for t in pron.sent):
            return None  # "the invoice went to the wrong client because you didn't read it": which one is "it"?
        if pron.sent.start - chunk.start > 40:
            return None
        words = [t.text for t in chunk if not t.like_num]
        if plural and len(words) == 1 and chunk[0].i == root.i:
            return f"the {words[0]}"  # "we never open windows, we open them every morning": the windows
        if words[0].lower() not in ("the", "my", "your", "our", "his", "her", "their"):
            return None  # "a car", "some dishes": no one thing to name again
        return " ".join(words)
    return None


def _forms(verb) -> set:
    lemma = inflect.lemma_of(verb)
    return {verb.lower_, lemma, inflect.past(lemma), inflect.third_person(lemma), inflect.gerund(lemma)}


def restore_antecedents(msg, text: str) -> str:
    """`text` with "take it" → "take the car" when the car is said only in the message (see module doc)."""
    doc = getattr(msg, "doc", None)
    if doc is None:
        return text
    for pron in doc:
        if pron.lower_ not in _PRONOUNS or pron.dep_ != "dobj" or pron.head.pos_ not in ("VERB", "AUX"):
            continue
        after = doc[pron.i + 1:pron.i + 4].text.lower()
        if inflect.lemma_of(pron.head) in _IDIOM_VERBS or after.startswith(_IDIOM_TAILS):
            continue  # "take it out on me", "mean it", "lose it": an idiom, not a thing to name
        noun = _antecedent(pron)
        if not noun:
            continue
        head_noun = noun.split()[-1].lower()
        verbs = "|".join(sorted(map(re.escape, _forms(pron.head)), key=len, reverse=True))
        found = re.search(rf"\b(?:{verbs}) ({pron.lower_})\b", text, re.I)
        if not found or re.search(rf"\b{re.escape(head_noun)}\b", text[:found.start()], re.I):
            continue
        text = text[:found.start(1)] + noun + text[found.end(1):]
    return _backshift(_whole_named(msg.text, text))


# "Last time you didn't ring me back when you said you will": a promise told in the past says "would".
_SAID_WILL = re.compile(r"\b(said|promised|swore|told me) (you|he|she|they|we|I)(?: will|'ll)\b")


def _backshift(text: str) -> str:
    return _SAID_WILL.sub(lambda m: f"{m.group(1)} {m.group(2)} would", text)


# "I did my part of the slides, the rest isn't my problem": "the rest" is the rest of the slides.
_PART_OF = re.compile(r"\b(?:my|our|his|her|their|your)\s+(?:part|half|share|side|bit|section|end|portion)\s+of\s+"
                      r"(?:the|my|our|this|that)\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)\b", re.I)
_REST = re.compile(r"\b(?P<rest>the\s+rest|the\s+other\s+half)\b(?!\s+of\b)", re.I)


def _whole_named(message: str, text: str) -> str:
    """`text` with a bare "the rest" said as "the rest of the slides" when the message names the slides."""
    part = _PART_OF.search(message)
    if not part or not _REST.search(message[part.end():]):
        return text
    noun = part.group("noun")
    if re.search(rf"\b{re.escape(noun)}\b", text, re.I):
        return text
    return _REST.sub(lambda m: f"{m.group('rest')} of the {noun}", text, count=1)


# 3. Tu-quoque jabs. "Stop telling me how to raise my kids, you didn't exactly do a perfect job
#    yourself": the second clause is a jab at the listener's own record, said to win the point. Read as
#    an accusation it became the situation ("when you didn't do perfect jobs yourself, I felt hurt") and
#    even the request ("Would you be willing to do a perfect job yourself?"), and the real ask was lost.
#    `mark_jabs` reads it as contempt, so no strategy keeps it; the other clauses carry the message.
_NOT_EXACTLY = re.compile(r"\b(?:you|u)(?:'re|'ve| are| were| have| had| did| do)?\s*(?:n't|not|wasn'?t|weren'?t|"
                          r"didn'?t|don'?t|aren'?t|haven'?t|hadn'?t|ain'?t)\s+(?:\w+\s+)?exactly\b", re.I)
_OWN_RECORD = re.compile(r"\b(?:you|u)\b[^,.;!?]*\b(?:n't|not|never)\b[^,.;!?]*\b(?:perfect|great|good|well|better|"
                         r"saint|angel|expert|role model)\b[^,.;!?]*\byourself\b", re.I)


def jab_at_record(text: str) -> bool:
    """Whether `text` (one clause) is a jab at the listener's own record ("you weren't exactly …")."""
    return bool(_NOT_EXACTLY.search(text) or _OWN_RECORD.search(text))


def mark_jabs(clauses) -> None:
    """Tu-quoque jabs (see above) read as contempt when another clause is left to carry the message."""
    jabs = [c for c in clauses if jab_at_record(c.text)]
    if not jabs or len(jabs) == len(clauses):
        return
    for clause in jabs:
        clause.role = "contempt"
        clause.literal = None
        clause.cues = set(clause.cues) | {"contempt"}
    from .message import act_literal, literal  # read late: message.py calls this module
    for clause in clauses:  # "Stop telling me how to X": with the jab gone, the order is the complaint
        if clause.role == "fact" and clause.literal is None and _ORDER.match(clause.text):
            clause.literal = literal(clause) or act_literal(clause)
            if clause.literal is not None:
                clause.role = "accusation"


_ORDER = re.compile(r"^\W*(?:[A-Z][a-z]+,\s*)?(?:please\s+)?(?:stop|quit)\s+\w+ing\b", re.I)


# 4. Scapegoat stances. "Whatever, I'm always the bad guy in this group chat anyway": the sender feels
#    blamed, so the rewrite is the sender's own hurt said plainly, never "I can see why this group upset
#    you" (the place read as the listener's grievance). Read whole; anything more in the message and
#    the other readings answer it.
_OPENERS = r"(?:(?:whatever|fine|ok|okay|well|yeah|sure|lol|great|wow|cool|right|oh)\b[,.!…]*\s+)*"
_SCAPEGOAT = re.compile(
    r"^\W*" + _OPENERS + r"(?:so\s+)?(?:i'm|i am|im|i’m)\s+(?P<often>always|forever|constantly|once again|"
    r"(?:just\s+)?(?:still\s+)?)\s*(?:the\s+(?:bad\s+guy|villain|bad\s+one|scapegoat|bad\s+cop|one\s+(?:who\s+gets|"
    r"to\s+get)\s+blamed|one\s+to\s+blame)|to\s+blame\s+for\s+everything)"
    r"(?P<where>\s+(?:in|at|on|around)\s+(?:this|the|our|my|your)\s+[a-z]+(?:\s+(?:chat|group|team))?)?"
    r"(?P<again>\s+again)?(?:[,\s]+(?:anyway|anyways|as\s+usual|i\s+guess|whatever|apparently|lol|then|huh|right))*"
    r"\s*[.!?…]*\W*$", re.I)


def scapegoat_hurt(msg) -> list:
    """[the candidate] for a message that is, whole, the sender feeling scapegoated; [] otherwise."""
    from .candidate import I_STATEMENT, Candidate
    from .reading import compose  # reading.py reads messages, which read the strategies' modules: imported late

    found = _SCAPEGOAT.match(msg.text.strip())
    if not found:
        return []
    where = re.sub(r"\s+", " ", found.group("where") or "")
    if re.search(r"\b(?:house|home|flat|place)$", where):
        where = ""  # the home the two share is where every message between them is set: naming it adds nothing
    often = " a lot" if found.group("often").strip() or found.group("again") else ""
    return [Candidate(compose(msg, [f"I feel like I get the blame{often}{where}, and it's getting to me",
                                    "Can we talk about it?"]), I_STATEMENT)]
