"""Insult words pinned to a thing ("your stupid mug", "your precious car"): a rewrite keeps the
thing and drops the sneer, so "I didn't break your stupid mug" owns "your mug"."""

from __future__ import annotations

import re

# Said of a thing, these sneer wherever they stand ("that bloody phone", "your stupid mug").
SNEERS = frozenset("""stupid dumb idiotic ridiculous pathetic stupid-ass dumbass bloody damn damned
goddamn goddamned freaking fucking fuckin effing frigging friggin sodding bleeding flipping blasted
crappy shitty lousy silly""".split())
# These sneer only at the listener's own thing ("your precious car", "your perfect sister"); of
# anything else they may be meant ("my precious daughter").
_SNEERS_AT_YOURS = frozenset("""precious beloved perfect fancy darling so-called""".split())
_YOURS = {"your", "ur", "yours", "yer"}
# A thing pointed at, not judged: "that stupid mug" is the mug, "a stupid decision" a verdict.
_POINTING = {"the", "that", "this", "those", "these"}


def _yours(noun) -> bool:
    """"your X", "that X of yours"."""
    return any(c.dep_ == "poss" and c.lower_ in _YOURS for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ in _YOURS for p in c.children) for c in noun.children)


def sneering(tok) -> bool:
    """An insult word that only colours the noun it modifies."""
    low = tok.lower_
    if tok.dep_ not in ("amod", "advmod", "compound", "nmod") or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    pointed = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _POINTING for c in tok.head.children)
    return (low in SNEERS and pointed) or (low in _SNEERS_AT_YOURS and _yours(tok.head))


_TEXT = re.compile(r"\b(your|ur|the|that|this|those|these|my|his|her|their|our) (?:(?:%s) )+(?=[a-z])"
                   % "|".join(re.escape(w) for w in sorted(SNEERS, key=len, reverse=True)), re.I)
_TEXT_YOURS = re.compile(r"\b(your|ur) (?:(?:%s) )+(?=[a-z])"
                         % "|".join(re.escape(w) for w in sorted(_SNEERS_AT_YOURS, key=len, reverse=True)), re.I)


def without_sneers(text: str) -> str:
    """The same text with insult words before a possessed or pointed-at noun left out."""
    return _TEXT_YOURS.sub(r"\1 ", _TEXT.sub(r"\1 ", text))


# Asides that score a point instead of saying a fact: "Some of us have to work in the morning, you
# know", "Now we look like amateurs", "must be nice". Kept in a rewrite they carry the jab along.
_SNIDE = re.compile(r"^\W*(?:(?:and|but|so|now|well)\s+)?(?:some of us|some people|must be nice|"
                    r"(?:now\s+)?(?:we|i|you|they) (?:all )?(?:look|looked|sound|seem) like (?:a |an )?"
                    r"(?:amateurs?|idiots?|fools?|clowns?|a joke|children|kids)|nice to know|good to know|"
                    r"glad (?:someone|somebody) (?:thinks|finds))\b|,?\s+you know\W*$|"
                    # "Clearly someone doesn't have a life outside this office": the listener mocked as "someone"
                    r"^\W*(?:(?:clearly|obviously|apparently|evidently)\s+)?(?:someone|somebody)\s+(?:doesn't|does\s+not|"
                    r"hasn't\s+got|has\s+no)\s+(?:have\s+)?(?:a\s+)?(?:life|clue|friends|hobbies)\b|"
                    r"\b(?:that'?s|how|very|real|so) original\W*$|"
                    # "we're not small children", "I'm not stupid": the listener said to treat them as such
                    r"^\W*(?:(?:and|but|so)\s+)?(?:we|i)(?:'re|\s+are|'m|\s+am)\s+not\s+(?:(?:small|little)\s+)?(?:children|"
                    r"kids|babies|idiots|fools|stupid|daft|thick|blind|a\s+(?:child|kid|baby)|an\s+idiot)(?![\w'’])|"
                    # "I am not your personal alarm clock", "I'm not your mammy": a role refused, said at the listener
                    r"^\W*(?:(?:and|but|so)\s+)?i(?:'m|\s+am)\s+not\s+(?:your|ur)\s+(?:personal\s+|own\s+)?(?:alarm\s+clock|mum|mom|"
                    r"mam|mammy|mother|maid|slave|servant|skivvy|taxi|uber|bank|atm|cleaner|secretary|babysitter|pa|butler|chauffeur)\b|"
                    # "nobody in that department can be bothered to click approve": laziness imputed, not what happened
                    r"\b(?:can|could)(?:n't|not| not)? (?:even )?be bothered\b", re.I)
# "I've talked to walls with more warmth", "I've had more support from my cat": the listener compared with a
# thing and found wanting. Kept as a fact, the comparison carries the jab along.
_THINGS = (r"(?:(?:a|the|my|our)\s+)?(?:brick\s+)?(?:walls?|rocks?|cat|dog|goldfish|houseplant|plant|chatbot|bot|toaster|"
           r"fridge|robot|kettle|stranger|strangers|parrot|furniture|lamp\s*post)")
_WANTING = re.compile(r"^\W*(?:honestly,?\s+)?(?:I(?:'ve| have)|I)\s+(?:had|got(?:ten)?|talked\s+to|spoken\s+to|met|seen|"
                      r"heard)\s+(?=[^.!?]*\b(?:more|better|warmer|kinder)\b)[^.!?]*\b(?:from|than|with|to)\s+" + _THINGS + r"\b"
                      r"|^\W*(?:honestly,?\s+)?I(?:'ve| have)\s+talked\s+to\s+" + _THINGS + r"\s+with\s+more\b", re.I)

# "Funny how that works.": a point scored that says nothing of what happened (set 22). Read as an act, it
# became "I get really frustrated when that works".
_OF_NOTHING = re.compile(r"^\W*(?:(?:it'?s|isn'?t it)\s+)?(?:funny|interesting|amazing|strange|weird)\s+how\s+"
                         r"(?:that|it|things|this)\s+(?:works?|goes|turns?\s+out|happens?)\W*$", re.I)


def snide_aside(text: str) -> bool:
    """Whether a clause is a jab dressed as a statement (see _SNIDE, _WANTING and _OF_NOTHING)."""
    return bool(_SNIDE.search(text)) or point_scored(text) or bool(_WANTING.search(text))


def point_scored(text: str) -> bool:
    """Whether a clause only scores a point ("Funny how that works."): no act in it to name."""
    return bool(_OF_NOTHING.match(text))
